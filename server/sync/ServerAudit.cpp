#include "sync/ServerAudit.h"

#include "store/ServerDatabase.h"
#include "sync/EventRows.h"

#include <QCoreApplication>
#include <QHash>

namespace onetrip::server {

Result<ServerAudit::Report> ServerAudit::verify(ServerDatabase &db)
{
    Report report;
    QHash<QString, qint64> lastSeen;
    auto q = db.run(QStringLiteral("SELECT %1 FROM sync_event ORDER BY hall_code, "
                                   "terminal_code, terminal_seq")
                        .arg(QLatin1String(EventRows::kColumns)));
    if (!q)
        return q.error();
    QString terminal;
    qint64 expected = 1;
    QString previousHash;
    while (q.value()->next()) {
        const CaseEvent e = EventRows::eventAt(*q.value());
        const QString key = e.hallCode + QLatin1Char('/') + e.terminalCode;
        if (key != terminal) {
            terminal = key;
            expected = 1;
            previousHash.clear();
            ++report.terminals;
        }
        ++report.events;
        const QString where = QCoreApplication::translate("Server", "Event %1 of terminal %2")
                                  .arg(e.terminalSequence)
                                  .arg(key);
        if (e.terminalSequence != expected)
            report.problems << QCoreApplication::translate("Server",
                                                           "%1: events %2 to %3 are missing.")
                                   .arg(where)
                                   .arg(expected)
                                   .arg(e.terminalSequence - 1);
        else if (e.previousHash != previousHash)
            report.problems << QCoreApplication::translate("Server", "%1 does not follow the event "
                                                                     "before it.")
                                   .arg(where);
        if (e.computeHash() != e.hash)
            report.problems << QCoreApplication::translate("Server", "%1 was changed after it was "
                                                                     "written.")
                                   .arg(where);
        expected = e.terminalSequence + 1;
        previousHash = e.hash;
        lastSeen.insert(key, e.terminalSequence);
    }
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
