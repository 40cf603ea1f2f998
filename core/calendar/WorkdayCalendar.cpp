#include "calendar/WorkdayCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace onetrip {

namespace {

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

QString yearList(const QList<int> &years)
{
    QString out;
    for (int y : years)
        out = out.isEmpty()
                  ? QString::number(y)
                  : QCoreApplication::translate("WorkdayCalendar", "%1, %2").arg(out).arg(y);
    return out;
}

} // namespace

QString displayName(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday:
        return QCoreApplication::translate("WorkdayCalendar", "working day");
    case DayKind::Weekend:
        return QCoreApplication::translate("WorkdayCalendar", "weekend");
    case DayKind::Holiday:
        return QCoreApplication::translate("WorkdayCalendar", "public holiday");
    case DayKind::MakeupWorkday:
        return QCoreApplication::translate("WorkdayCalendar", "make-up workday");
    }
    return {};
}

QString DueDate::warning() const
{
    if (missingYears.isEmpty())
        return {};
    return QCoreApplication::translate(
               "WorkdayCalendar",
               "No working-day calendar is loaded for %1: the date was computed with plain "
               "weekdays and may be wrong. Ask a supervisor to import the %1 holiday notice.")
        .arg(yearList(missingYears));
}

QString WorkingDayCount::warning() const
{
    if (missingYears.isEmpty())
        return {};
    return QCoreApplication::translate(
               "WorkdayCalendar",
               "No working-day calendar is loaded for %1: the working days were counted as "
               "plain weekdays and the count may be wrong. Ask a supervisor to import the %1 "
               "holiday notice.")
        .arg(yearList(missingYears));
}

QString DayCheck::warning() const
{
    if (missingYears.isEmpty())
        return {};
    return QCoreApplication::translate(
               "WorkdayCalendar",
               "No working-day calendar is loaded for %1: the day was judged by its weekday "
               "alone and may be wrong. Ask a supervisor to import the %1 holiday notice.")
        .arg(yearList(missingYears));
}

WorkdayCalendar::WorkdayCalendar(const QList<CalendarYear> &years)
{
    for (const CalendarYear &y : years)
        m_years.insert(y.year, y);
    rebuildIndex();
}

void WorkdayCalendar::setYear(const CalendarYear &year)
{
    m_years.insert(year.year, year);
    rebuildIndex();
}

std::optional<CalendarYear> WorkdayCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend())
        return std::nullopt;
    return *it;
}

void WorkdayCalendar::rebuildIndex()
{
    // A handful of dates per year: rebuilding is cheaper than keeping removals right.
    m_special.clear();
    m_holidayNames.clear();
    // A year's lists may name a neighbour's day (元旦 2024 lists 2023-12-30): only days of
    // loaded years count; the others are judged by their weekday and warned about.
    for (const CalendarYear &y : std::as_const(m_years)) {
        for (const QDate d : y.weekdayOffDays) {
            if (m_years.contains(d.year()))
                m_special.insert(d, DayKind::Holiday);
        }
        for (const QDate d : y.makeupWorkdays) {
            if (m_years.contains(d.year()))
                m_special.insert(d, DayKind::MakeupWorkday);
        }
    }
    QList<qint64> shifted;
    for (auto it = m_special.cbegin(); it != m_special.cend(); ++it) {
        // A holiday on a weekend or a make-up day on a weekday changes nothing.
        if ((*it == DayKind::MakeupWorkday) == isWeekend(it.key()))
            shifted << it.key().toJulianDay();
    }
    std::sort(shifted.begin(), shifted.end());
    m_shiftDays.clear();
    m_shiftSums.clear();
    int sum = 0;
    for (qint64 jd : std::as_const(shifted)) {
        sum += m_special.value(QDate::fromJulianDay(jd)) == DayKind::MakeupWorkday ? 1 : -1;
        m_shiftDays << jd;
        m_shiftSums << sum;
    }
    // Names: a year's own holidays win over a neighbour's spill-over (元旦 2024 lists
    // 2023-12-30), so insert the neighbours' first.
    for (const CalendarYear &y : std::as_const(m_years)) {
        for (const Holiday &h : y.holidays) {
            for (const QList<QDate> *days : {&h.offDays, &h.makeupWorkdays}) {
                for (const QDate d : *days) {
                    if (d.year() != y.year && !m_holidayNames.contains(d))
                        m_holidayNames.insert(d, h.name);
                }
            }
        }
    }
    for (const CalendarYear &y : std::as_const(m_years)) {
        for (const Holiday &h : y.holidays) {
            for (const QList<QDate> *days : {&h.offDays, &h.makeupWorkdays}) {
                for (const QDate d : *days) {
                    if (d.year() == y.year)
                        m_holidayNames.insert(d, h.name);
                }
            }
        }
    }
}

