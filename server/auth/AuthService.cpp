#include "auth/AuthService.h"

#include "api/ApiError.h"
#include "auth/PasswordHasher.h"
#include "store/ServerDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

namespace onetrip::server {

namespace {

Error badCredentials()
{
    // The same words for an unknown login and a wrong password: no user enumeration.
    return ApiError::make(
        ApiError::Unauthorized,
        QCoreApplication::translate("Server", "The login or the password is wrong."));
}

// A verifier to check against when the login is unknown, so both cases take as long.
const QString &dummyVerifier()
{
    static const QString verifier = PasswordHasher::hash(QStringLiteral("not-a-password")).value();
    return verifier;
}

// Argon2id holds 64 MiB for each check in progress (interactive limits), and a hall's
// terminals sign in together when it opens: every worker thread held one (8 threads: 540 MiB
// at 200 sign-ins). The checks are CPU-bound, so more of them at once than cores buys
// nothing: they take turns, and the server's peak stays at a few of them.
bool verifyPassword(const QString &storedHash, const QString &password)
{
    static QSemaphore turns(std::max(1, QThread::idealThreadCount()));
    turns.acquire();
    const QSemaphoreReleaser release(turns);
    return PasswordHasher::verify(storedHash, password);
}

} // namespace

AuthService::AuthService(ServerStore &store, const Clock &clock, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
{
}

QString AuthService::stamp(const QDateTime &at) const
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuthService::newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AuthService::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuthService::allowAttempt(const QString &peer)
{
    QMutexLocker lock(&m_rateMutex);
    const QDateTime now = m_clock.now();
    QList<QDateTime> &times = m_attempts[peer];
    while (!times.isEmpty() && times.constFirst().secsTo(now) >= 60)
        times.removeFirst();
    if (times.size() >= m_options.attemptsPerMinute)
        return false;
    times << now;
    if (m_attempts.size() > 100000) // a flood of addresses must not grow without end
        m_attempts.clear();
    return true;
}

void AuthService::audit(const QString &login, const QString &peer, const char *outcome)
{
    auto db = m_store.local();
    if (!db)
        return;
    (void)db.value()->run(
        QStringLiteral("INSERT INTO login_audit (at, login, peer, outcome) "
                       "VALUES (?, ?, ?, ?)"),
        {stamp(m_clock.now()), login.left(64), peer, QString::fromLatin1(outcome)});
}

Result<AuthService::Tokens> AuthService::login(const QString &login, const QString &password,
                                               const std::optional<TerminalProof> &terminal,
                                               const QString &peer)
{
    if (!allowAttempt(peer)) {
        audit(login, peer, "rate-limited");
        return ApiError::make(ApiError::RateLimited,
                              QCoreApplication::translate(
                                  "Server",
                                  "Too many sign-in attempts from this address; wait a minute "
                                  "and try again."));
    }
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto q = db.value()->run(QStringLiteral("SELECT display_name, role, hall_code, counter, "
                                            "password_hash, active, failed_logins, "
                                            "locked_until FROM staff WHERE login = ?"),
                             {login});
    if (!q)
        return q.error();
    QSqlQuery *row = q.value();
    if (!row->next()) {
        (void)verifyPassword(dummyVerifier(), password);
        audit(login, peer, "unknown-login");
        return badCredentials();
    }
    Session session;
    session.login = login;
    session.displayName = row->value(0).toString();
    const auto role = roleFromKey(row->value(1).toString());
    session.hallCode = row->value(2).toString();
    session.counter = row->value(3).toString();
    const QString verifier = row->value(4).toString();
    const bool active = row->value(5).toInt() == 1;
    const int failed = row->value(6).toInt();
    const QString lockedUntil = row->value(7).toString();
    row->finish();
    if (!role)
        return Error{QCoreApplication::translate(
                         "Server", "The server's user data is damaged; ask the administrator."),
                     QStringLiteral("unknown role for ") + login};
    session.role = *role;

    const QString now = stamp(m_clock.now());
    if (!lockedUntil.isEmpty() && lockedUntil > now) {
        audit(login, peer, "locked");
        return ApiError::make(ApiError::AccountLocked,
                              QCoreApplication::translate(
                                  "Server",
                                  "This account is locked after repeated wrong passwords until "
                                  "%1 (UTC); ask a supervisor or wait.")
                                  .arg(lockedUntil.mid(11, 5)));
    }
    if (!verifyPassword(verifier, password)) {
        const int count = failed + 1;
        const bool lock = count >= m_options.lockoutFailures;
        (void)db.value()->run(
            QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE login = ?"),
            {lock ? 0 : count,
             lock ? stamp(m_clock.now().addSecs(60 * m_options.lockoutMinutes)) : lockedUntil,
             login});
        audit(login, peer, lock ? "wrong-password-locked" : "wrong-password");
        return badCredentials();
    }
    if (!active) {
        audit(login, peer, "disabled");
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate(
                                  "Server", "This account is disabled; ask the administrator."));
    }
    if (terminal) {
        auto t = db.value()->run(QStringLiteral("SELECT key_hash, active FROM terminal WHERE "
                                                "hall_code = ? AND code = ?"),
                                 {terminal->hallCode, terminal->terminalCode});
        if (!t)
            return t.error();
        const bool known = t.value()->next();
        const bool valid = known && t.value()->value(0).toString() == tokenHash(terminal->key) &&
                           t.value()->value(1).toInt() == 1;
        t.value()->finish();
        if (!valid || (session.role != Role::Admin && terminal->hallCode != session.hallCode)) {
            audit(login, peer, "bad-terminal");
            return ApiError::make(ApiError::Forbidden,
                                  QCoreApplication::translate(
                                      "Server",
                                      "This terminal (%1 %2) is not registered with the server "
                                      "for your hall; register it again.")
                                      .arg(terminal->hallCode, terminal->terminalCode));
        }
        session.terminalCode = terminal->terminalCode;
        if (session.hallCode.isEmpty())
            session.hallCode = terminal->hallCode;
    }
    (void)db.value()->run(
        QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = '' WHERE login = ?"),
        {login});
    audit(login, peer, "ok");
    return issue(session, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<AuthService::Tokens> AuthService::issue(const Session &session, const QString &family)
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    Tokens t;
    t.access = newToken();
    t.refresh = newToken();
    t.expiresIn = m_options.accessSeconds;
    t.session = session;
    t.session.family = family;
    const QDateTime now = m_clock.now();
    const QString insert = QStringLiteral(
        "INSERT INTO auth_token (token_hash, kind, login, terminal_code, family, issued_at, "
        "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto &[token, kind, expires] :
         {std::tuple{t.access, "access", now.addSecs(m_options.accessSeconds)},
          std::tuple{t.refresh, "refresh", now.addDays(m_options.refreshDays)}}) {
        if (auto r =
                db.value()->run(insert, {tokenHash(token), QString::fromLatin1(kind), session.login,
                                         session.terminalCode, family, stamp(now), stamp(expires)});
            !r)
            return r.error();
    }
    return t;
}

Result<AuthService::TokenRow> AuthService::tokenRow(const QString &kind, const QString &token) const
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto q = db.value()->run(
        QStringLiteral("SELECT t.login, t.terminal_code, t.family, t.expires_at, t.revoked, "
                       "s.display_name, s.role, s.hall_code, s.counter, s.active, t.rotated_at, "
                       "t.successor_refresh, t.successor_access FROM "
                       "auth_token t JOIN staff s ON s.login = t.login WHERE t.token_hash = ? "
                       "AND t.kind = ?"),
        {tokenHash(token), kind});
    if (!q)
        return q.error();
    QSqlQuery *r = q.value();
    TokenRow row;
    if (!r->next())
        return row;
    row.found = true;
    row.session.login = r->value(0).toString();
    row.session.terminalCode = r->value(1).toString();
    row.session.family = r->value(2).toString();
    row.expiresAt = r->value(3).toString();
    row.revoked = r->value(4).toInt() == 1;
    row.session.displayName = r->value(5).toString();
    const auto role = roleFromKey(r->value(6).toString());
    row.roleKnown = role.has_value();
    row.session.role = role.value_or(Role::Clerk);
    row.session.hallCode = r->value(7).toString();
    row.session.counter = r->value(8).toString();
    row.active = r->value(9).toInt() == 1;
    row.rotatedAt = r->value(10).toString();
    row.successorRefresh = r->value(11).toString();
    row.successorAccess = r->value(12).toString();
    r->finish();
    return row;
}

Result<AuthService::Tokens> AuthService::refresh(const QString &refreshToken)
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto row = tokenRow(QStringLiteral("refresh"), refreshToken);
    if (!row)
        return row.error();
    if (!row->found)
        return ApiError::make(
            ApiError::Unauthorized,
            QCoreApplication::translate("Server",
                                        "This sign-in has ended (signed out, or the password or "
                                        "the account was changed); sign in again."));
    const Session &s = row->session;
    const QDateTime now = m_clock.now();
    if (row->expiresAt <= stamp(now) || !row->active || !row->roleKnown)
        return ApiError::make(
            ApiError::Unauthorized,
            QCoreApplication::translate(
                "Server", "This sign-in has expired or the account is disabled; sign in again."));
    const QString hash = tokenHash(refreshToken);
    const QString &rotatedAt = row->rotatedAt;
    const QString &successorRefresh = row->successorRefresh;
    const QString &successorAccess = row->successorAccess;
    if (row->revoked) {
        // Exchanged a moment ago and its successor never used: the answer was lost on the
        // way, and the terminal asks again. Anything else means the token was copied: end
        // that whole sign-in.
        bool retry = false;
        const QDateTime rotated = QDateTime::fromString(rotatedAt, Qt::ISODateWithMs);
        if (rotated.isValid() && rotated.secsTo(now) <= m_options.refreshRetrySeconds) {
            auto next = db.value()->run(QStringLiteral("SELECT revoked FROM auth_token WHERE "
                                                       "token_hash = ?"),
                                        {successorRefresh});
            if (!next)
                return next.error();
            retry = next.value()->next() && next.value()->value(0).toInt() == 0;
            next.value()->finish();
        }
        if (!retry) {
            (void)db.value()->run(
                QStringLiteral("UPDATE auth_token SET revoked = 1 WHERE family = ?"), {s.family});
            return ApiError::make(
                ApiError::Unauthorized,
                QCoreApplication::translate("Server", "This sign-in was ended (its token was used "
                                                      "twice); sign in again."));
        }
        // The pair of the lost answer is withdrawn; nobody holds it.
        if (auto r = db.value()->run(QStringLiteral("UPDATE auth_token SET revoked = 1 WHERE "
                                                    "token_hash IN (?, ?)"),
                                     {successorRefresh, successorAccess});
            !r)
            return r.error();
    }
    auto tokens = issue(s, s.family);
    if (!tokens)
        return tokens.error();
    // The first exchange starts the retry window; a retry does not move it.
    if (auto r = db.value()->run(
            QStringLiteral("UPDATE auth_token SET revoked = 1, rotated_at = ?, successor_refresh "
                           "= ?, successor_access = ? WHERE token_hash = ?"),
            {row->revoked ? rotatedAt : stamp(now), tokenHash(tokens->refresh),
             tokenHash(tokens->access), hash});
        !r)
        return r.error();
    return tokens;
}

Status AuthService::logout(const Session &session)
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    if (auto r = db.value()->run(QStringLiteral("UPDATE auth_token SET revoked = 1 WHERE "
                                                "family = ?"),
                                 {session.family});
        !r)
        return r.error();
    return {};
}

Result<Session> AuthService::authenticate(const QString &accessToken) const
{
    if (accessToken.isEmpty() || accessToken.size() > 100)
        return ApiError::make(ApiError::Unauthorized,
                              QCoreApplication::translate("Server", "Sign in first."));
    auto row = tokenRow(QStringLiteral("access"), accessToken);
    if (!row)
        return row.error();
    if (!row->found)
        return ApiError::make(ApiError::Unauthorized,
                              QCoreApplication::translate("Server", "Sign in first."));
    if (row->revoked || !row->active || !row->roleKnown)
        return ApiError::make(ApiError::Unauthorized,
                              QCoreApplication::translate("Server", "Sign in again."));
    if (row->expiresAt <= stamp(m_clock.now()))
        return ApiError::make(
            ApiError::TokenExpired,
            QCoreApplication::translate("Server", "The sign-in expired; renew it."));
    return row->session;
}

} // namespace onetrip::server
