#pragma once

#include "auth/User.h"

#include <QString>

namespace onetrip::server {

// Who is calling, from the access token of the request.
struct Session
{
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString hallCode; // empty only for a city-wide administrator
    QString counter;
    QString terminalCode; // the terminal the token was issued to; empty for admin tools
    QString family;       // the sign-in the token belongs to (logout revokes it)
};

} // namespace onetrip::server
