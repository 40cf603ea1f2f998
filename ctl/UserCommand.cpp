#include "Command.h"
#include "StoreAccess.h"

#include "auth/UserRepository.h"

#include <QCoreApplication>

namespace onetrip::ctl {

int runUser(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() < 3 || args.at(0) != QLatin1String("add")) {
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "Usage: onetripctl user add LOGIN clerk|agent|supervisor|admin NAME "
                      "(the password is read from standard input)")
               << '\n';
        return Usage;
    }
    const auto role = roleFromKey(args.at(2));
    if (!role) {
        io.err << QCoreApplication::translate(
                      "onetripctl", "Unknown role %1: use clerk, agent, supervisor or admin.")
                      .arg(args.at(2))
               << '\n';
        return Usage;
    }
    // From stdin, so the password is in no shell history or process list.
    QTextStream in(stdin);
    const QString password = in.readLine();
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    auto user = UserRepository(*db).add(args.at(1), args.mid(3).join(u' '), *role, password);
    if (!user) {
        io.err << user.error().message << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "User %1 (%2) created.")
                  .arg(user->login, displayName(user->role))
           << '\n';
    return Ok;
}

} // namespace onetrip::ctl
