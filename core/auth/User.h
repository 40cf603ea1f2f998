#pragma once

#include <QString>

#include <optional>

namespace onetrip {

enum class Role
{
    Clerk,
    Agent,
    Supervisor,
    Admin
};

QString toKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
QString displayName(Role role); // translated, context "Auth"

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
};

} // namespace onetrip
