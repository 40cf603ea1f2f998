#pragma once

#include "auth/User.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace onetrip {

class Database;

// At the window's sign-in, when this terminal does not know the person (new staff) or the
// password changed on the server: ask the server (this terminal must be registered with
// it). On success the password's Argon2id verifier is kept here with the server's name and
// role, so the next sign-in works offline too. The caller waits at most `timeoutMs`.
class OnlineSignIn
{
public:
    // False when this store is not registered with a server (sign-in is local only).
    static bool available(const Database &db, const Clock &clock);
    static Result<User> signIn(const Database &db, const Clock &clock, const QString &login,
                               const QString &password, int timeoutMs = 5000);
};

} // namespace onetrip
