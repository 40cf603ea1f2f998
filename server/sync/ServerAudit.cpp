#include "sync/ServerAudit.h"

#include "cases/ChainVerifier.h"
#include "store/ServerDatabase.h"
#include "sync/EventRows.h"

#include <QCoreApplication>
#include <QHash>

namespace onetrip::server {

Result<ServerAudit::Report> ServerAudit::verify(ServerDatabase &db)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM sync_event ORDER BY hall_code, "
                                   "terminal_code, terminal_seq")
                        .arg(QLatin1String(EventRows::kColumns)));
    if (!q)
        return q.error();
    ChainVerifier chain;
    while (q.value()->next())
        chain.add(EventRows::eventAt(*q.value()));
    Report report;
    report.events = chain.events();
    report.terminals = chain.terminals();
    report.problems = chain.problems();
    const QHash<QString, qint64> &lastSeen = chain.lastSequences();
    auto t = db.run(QStringLiteral("SELECT hall_code, code, last_seq, last_hash FROM terminal "
                                   "ORDER BY hall_code, code"));
    if (!t)
        return t.error();
    while (t.value()->next()) {
        const QString key =
            t.value()->value(0).toString() + QLatin1Char('/') + t.value()->value(1).toString();
        const qint64 recorded = t.value()->value(2).toLongLong();
        if (lastSeen.value(key, 0) != recorded)
            report.problems << QCoreApplication::translate("Server",
                                                           "Terminal %1: the server recorded "
                                                           "%2 events but holds %3.")
                                   .arg(key)
                                   .arg(recorded)
                                   .arg(lastSeen.value(key, 0));
    }
    return report;
}

} // namespace onetrip::server
