#include "Command.h"
#include "StoreAccess.h"

#include "calendar/CalendarRepository.h"
#include "calendar/WorkdayCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate("onetripctl", "Usage: onetripctl deadline YYYY-MM-DD N");
}

// Working days are counted one by one; ten years is far beyond any legal time limit.
constexpr int kMaxWorkingDays = 2500;

} // namespace

int runDeadline(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() != 2) {
        io.err << usage() << '\n';
        return Usage;
    }
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate start = QDate::fromString(args.at(0), Qt::ISODate);
    if (!isoShape.match(args.at(0)).hasMatch() || !start.isValid()) {
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-30.")
                      .arg(args.at(0))
               << '\n'
               << usage() << '\n';
        return Usage;
    }
    bool isNumber = false;
    const int n = args.at(1).toInt(&isNumber);
    if (!isNumber || n < 0 || n > kMaxWorkingDays) {
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "\"%1\" is not a number of working days; give a whole number from 0 to %2.")
                      .arg(args.at(1))
                      .arg(kMaxWorkingDays)
               << '\n'
               << usage() << '\n';
        return Usage;
    }

    const std::optional<WorkdayCalendar> calendar = loadCalendar(opts, io);
    if (!calendar)
        return Failed;
    const DueDate due = calendar->addWorkingDays(start, n);
    io.out << due.date.toString(Qt::ISODate) << '\n';
    if (due.hasWarning())
        io.err << QCoreApplication::translate("onetripctl", "Warning: %1").arg(due.warning())
               << '\n';
    return Ok;
}

} // namespace onetrip::ctl
