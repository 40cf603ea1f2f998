#include "sync/PushService.h"

#include "api/ApiError.h"
#include "auth/Permissions.h"
#include "store/ServerDatabase.h"
#include "sync/PushBatch.h"

#include <QCoreApplication>
#include <QThread>

namespace onetrip::server {

PushService::PushService(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Result<SyncWire::PushResponse> PushService::push(const Session &session,
                                                 const SyncWire::PushRequest &request,
                                                 const QList<QByteArray> &payloadTexts)
{
    if (!Permissions::maySync(session.role) || session.terminalCode.isEmpty() ||
        request.hallCode != session.hallCode || request.terminalCode != session.terminalCode)
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate("Server",
                                                          "Only the terminal you signed in on "
                                                          "may push its own events."));
    for (int attempt = 1;; ++attempt) {
        auto db = m_store.local();
        if (!db)
            return db.error();
        ServerTransaction tx(*db.value());
        Status begun = tx.begin();
        Result<SyncWire::PushResponse> result =
            begun ? PushBatch(*db.value(), session, m_clock).run(request, payloadTexts)
                  : Result<SyncWire::PushResponse>(begun.error());
        if (result) {
            if (Status s = tx.commit(); !s)
                result = s.error();
        }
        // Deadlocks, serialisation failures and busy files are worth another try; a
        // refusal (a code in detail) is the answer.
        if (result || ApiError::statusOf(result.error().detail) != 0 || attempt == 3 ||
            !ServerDatabase::isTransient(result.error().detail))
            return result;
        QThread::msleep(20 * attempt);
    }
}

} // namespace onetrip::server
