#include "StoreAccess.h"

#include "calendar/CalendarRepository.h"

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
        printError(db.error(), io);
        return nullptr;
    }
    return std::move(db).value();
}

void printError(const Error &error, Io io)
{
    io.err << error.message << '\n';
    if (!error.detail.isEmpty())
        io.err << QCoreApplication::translate("onetripctl", "Detail: %1").arg(error.detail) << '\n';
}

std::optional<WorkdayCalendar> loadCalendar(const Options &opts, Io io)
{
    auto loaded = CalendarLoader::load(opts.storePath, opts.dataDir);
    if (!loaded) {
        printError(loaded.error(), io);
        return std::nullopt;
    }
    if (loaded->fromShippedFile())
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "The store has no working-day calendar; using the shipped calendar %1.")
                      .arg(loaded->shippedFile)
               << '\n';
    return loaded->calendar;
}

} // namespace onetrip::ctl
