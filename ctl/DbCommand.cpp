#include "Command.h"
#include "StoreAccess.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onetrip::ctl {

namespace {

int check(const Options &opts, Io io)
{
    if (!QFileInfo::exists(opts.storePath)) {
        io.err << QCoreApplication::translate("onetripctl", "The store %1 does not exist.")
                      .arg(opts.storePath)
               << '\n';
        return Failed;
    }
    // Raw open: a damaged or newer store must still be checkable.
    auto db = Database::openRaw(opts.storePath, Database::Mode::ReadOnly);
    if (!db) {
        io.err << db.error().message << '\n';
        return Failed;
    }
    auto problems = db.value()->integrityCheck();
    if (!problems) {
        io.err << problems.error().message << '\n';
        return Failed;
    }
    if (!problems->isEmpty()) {
        for (const QString &p : problems.value())
            io.out << p << '\n';
        io.err << QCoreApplication::translate("onetripctl",
                                              "%1: %2 problem(s). Restore the latest backup.")
                      .arg(opts.storePath)
                      .arg(problems->size())
               << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "%1: ok (schema %2).")
                  .arg(opts.storePath)
                  .arg(db.value()->userVersion())
           << '\n';
    return Ok;
}

int backup(const QString &destination, const Options &opts, Io io)
{
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    if (Status s = db->backupTo(destination); !s) {
        io.err << s.message() << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate("onetripctl", "Backup written to %1.").arg(destination)
           << '\n';
    return Ok;
}

} // namespace

int runDb(const QStringList &args, const Options &opts, Io io)
{
    if (args.value(0) == QLatin1String("check") && args.size() == 1)
        return check(opts, io);
    if (args.value(0) == QLatin1String("backup") && args.size() == 2)
        return backup(args.at(1), opts, io);
    io.err << QCoreApplication::translate("onetripctl",
                                          "Usage: onetripctl db check | onetripctl db backup FILE")
           << '\n';
    return Usage;
}

} // namespace onetrip::ctl
