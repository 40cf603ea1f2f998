#include "Command.h"
#include "StoreAccess.h"

#include "auth/UserRepository.h"

#include <QCoreApplication>

namespace onetrip::ctl {

namespace {

int usage(Io io)
{
    io.err << QCoreApplication::translate(
                  "onetripctl",
                  "Usage: onetripctl user add LOGIN clerk|agent|supervisor|admin NAME | user "
                  "passwd LOGIN | user role LOGIN ROLE | user disable LOGIN | user enable LOGIN "
                  "| user list (passwords are read from standard input)")
           << '\n';
    return Usage;
}

std::optional<Role> role(const QString &key, Io io)
{
    const auto r = roleFromKey(key);
    if (!r)
        io.err << QCoreApplication::translate(
                      "onetripctl", "Unknown role %1: use clerk, agent, supervisor or admin.")
                      .arg(key)
               << '\n';
    return r;
}

QString readPassword()
{
    // From stdin, so the password is in no shell history or process list.
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

// The staff of a standalone terminal's store (a terminal joined to a server learns its
// staff from the server at each online sign-in).
int runUser(const QStringList &args, const Options &opts, Io io)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list") && args.size() == 1) {
        auto db = openStore(opts, io, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        auto users = UserRepository(*db).users();
        if (!users) {
            printError(users.error(), io);
            return Failed;
        }
        for (const User &u : users.value())
            io.out << u.login << '\t' << toKey(u.role) << '\t' << u.displayName << '\n';
        return Ok;
    }
    if (verb == QLatin1String("add")) {
        if (args.size() < 3)
            return usage(io);
        const auto r = role(args.at(2), io);
        if (!r)
            return Usage;
        const QString password = readPassword();
        auto db = openStore(opts, io);
        if (!db)
            return Failed;
        auto user = UserRepository(*db).add(args.at(1), args.mid(3).join(u' '), *r, password);
        if (!user) {
            io.err << user.error().message << '\n';
            return Invalid;
        }
        io.out << QCoreApplication::translate("onetripctl", "User %1 (%2) created.")
                      .arg(user->login, displayName(user->role))
               << '\n';
        return Ok;
    }
    UserRepository::Change change;
    if (verb == QLatin1String("passwd") && args.size() == 2)
        change.password = readPassword();
    else if (verb == QLatin1String("disable") && args.size() == 2)
        change.active = false;
    else if (verb == QLatin1String("enable") && args.size() == 2)
        change.active = true;
    else if (verb == QLatin1String("role") && args.size() == 3) {
        change.role = role(args.at(2), io);
        if (!change.role)
            return Usage;
    } else
        return usage(io);
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    if (Status s = UserRepository(*db).change(args.at(1), change); !s) {
        io.err << s.message() << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "User %1 changed.").arg(args.at(1)) << '\n';
    return Ok;
}

} // namespace onetrip::ctl
