#include "Command.h"

#include <QCoreApplication>

namespace onetrip::ctl {

int runDb(const QStringList &, const Options &, Io io)
{
    io.err << QCoreApplication::translate("onetripctl", "This command is not available yet.") << '\n';
    return Failed;
}

} // namespace onetrip::ctl
