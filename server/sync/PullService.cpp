#include "sync/PullService.h"

#include "api/ApiError.h"
#include "auth/Permissions.h"
#include "store/ServerDatabase.h"
#include "sync/EventRows.h"

#include <QCoreApplication>

namespace onetrip::server {

PullService::PullService(ServerStore &store)
    : m_store(store)
{
}

Result<SyncWire::PullResponse> PullService::pull(const Session &session, qint64 after, int limit)
{
    if (!Permissions::maySync(session.role) || session.hallCode.isEmpty())
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate("Server", "Only staff of a hall may "
                                                                    "pull its changes."));
    auto db = m_store.local();
    if (!db)
        return db.error();
    limit = std::clamp(limit, 1, kMaxLimit);
    const bool agent = session.role == Role::Agent;
    const QString sql =
        QStringLiteral("SELECT e.feed_cursor, %1 FROM sync_event e %2 WHERE e.hall_code = ? "
                       "AND e.feed_cursor > ? %3 ORDER BY e.feed_cursor LIMIT ?")
            .arg(QStringLiteral("e.") + QString::fromLatin1(EventRows::kColumns)
                                            .replace(QLatin1String(", "), QLatin1String(", e.")),
                 agent ? QStringLiteral("JOIN case_head h ON h.number = e.case_number") : QString(),
                 agent ? QStringLiteral("AND h.assigned_agent = ?") : QString());
    QVariantList values{session.hallCode, after};
    if (agent)
        values << session.login;
    values << limit + 1;
    auto q = db.value()->run(sql, values);
    if (!q)
        return q.error();
    SyncWire::PullResponse response;
    response.cursor = after;
    while (q.value()->next()) {
        if (response.events.size() == limit) {
            response.more = true;
            break;
        }
        SyncWire::PulledEvent p{q.value()->value(0).toLongLong(),
                                EventRows::eventAt(*q.value(), 1)};
        response.cursor = p.cursor;
        response.events << std::move(p);
    }
    q.value()->finish();
    return response;
}

} // namespace onetrip::server
