#pragma once

#include "auth/User.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/SyncClient.h"

#include <optional>

namespace onetrip {

class Database;

// At the window's sign-in, when this terminal does not know the person (new staff) or the
// password changed on the server: ask the server (this terminal must be registered with
// it). On success the password's Argon2id verifier is kept here with the server's name and
// role, so the next sign-in works offline too. The caller waits at most `timeoutMs`.
//
// In three steps, so that a window asks on another thread and never waits for the network:
// prepare() and keep() read and write the store (its thread), ask() only talks to the server
// (any thread). signIn() is the three in a row.
class OnlineSignIn
{
public:
    struct Request
    {
        SyncClient::Options options;
        SyncClient::TerminalProof terminal;
        QString login;
        QString password;
    };
    struct Answer
    {
        QString displayName;
        Role role = Role::Clerk;
    };

    // False when this store is not registered with a server (sign-in is local only).
    static bool available(const Database &db, const Clock &clock);
    // Empty when the store is not registered with a server.
    static std::optional<Request> prepare(const Database &db, const Clock &clock,
                                          const QString &login, const QString &password,
                                          int timeoutMs = 5000);
    static Result<Answer> ask(const Request &request);
    static Result<User> keep(const Database &db, const Request &request, const Answer &answer);

    static Result<User> signIn(const Database &db, const Clock &clock, const QString &login,
                               const QString &password, int timeoutMs = 5000);
};

} // namespace onetrip
