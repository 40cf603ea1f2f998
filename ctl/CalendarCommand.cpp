#include "Command.h"
#include "StoreAccess.h"

#include "calendar/CalendarJson.h"
#include "calendar/CalendarRepository.h"
#include "calendar/WorkdayCalendar.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate("onetripctl", "Usage: onetripctl calendar import FILE\n"
                                                     "       onetripctl calendar show YEAR");
}

QString dateList(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate d : dates)
        out << d.toString(Qt::ISODate);
    return out.join(QLatin1String(", "));
}

QString yearList(const QList<int> &years)
{
    QStringList out;
    for (int y : years)
        out << QString::number(y);
    return out.join(QLatin1String(", "));
}

int importFile(const QString &path, const Options &opts, Io io)
{
    const CalendarJson::ReadResult read = CalendarJson::readFile(path);
    if (!read.ok()) {
        io.err << QCoreApplication::translate("onetripctl",
                                              "%1 has %2 problem(s); nothing was imported:")
                      .arg(path)
                      .arg(read.problems.size())
               << '\n';
        for (const CalendarProblem &p : read.problems)
            io.err << "  " << p.toString() << '\n';
        return Invalid;
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    CalendarRepository repository(*db);
    auto before = repository.years();
    if (!before) {
        printError(before.error(), io);
        return Failed;
    }
    if (Status s = repository.importYears(read.file.years, SystemClock()); !s) {
        printError(s.error(), io);
        return Failed;
    }
    QList<int> loaded;
    QList<int> replaced;
    for (const CalendarYear &y : read.file.years) {
        loaded << y.year;
        if (before->contains(y.year))
            replaced << y.year;
    }
    io.out << QCoreApplication::translate("onetripctl", "Loaded the working-day calendar for %1.")
                  .arg(yearList(loaded))
           << '\n';
    for (const CalendarYear &y : read.file.years) {
        io.out << "  "
               << QCoreApplication::translate("onetripctl", "%1: %2, %3 working days")
                      .arg(y.year)
                      .arg(y.source)
                      .arg(y.workingDayCount())
               << '\n';
    }
    if (!replaced.isEmpty())
        io.out << QCoreApplication::translate("onetripctl",
                                              "Replaced the calendar stored before for %1.")
                      .arg(yearList(replaced))
               << '\n';
    return Ok;
}

int showYear(const QString &yearText, const Options &opts, Io io)
{
    static const QRegularExpression yearShape(QStringLiteral("^\\d{4}$"));
    if (!yearShape.match(yearText).hasMatch()) {
        io.err << QCoreApplication::translate("onetripctl",
                                              "\"%1\" is not a year; give four digits, e.g. 2026.")
                      .arg(yearText)
               << '\n'
               << usage() << '\n';
        return Usage;
    }
    const int year = yearText.toInt();
    const std::optional<WorkdayCalendar> calendar = loadCalendar(opts, io);
    if (!calendar)
        return Failed;
    const std::optional<CalendarYear> y = calendar->year(year);
    if (!y) {
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "No working-day calendar is loaded for %1. Ask a supervisor to import the "
                      "%1 holiday notice (onetripctl calendar import FILE).")
                      .arg(year)
               << '\n';
        return Invalid;
    }

    io.out << QCoreApplication::translate("onetripctl", "Working-day calendar %1").arg(year)
           << '\n';
    io.out << QCoreApplication::translate("onetripctl", "Source: %1").arg(y->source) << '\n';
    if (!y->documentNumber.isEmpty())
        io.out << QCoreApplication::translate("onetripctl", "Document number: %1")
                      .arg(y->documentNumber)
               << '\n';
    if (y->issued.isValid())
        io.out << QCoreApplication::translate("onetripctl", "Issued: %1")
                      .arg(y->issued.toString(Qt::ISODate))
               << '\n';
    io.out << QCoreApplication::translate("onetripctl", "Holidays:") << '\n';
    for (const Holiday &h : y->holidays) {
        QString line = h.offDays.size() == 1
                           ? QCoreApplication::translate("onetripctl", "%1: %2, 1 day off")
                                 .arg(h.name, dateList(h.offDays))
                           : QCoreApplication::translate("onetripctl", "%1: %2 to %3, %4 days off")
                                 .arg(h.name, h.offDays.constFirst().toString(Qt::ISODate),
                                      h.offDays.constLast().toString(Qt::ISODate))
                                 .arg(h.offDays.size());
        if (!h.makeupWorkdays.isEmpty())
            line += QLatin1String("; ") +
                    QCoreApplication::translate("onetripctl", "make-up workdays: %1")
                        .arg(dateList(h.makeupWorkdays));
        io.out << "  " << line << '\n';
    }
    io.out << QCoreApplication::translate("onetripctl", "Weekday off days (%1): %2")
                  .arg(y->weekdayOffDays.size())
                  .arg(dateList(y->weekdayOffDays))
           << '\n';
    io.out << QCoreApplication::translate("onetripctl", "Make-up workdays (%1): %2")
                  .arg(y->makeupWorkdays.size())
                  .arg(dateList(y->makeupWorkdays))
           << '\n';
    io.out << QCoreApplication::translate("onetripctl", "Working days in %1: %2")
                  .arg(year)
                  .arg(calendar->workingDaysInYear(year).count)
           << '\n';
    return Ok;
}

} // namespace

int runCalendar(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() == 2 && args.at(0) == QLatin1String("import"))
        return importFile(args.at(1), opts, io);
    if (args.size() == 2 && args.at(0) == QLatin1String("show"))
        return showYear(args.at(1), opts, io);
    io.err << usage() << '\n';
    return Usage;
}

} // namespace onetrip::ctl
