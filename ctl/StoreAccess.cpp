#include "StoreAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace onetrip::ctl {

std::unique_ptr<Database> openStore(const Options &opts, Io io, Database::Mode mode)
{
    if (mode == Database::Mode::ReadWrite)
        QDir().mkpath(QFileInfo(opts.storePath).absolutePath());
    auto db = Database::open(opts.storePath, mode);
    if (!db) {
        io.err << db.error().message << '\n';
        if (!db.error().detail.isEmpty())
            io.err << QCoreApplication::translate("onetripctl", "Detail: %1").arg(db.error().detail)
                   << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace onetrip::ctl
