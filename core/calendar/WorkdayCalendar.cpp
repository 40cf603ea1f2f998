#include "calendar/WorkdayCalendar.h"

#include <QCoreApplication>

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

void noteMissing(QList<int> &missing, const WorkdayCalendar &calendar, QDate d)
{
    const int y = d.year();
    if (!calendar.hasYear(y) && !missing.contains(y))
        missing.append(y);
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
    for (const CalendarYear &y : std::as_const(m_years)) {
        for (const QDate d : y.weekdayOffDays)
            m_special.insert(d, DayKind::Holiday);
        for (const QDate d : y.makeupWorkdays)
            m_special.insert(d, DayKind::MakeupWorkday);
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
    if (m_years.contains(date.year())) {
        const auto it = m_special.constFind(date);
        if (it != m_special.cend())
            return *it == DayKind::MakeupWorkday;
    }
    return !isWeekend(date);
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
    const int step = n >= 0 ? 1 : -1;
    int remaining = qAbs(n);
    QDate d = start;
    while (remaining > 0) {
        d = d.addDays(step);
        noteMissing(due.missingYears, *this, d);
        if (isWorkingDay(d))
            --remaining;
    }
    due.date = d;
    return due;
}

WorkingDayCount WorkdayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    WorkingDayCount result;
    if (!from.isValid() || !to.isValid() || to <= from)
        return result;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        noteMissing(result.missingYears, *this, d);
        if (isWorkingDay(d))
            ++result.count;
    }
    return result;
}

WorkingDayCount WorkdayCalendar::workingDaysInYear(int year) const
{
    return workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
}

} // namespace onetrip
