#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QHash>
#include <QMutex>

namespace onetrip::server {

class ServerStore;

// Sign-in for staff: Argon2id verifiers, short-lived access tokens, rotating refresh tokens
// (a reused one revokes its whole sign-in — unless it is a retry of an exchange whose answer
// was lost: within a minute, its successor unused), lockout after repeated failures, a rate limit
// per address, and every attempt in login_audit. Tokens are kept only as SHA-256 hashes in
// the database, so any instance can check any token.
class AuthService
{
public:
    struct Options
    {
        int accessSeconds = 15 * 60;
        int refreshDays = 30;
        int lockoutFailures = 5;
        int lockoutMinutes = 15;
        int attemptsPerMinute = 60; // per peer address, per instance
        // A refresh token presented again this soon after its exchange, its successor unused,
        // is a retry after a lost answer, not a copy.
        int refreshRetrySeconds = 60;
    };
    struct TerminalProof
    {
        QString hallCode;
        QString terminalCode;
        QString key;
    };
    struct Tokens
    {
        QString access;
        QString refresh;
        int expiresIn = 0;
        Session session;
    };

    AuthService(ServerStore &store, const Clock &clock, Options options);

    Result<Tokens> login(const QString &login, const QString &password,
                         const std::optional<TerminalProof> &terminal, const QString &peer);
    Result<Tokens> refresh(const QString &refreshToken);
    Status logout(const Session &session);
    // The session of a bearer token, or unauthorized / token-expired.
    Result<Session> authenticate(const QString &accessToken) const;

    static QString tokenHash(const QString &token);
    static QString newToken();

private:
    // The token's row with its member of staff; found false when there is none.
    struct TokenRow
    {
        bool found = false;
        Session session;
        QString expiresAt;
        bool revoked = false;
        bool active = false;
        bool roleKnown = false;
        // A refresh token's exchange: when, and the pair it was exchanged for.
        QString rotatedAt;
        QString successorRefresh;
        QString successorAccess;
    };
    Result<TokenRow> tokenRow(const QString &kind, const QString &token) const;
    Result<Tokens> issue(const Session &session, const QString &family);
    bool allowAttempt(const QString &peer);
    void audit(const QString &login, const QString &peer, const char *outcome);
    QString stamp(const QDateTime &at) const;

    ServerStore &m_store;
    const Clock &m_clock;
    Options m_options;
    QMutex m_rateMutex;
    QHash<QString, QList<QDateTime>> m_attempts;
};

} // namespace onetrip::server
