#pragma once

#include "auth/User.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace onetrip::server {

class ServerStore;

// Halls and staff on the server: used by the administrator's API and by
// `onetrip-server hall|user …` on the server machine (the first administrator).
class StaffDirectory
{
public:
    struct Hall
    {
        QString code;
        QString name;
        QString address;
        QString phone;
    };
    struct Member
    {
        QString login;
        QString displayName;
        Role role = Role::Clerk;
        QString hallCode; // empty: a city-wide administrator
        QString counter;
        bool active = true;
    };
    // A change to a member; unset fields stay as they are.
    struct Change
    {
        std::optional<QString> displayName;
        std::optional<Role> role;
        std::optional<QString> hallCode;
        std::optional<QString> counter;
        std::optional<bool> active;
        std::optional<QString> password; // a reset; also ends the member's sign-ins
    };

    StaffDirectory(ServerStore &store, const Clock &clock);

    Status addHall(const Hall &hall);
    Result<QList<Hall>> halls();
    Status addMember(const Member &member, const QString &password);
    Status change(const QString &login, const Change &change);
    Result<QList<Member>> members(const QString &hallCode = {});

    static QJsonObject toJson(const Member &member);
    static QJsonObject toJson(const Hall &hall);

private:
    Status checkMember(const Member &member);

    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace onetrip::server
