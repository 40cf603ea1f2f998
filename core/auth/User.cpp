#include "auth/User.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const std::pair<Role, const char *> kRoleKeys[] = {
    {Role::Clerk, "clerk"},
    {Role::Agent, "agent"},
    {Role::Supervisor, "supervisor"},
    {Role::Admin, "admin"},
};

} // namespace

QString toKey(Role role)
{
    return enumKey(role, kRoleKeys);
}

std::optional<Role> roleFromKey(const QString &key)
{
    return enumFromKey(key, kRoleKeys);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Auth", "Window clerk");
    case Role::Agent:
        return QCoreApplication::translate("Auth", "Proxy agent");
    case Role::Supervisor:
        return QCoreApplication::translate("Auth", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("Auth", "Administrator");
    }
    return {};
}

} // namespace onetrip
