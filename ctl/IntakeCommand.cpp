#include "Command.h"

#include <QCoreApplication>

namespace onetrip::ctl {

int runIntake(const QStringList &, const Options &, Io io)
{
    io.err << QCoreApplication::translate("onetripctl", "This command is not available yet.")
           << '\n';
    return Failed;
}

} // namespace onetrip::ctl
