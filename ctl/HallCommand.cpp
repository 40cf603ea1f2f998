#include "Command.h"
#include "StoreAccess.h"

#include "cases/HallSettings.h"

#include <QCoreApplication>

namespace onetrip::ctl {

// The hall and terminal of a store set up without the window (installers, scripts, tests):
// the same HallSettings the first-run dialog uses, with its checks.
int runHall(const QStringList &args, const Options &opts, Io io)
{
    const QString usage = QCoreApplication::translate(
        "onetripctl", "Usage: onetripctl hall show | hall set HALL TERMINAL NAME "
                      "[--address TEXT] [--phone TEXT]");
    if (args == QStringList{QStringLiteral("show")}) {
        auto db = openStore(opts, io, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        auto setup = HallSettings(*db).load();
        if (!setup) {
            printError(setup.error(), io);
            return Failed;
        }
        if (!setup.value()) {
            io.err << QCoreApplication::translate("onetripctl", "This store has no hall yet.")
                   << '\n';
            return NotFound;
        }
        const HallSetup &s = *setup.value();
        io.out << s.hall.code << ' ' << s.terminal.terminalCode << ' ' << s.hall.name << '\n';
        return Ok;
    }
    if (args.value(0) != QLatin1String("set") || args.size() < 4) {
        io.err << usage << '\n';
        return Usage;
    }
    HallInfo hall{args.at(1), args.at(3), {}, {}};
    for (int i = 4; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) {
            io.err << usage << '\n';
            return Usage;
        }
        if (args.at(i) == QLatin1String("--address"))
            hall.address = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--phone"))
            hall.phone = args.at(i + 1);
        else {
            io.err << usage << '\n';
            return Usage;
        }
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    if (Status s = HallSettings(*db).save(hall, args.at(2)); !s) {
        io.err << s.message() << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "Hall %1, terminal %2 saved.")
                  .arg(hall.code, args.at(2))
           << '\n';
    return Ok;
}

} // namespace onetrip::ctl
