#include "Command.h"
#include "StoreAccess.h"

#include "auth/UserRepository.h"
#include "cases/HallSettings.h"
#include "common/Clock.h"
#include "sync/ConflictResolution.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

namespace onetrip::ctl {

// The sync conflicts of this terminal: list them; a supervisor (signing in with the
// password on standard input) applies a case's refused changes again or discards them.
int runConflicts(const QStringList &args, const Options &opts, Io io)
{
    const QString usage = QCoreApplication::translate(
        "onetripctl", "Usage: onetripctl conflicts list | conflicts reapply CASE --user LOGIN | "
                      "conflicts discard CASE --user LOGIN --reason TEXT (the password is read "
                      "from standard input)");
    const QString verb = args.value(0);
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    auto setup = HallSettings(*db).load();
    if (!setup || !setup.value()) {
        io.err << (setup ? QCoreApplication::translate("onetripctl", "This store has no hall yet.")
                         : setup.message())
               << '\n';
        return Failed;
    }
    SystemClock clock;
    if (verb == QLatin1String("list") && args.size() == 1) {
        auto list = SyncStore(*db, setup.value()->terminal, clock).conflicts();
        if (!list) {
            printError(list.error(), io);
            return Failed;
        }
        for (const SyncStore::Conflict &c : list.value())
            io.out << c.caseNumber << '\t' << c.terminalSequence << '\t' << c.eventType << '\t'
                   << c.code << '\t' << c.reason << '\n';
        return Ok;
    }
    QString login;
    QString reason;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--user"))
            login = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--reason"))
            reason = args.at(i + 1);
    }
    const bool reapply = verb == QLatin1String("reapply");
    if ((!reapply && verb != QLatin1String("discard")) || args.size() < 4 || login.isEmpty() ||
        args.size() % 2 != 0) {
        io.err << usage << '\n';
        return Usage;
    }
    QTextStream in(stdin);
    auto user = UserRepository(*db).authenticate(login, in.readLine());
    if (!user) {
        io.err << user.message() << '\n';
        return Invalid;
    }
    ConflictResolution resolution(*db, setup.value()->terminal, clock);
    const Status done = reapply ? resolution.reapply(args.at(1), user.value())
                                : resolution.discard(args.at(1), user.value(), reason);
    if (!done) {
        io.err << done.message() << '\n';
        return Invalid;
    }
    io.out << (reapply ? QCoreApplication::translate("onetripctl",
                                                     "The changes to case %1 were made again.")
                       : QCoreApplication::translate("onetripctl",
                                                     "The changes to case %1 were discarded."))
                  .arg(args.at(1))
           << '\n';
    return Ok;
}

} // namespace onetrip::ctl
