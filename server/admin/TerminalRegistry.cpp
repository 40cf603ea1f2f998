#include "admin/TerminalRegistry.h"

#include "api/ApiError.h"
#include "auth/AuthService.h"
#include "auth/Permissions.h"
#include "cases/HallSettings.h"
#include "store/ServerDatabase.h"

#include <QCoreApplication>

namespace onetrip::server {

TerminalRegistry::TerminalRegistry(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Result<TerminalRegistry::Registration> TerminalRegistry::registerTerminal(const Session &session,
                                                                          const QString &hallCode,
                                                                          const QString &wantedCode)
{
    if (!Permissions::mayRegisterTerminal(session.role) ||
        (session.role != Role::Admin && session.hallCode != hallCode))
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate(
                                  "Server",
                                  "Only a supervisor of hall %1 or an administrator may register "
                                  "its terminals.")
                                  .arg(hallCode));
    if (!wantedCode.isEmpty() && !HallSettings::isValidTerminalCode(wantedCode))
        return ApiError::make(ApiError::BadRequest,
                              QCoreApplication::translate(
                                  "Server", "%1 is not a terminal code (1 to 4 capital letters or "
                                            "digits).")
                                  .arg(wantedCode.left(8)));
    auto db = m_store.local();
    if (!db)
        return db.error();
    ServerTransaction tx(*db.value());
    if (Status s = tx.begin(); !s)
        return s.error();
    // The hall row is the lock: two registrations in one hall take turns.
    auto hall = db.value()->run(QStringLiteral("SELECT code FROM hall WHERE code = ?") +
                                    db.value()->forUpdate(),
                                {hallCode});
    if (!hall)
        return hall.error();
    const bool known = hall.value()->next();
    hall.value()->finish();
    if (!known)
        return ApiError::make(
            ApiError::NotFound,
            QCoreApplication::translate("Server",
                                        "Hall %1 is not known to the server; an administrator adds "
                                        "it first.")
                .arg(hallCode));
    auto taken = db.value()->run(QStringLiteral("SELECT code FROM terminal WHERE hall_code = ?"),
                                 {hallCode});
    if (!taken)
        return taken.error();
    QSet<QString> codes;
    while (taken.value()->next())
        codes.insert(taken.value()->value(0).toString());
    QString code = wantedCode;
    if (code.isEmpty()) {
        for (int n = 1; n < 1000 && code.isEmpty(); ++n) {
            const QString candidate = QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0'));
            if (!codes.contains(candidate))
                code = candidate;
        }
    } else if (codes.contains(code)) {
        // The same member of staff asking again for a code that was registered but never
        // used (nothing pushed with it): the answer to the first registration was lost on
        // the way, so the terminal never got its key. It gets a new one; the lost one stops
        // working. Anything else is another terminal with the same numbers.
        auto unused = db.value()->run(QStringLiteral("SELECT 1 FROM terminal WHERE hall_code = "
                                                     "? AND code = ? AND last_seq = 0 AND "
                                                     "active = 1 AND registered_by = ?"),
                                      {hallCode, code, session.login});
        if (!unused)
            return unused.error();
        const bool again = unused.value()->next();
        unused.value()->finish();
        if (again) {
            Registration r{hallCode, code, AuthService::newToken()};
            if (auto q = db.value()->run(
                    QStringLiteral("UPDATE terminal SET key_hash = ?, registered_at = ? WHERE "
                                   "hall_code = ? AND code = ?"),
                    {AuthService::tokenHash(r.key),
                     m_clock.now().toUTC().toString(Qt::ISODateWithMs), hallCode, code});
                !q)
                return q.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            return r;
        }
        return ApiError::make(ApiError::TerminalCodeTaken,
                              QCoreApplication::translate(
                                  "Server",
                                  "Terminal code %1 is already registered in hall %2. Its case "
                                  "numbers would collide; ask the administrator.")
                                  .arg(code, hallCode));
    }
    Registration r{hallCode, code, AuthService::newToken()};
    if (auto q = db.value()->run(
            QStringLiteral("INSERT INTO terminal (hall_code, code, key_hash, registered_by, "
                           "registered_at) VALUES (?, ?, ?, ?, ?)"),
            {hallCode, code, AuthService::tokenHash(r.key), session.login,
             m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
        !q)
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

} // namespace onetrip::server
