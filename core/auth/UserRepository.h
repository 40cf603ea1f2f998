#pragma once

#include "auth/User.h"
#include "common/Result.h"

#include <QList>

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
    int count() const;

private:
    const Database &m_db;
};

} // namespace onetrip
