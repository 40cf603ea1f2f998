#include "Command.h"
#include "StoreAccess.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"

#include <QCoreApplication>

namespace onetrip::ctl {

int runDemo(const QStringList &args, const Options &opts, Io io)
{
    if (args != QStringList{QStringLiteral("init")}) {
        io.err << QCoreApplication::translate("onetripctl", "Usage: onetripctl demo init") << '\n';
        return Usage;
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    SystemClock clock;
    if (Status s = DemoData::ensure(*db, opts.dataDir, clock); !s) {
        io.err << s.message() << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate(
                  "onetripctl",
                  "Demo store ready at %1: %2 catalog item(s); users clerk01, agent01, super01 "
                  "(password \"demo\").")
                  .arg(opts.storePath)
                  .arg(CatalogRepository(*db).itemCount())
           << '\n';
    return Ok;
}

} // namespace onetrip::ctl
