#include "Command.h"
#include "StoreAccess.h"

#include "cases/CaseEventLog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onetrip::ctl {

namespace {

// Walks every terminal's hash chain: the first modified, deleted or reordered event is
// named on stderr and the exit is 1; an intact log says "ok, N events" on stdout.
int verify(const Options &opts, Io io)
{
    if (!QFileInfo::exists(opts.storePath)) {
        io.err << QCoreApplication::translate("onetripctl", "The store %1 does not exist.")
                      .arg(opts.storePath)
               << '\n';
        return Failed;
    }
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto report = CaseAudit::verifyChain(*db);
    if (!report) {
        printError(report.error(), io);
        return Failed;
    }
    if (!report->ok()) {
        io.err << report->problems.constFirst() << '\n';
        if (report->problems.size() > 1)
            io.err << QCoreApplication::translate("onetripctl",
                                                  "%1 more problem(s) after the first.")
                          .arg(report->problems.size() - 1)
                   << '\n';
        io.err << QCoreApplication::translate("onetripctl",
                                              "The case history of %1 was tampered with. Keep "
                                              "this file for investigation and restore the "
                                              "latest backup to work on.")
                      .arg(opts.storePath)
               << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "ok, %1 events from %2 terminal(s).")
                  .arg(report->events)
                  .arg(report->terminals)
           << '\n';
    return Ok;
}

} // namespace

int runAudit(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() == 1 && args.at(0) == QLatin1String("verify"))
        return verify(opts, io);
    io.err << QCoreApplication::translate("onetripctl",
                                          "Usage: onetripctl [--store FILE] audit verify")
           << '\n';
    return Usage;
}

} // namespace onetrip::ctl
