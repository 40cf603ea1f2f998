#include "calendar/CalendarYear.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

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

namespace {

using Report = std::function<void(const QString &where, const QString &message)>;

// How a list of dates relates to the calendar's year: the year's own lists hold its dates
// only; a holiday's days may spill into a neighbouring year (元旦 2024 began on 2023-12-30).
enum class YearRule
{
    SameYear,
    NearYear
};

// Which days of the week a list may hold.
enum class DayRule
{
    AnyDay,
    WeekdaysOnly,
    WeekendsOnly
};

// The checks every date list shares, in the order they are reported: the year, else the
// day of the week; then a repeat of a date in `seen` (which gains the list's dates); then
// `more`, the checks particular to the list. Problems are located at key[i].
void checkDates(const QList<QDate> &dates, const QString &key, int year, YearRule yearRule,
                DayRule dayRule, QSet<QDate> &seen, const Report &report,
                const std::function<void(QDate, const QString &at)> &more = {})
{
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate d = dates.at(i);
        const QString at = key + QStringLiteral("[%1]").arg(i);
        if (yearRule == YearRule::SameYear && d.year() != year)
            report(at, QCoreApplication::translate(
                           "CalendarYear", "%1 is not in %2; list it under the year it falls in.")
                           .arg(iso(d))
                           .arg(year));
        else if (yearRule == YearRule::NearYear && qAbs(d.year() - year) > 1)
            report(at, QCoreApplication::translate(
                           "CalendarYear", "%1 is too far from %2 to belong to this year's notice.")
                           .arg(iso(d))
                           .arg(year));
        else if (dayRule == DayRule::WeekdaysOnly && isWeekend(d))
            report(at, QCoreApplication::translate(
                           "CalendarYear",
                           "%1 is a Saturday or Sunday, which is off anyway; only holidays "
                           "falling on Monday to Friday belong in this list.")
                           .arg(iso(d)));
        else if (dayRule == DayRule::WeekendsOnly && !isWeekend(d))
            report(at, QCoreApplication::translate(
                           "CalendarYear",
                           "%1 falls on Monday to Friday, which is a working day anyway; "
                           "only Saturdays and Sundays worked belong in this list.")
                           .arg(iso(d)));
        if (seen.contains(d))
            report(at, QCoreApplication::translate("CalendarYear", "%1 is listed more than once.")
                           .arg(iso(d)));
        seen.insert(d);
        if (more)
            more(d, at);
    }
}

} // namespace

CalendarProblems CalendarYear::problems(const QString &location) const
{
    CalendarProblems out;
    const Report report = [&](const QString &where, const QString &message) {
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

    QSet<QDate> off;
    checkDates(weekdayOffDays, QStringLiteral("weekdayOffDays"), year, YearRule::SameYear,
               DayRule::WeekdaysOnly, off, report);
    QSet<QDate> makeup;
    checkDates(makeupWorkdays, QStringLiteral("makeupWorkdays"), year, YearRule::SameYear,
               DayRule::WeekendsOnly, makeup, report, [&](QDate d, const QString &at) {
                   if (off.contains(d))
                       report(at, QCoreApplication::translate(
                                      "CalendarYear",
                                      "%1 is listed both as a weekday off day and as a make-up "
                                      "workday.")
                                      .arg(iso(d)));
               });

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
        // A holiday's days off include the weekends it spans.
        checkDates(h.offDays, where + QLatin1String(".offDays"), year, YearRule::NearYear,
                   DayRule::AnyDay, seenInHolidays, report, [&](QDate d, const QString &at) {
                       if (d.year() == year && !isWeekend(d) && !off.contains(d))
                           report(at, QCoreApplication::translate(
                                          "CalendarYear",
                                          "%1 is a weekday off day of this holiday but is "
                                          "missing from weekdayOffDays.")
                                          .arg(iso(d)));
                       if (makeup.contains(d))
                           report(at, QCoreApplication::translate(
                                          "CalendarYear",
                                          "%1 is listed as a day off and as a make-up workday.")
                                          .arg(iso(d)));
                   });
        checkDates(
            h.makeupWorkdays, where + QLatin1String(".makeupWorkdays"), year, YearRule::NearYear,
            DayRule::WeekendsOnly, seenInHolidays, report, [&](QDate d, const QString &at) {
                if (d.year() == year && isWeekend(d) && !makeup.contains(d))
                    report(at, QCoreApplication::translate(
                                   "CalendarYear", "%1 is a make-up workday of this holiday but is "
                                                   "missing from makeupWorkdays.")
                                   .arg(iso(d)));
            });
    }
    return out;
}

} // namespace onetrip
