#include "calendar/CalendarYear.h"

#include <QCoreApplication>
#include <QSet>

namespace onetrip {

namespace {

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

int CalendarYear::workingDayCount() const
{
    int count = 0;
    const QSet<QDate> off(weekdayOffDays.cbegin(), weekdayOffDays.cend());
    const QSet<QDate> makeup(makeupWorkdays.cbegin(), makeupWorkdays.cend());
    for (QDate d(year, 1, 1); d.isValid() && d.year() == year; d = d.addDays(1)) {
        if (isWeekend(d) ? makeup.contains(d) : !off.contains(d))
            ++count;
    }
    return count;
}

CalendarProblems CalendarYear::problems(const QString &location) const
{
    CalendarProblems out;
    auto report = [&](const QString &where, const QString &message) {
        out.append({where.isEmpty() ? location : location + u'.' + where, message});
    };

    if (year < 1949 || year > 2999)
        report({},
               QCoreApplication::translate("CalendarYear", "%1 is not a plausible calendar year.")
                   .arg(year));
    if (source.trimmed().isEmpty())
        report(QStringLiteral("source.title"),
               QCoreApplication::translate(
                   "CalendarYear",
                   "The title of the State Council notice is missing; it is the calendar's "
                   "legal source."));

    const QString offKey = QStringLiteral("weekdayOffDays");
    const QString makeupKey = QStringLiteral("makeupWorkdays");
    QSet<QDate> off;
    for (qsizetype i = 0; i < weekdayOffDays.size(); ++i) {
        const QDate d = weekdayOffDays.at(i);
        const QString offAt = offKey + QStringLiteral("[%1]").arg(i);
        if (d.year() != year)
            report(offAt,
                   QCoreApplication::translate(
                       "CalendarYear", "%1 is not in %2; list it under the year it falls in.")
                       .arg(iso(d))
                       .arg(year));
        else if (isWeekend(d))
            report(offAt, QCoreApplication::translate(
                              "CalendarYear",
                              "%1 is a Saturday or Sunday, which is off anyway; only holidays "
                              "falling on Monday to Friday belong in this list.")
                              .arg(iso(d)));
        if (off.contains(d))
            report(offAt,
                   QCoreApplication::translate("CalendarYear", "%1 is listed more than once.")
                       .arg(iso(d)));
        off.insert(d);
    }
    QSet<QDate> makeup;
    for (qsizetype i = 0; i < makeupWorkdays.size(); ++i) {
        const QDate d = makeupWorkdays.at(i);
        const QString makeupAt = makeupKey + QStringLiteral("[%1]").arg(i);
        if (d.year() != year)
            report(makeupAt,
                   QCoreApplication::translate(
                       "CalendarYear", "%1 is not in %2; list it under the year it falls in.")
                       .arg(iso(d))
                       .arg(year));
        else if (!isWeekend(d))
            report(makeupAt, QCoreApplication::translate(
                                 "CalendarYear",
                                 "%1 falls on Monday to Friday, which is a working day anyway; "
                                 "only Saturdays and Sundays worked belong in this list.")
                                 .arg(iso(d)));
        if (makeup.contains(d))
            report(makeupAt,
                   QCoreApplication::translate("CalendarYear", "%1 is listed more than once.")
                       .arg(iso(d)));
        if (off.contains(d))
            report(makeupAt,
                   QCoreApplication::translate(
                       "CalendarYear", "%1 is listed both as a weekday off day and as a make-up "
                                       "workday.")
                       .arg(iso(d)));
        makeup.insert(d);
    }

    // The holidays are for display, but they must agree with the lists that count.
    QSet<QDate> seenInHolidays;
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const Holiday &h = holidays.at(i);
        const QString where = QStringLiteral("holidays[%1]").arg(i);
        if (h.name.trimmed().isEmpty())
            report(where + QLatin1String(".name"),
                   QCoreApplication::translate("CalendarYear", "The holiday has no name."));
        if (h.offDays.isEmpty())
            report(where + QLatin1String(".offDays"),
                   QCoreApplication::translate("CalendarYear", "The holiday lists no days off."));
        for (qsizetype j = 0; j < h.offDays.size(); ++j) {
            const QDate d = h.offDays.at(j);
            const QString at = where + QStringLiteral(".offDays[%1]").arg(j);
            if (qAbs(d.year() - year) > 1)
                report(at,
                       QCoreApplication::translate(
                           "CalendarYear", "%1 is too far from %2 to belong to this year's notice.")
                           .arg(iso(d))
                           .arg(year));
            if (seenInHolidays.contains(d))
                report(at,
                       QCoreApplication::translate("CalendarYear", "%1 is listed more than once.")
                           .arg(iso(d)));
            seenInHolidays.insert(d);
            if (d.year() == year && !isWeekend(d) && !off.contains(d))
                report(at, QCoreApplication::translate(
                               "CalendarYear",
                               "%1 is a weekday off day of this holiday but is missing from "
                               "weekdayOffDays.")
                               .arg(iso(d)));
            if (makeup.contains(d))
                report(at,
                       QCoreApplication::translate(
                           "CalendarYear", "%1 is listed as a day off and as a make-up workday.")
                           .arg(iso(d)));
        }
        for (qsizetype j = 0; j < h.makeupWorkdays.size(); ++j) {
            const QDate d = h.makeupWorkdays.at(j);
            const QString at = where + QStringLiteral(".makeupWorkdays[%1]").arg(j);
            if (qAbs(d.year() - year) > 1)
                report(at,
                       QCoreApplication::translate(
                           "CalendarYear", "%1 is too far from %2 to belong to this year's notice.")
                           .arg(iso(d))
                           .arg(year));
            else if (!isWeekend(d))
                report(at, QCoreApplication::translate(
                               "CalendarYear",
                               "%1 falls on Monday to Friday, which is a working day anyway; "
                               "only Saturdays and Sundays worked belong in this list.")
                               .arg(iso(d)));
            if (seenInHolidays.contains(d))
                report(at,
                       QCoreApplication::translate("CalendarYear", "%1 is listed more than once.")
                           .arg(iso(d)));
            seenInHolidays.insert(d);
            if (d.year() == year && isWeekend(d) && !makeup.contains(d))
                report(at, QCoreApplication::translate(
                               "CalendarYear",
                               "%1 is a make-up workday of this holiday but is missing from "
                               "makeupWorkdays.")
                               .arg(iso(d)));
        }
    }
    return out;
}

} // namespace onetrip
