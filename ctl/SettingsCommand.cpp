#include "Command.h"
#include "StoreAccess.h"

#include "deadline/DeadlineSettings.h"
#include "rating/RatingSettings.h"

#include <QCoreApplication>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "onetripctl", "Usage: onetripctl settings show | settings set warning-days N | settings "
                      "set warning-percent N | settings set follow-up-days 5|7|15");
}

} // namespace

// The hall's deadline settings in this store, for an administrator without the window: the
// warning window of the lights (DeadlineSettings) and the working days of a 差评 follow-up
// (RatingSettings), checked by the same rules as everywhere. The worklists count their
// deadline index again with a new warning window when the clerk application next reads them.
int runSettings(const QStringList &args, const Options &opts, Io io)
{
    if (args == QStringList{QStringLiteral("show")}) {
        auto db = openStore(opts, io, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        auto policy = DeadlineSettings::load(*db);
        auto days = RatingSettings::load(*db);
        if (!policy || !days) {
            printError(policy ? days.error() : policy.error(), io);
            return Failed;
        }
        io.out << "warning-days " << policy->minimumWorkingDays << '\n'
               << "warning-percent " << policy->percentOfLimit << '\n'
               << "follow-up-days " << days.value() << '\n';
        return Ok;
    }
    static const QStringList names{QStringLiteral("warning-days"),
                                   QStringLiteral("warning-percent"),
                                   QStringLiteral("follow-up-days")};
    bool isNumber = false;
    const int value = args.value(2).toInt(&isNumber);
    if (args.size() != 3 || args.at(0) != QLatin1String("set") || !names.contains(args.at(1))) {
        io.err << usage() << '\n';
        return Usage;
    }
    if (!isNumber) {
        io.err << QCoreApplication::translate("onetripctl", "\"%1\" is not a whole number.")
                      .arg(args.at(2))
               << '\n'
               << usage() << '\n';
        return Usage;
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    Status saved;
    if (args.at(1) == QLatin1String("follow-up-days")) {
        saved = RatingSettings::save(*db, value);
    } else {
        auto policy = DeadlineSettings::load(*db);
        if (!policy) {
            printError(policy.error(), io);
            return Failed;
        }
        WarningPolicy changed = policy.value();
        if (args.at(1) == QLatin1String("warning-days"))
            changed.minimumWorkingDays = value;
        else
            changed.percentOfLimit = value;
        saved = DeadlineSettings::save(*db, changed);
    }
    if (!saved) {
        printError(saved.error(), io);
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "%1 set to %2.").arg(args.at(1)).arg(value)
           << '\n';
    return Ok;
}

} // namespace onetrip::ctl
