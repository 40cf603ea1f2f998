#pragma once

#include "auth/User.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace onetrip {

class Database;

// Staff users of the embedded store; passwords kept only as Argon2id verifiers (libsodium).
class UserRepository
{
public:
    explicit UserRepository(const Database &db);

    Result<User> add(const QString &login, const QString &displayName, Role role,
                     const QString &password);
    // A wrong login and a wrong password get the same message (no user enumeration).
    Result<User> authenticate(const QString &login, const QString &password) const;
    Result<QList<User>> users() const;
    // The active user `login` (trimmed), or none.
    Result<std::optional<User>> find(const QString &login) const;

    // Keeps the verifier of a password the server just accepted (with the server's name and
    // role), so this person can sign in here again while the network is down. Adds the user
    // or updates the row.
    Status remember(const QString &login, const QString &displayName, Role role,
                    const QString &password);
    // A standalone terminal's staff management (onetripctl user …); unset fields stay.
    struct Change
    {
        std::optional<QString> displayName;
        std::optional<Role> role;
        std::optional<QString> password;
        std::optional<bool> active;
    };
    Status change(const QString &login, const Change &change);
    int count() const;

private:
    const Database &m_db;
};

} // namespace onetrip