bool WorkdayCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_special.constFind(date);
    if (it != m_special.cend())
        return *it == DayKind::MakeupWorkday;
    return !isWeekend(date);
}

qint64 WorkdayCalendar::countBefore(qint64 julianDay) const
{
    // 2000-01-03 was a Monday; floor division keeps days before it right (negative counts).
    const qint64 k = julianDay - QDate(2000, 1, 3).toJulianDay();
    const qint64 weeks = k >= 0 ? k / 7 : -((-k + 6) / 7);
    const qint64 weekdays = 5 * weeks + std::min<qint64>(k - 7 * weeks, 5);
    // The changes on the days before julianDay.
    const auto it = std::lower_bound(m_shiftDays.cbegin(), m_shiftDays.cend(), julianDay);
    const int shifts =
        it == m_shiftDays.cbegin() ? 0 : m_shiftSums.at(it - m_shiftDays.cbegin() - 1);
    return weekdays + shifts;
}

QList<int> WorkdayCalendar::missingYears(QDate first, QDate last) const
{
    QList<int> missing;
    if (!first.isValid() || !last.isValid())
        return missing;
    for (int y = first.year(); y <= last.year(); ++y) {
        if (!m_years.contains(y))
            missing << y;
    }
    return missing;
}

DayCheck WorkdayCalendar::checkDay(QDate date) const
{
    DayCheck c;
    c.date = date;
    if (!date.isValid())
        return c;
    c.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Workday;
    if (m_years.contains(date.year()))
        c.kind = m_special.value(date, c.kind);
    else
        c.missingYears.append(date.year());
    c.holidayName = m_holidayNames.value(date);
    return c;
}

DueDate WorkdayCalendar::addWorkingDays(QDate start, int n) const
{
    DueDate due;
    if (!start.isValid())
        return due;
    if (n == 0) {
        due.date = start;
        return due;
    }
    // The working days counted so far are a step function of the distance k gone: the
    // smallest k with |n| of them is the answer. Forward, the working days in
    // (start, start + k]; back, those in [start - k, start).
    const qint64 s = start.toJulianDay();
    const qint64 wanted = qAbs(qint64(n));
    const auto counted = [&](qint64 k) {
        return n > 0 ? countBefore(s + 1 + k) - countBefore(s + 1)
                     : countBefore(s) - countBefore(s - k);
    };
    qint64 hi = 2 * wanted + 16; // a week off twice over is inside it
    while (counted(hi) < wanted)
        hi *= 2;
    qint64 lo = 1;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (counted(mid) >= wanted)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (n > 0) {
        due.date = QDate::fromJulianDay(s + lo);
        due.missingYears = missingYears(start.addDays(1), due.date);
    } else {
        due.date = QDate::fromJulianDay(s - lo);
        // Named as they were met, counting back.
        const QList<int> years = missingYears(due.date, start.addDays(-1));
        due.missingYears = QList<int>(years.crbegin(), years.crend());
    }
    return due;
}

WorkingDayCount WorkdayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    WorkingDayCount result;
    if (!from.isValid() || !to.isValid() || to <= from)
        return result;
    result.count = int(countBefore(to.toJulianDay() + 1) - countBefore(from.toJulianDay() + 1));
    result.missingYears = missingYears(from.addDays(1), to);
    return result;
}

WorkingDayCount WorkdayCalendar::workingDaysInYear(int year) const
{
    return workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
}

} // namespace onetrip
