#include "auth/User.h"

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
    for (const auto &[r, key] : kRoleKeys) {
        if (r == role)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &[r, k] : kRoleKeys) {
        if (key == QLatin1String(k))
            return r;
    }
    return std::nullopt;
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
