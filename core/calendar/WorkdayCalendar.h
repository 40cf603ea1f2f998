#pragma once

#include "calendar/CalendarYear.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace onetrip {

// How a day counts: a plain weekday, a weekend, a holiday on Monday to Friday (weekday off
// day), or a Saturday/Sunday worked (make-up workday).
enum class DayKind
{
    Workday,
    Weekend,
    Holiday,
    MakeupWorkday
};
QString displayName(DayKind kind);

// Every result names the years it touched that have no calendar: those days were judged
// by their weekday alone, which may be wrong, and the caller must show the warning.
struct DueDate
{
    QDate date;
    QList<int> missingYears;

    bool hasWarning() const { return !missingYears.isEmpty(); }
    QString warning() const; // translated; empty without missing years
};

struct WorkingDayCount
{
    int count = 0;
    QList<int> missingYears;

    bool hasWarning() const { return !missingYears.isEmpty(); }
    QString warning() const;
};

struct DayCheck
{
    QDate date;
    DayKind kind = DayKind::Workday;
    QString holidayName; // the holiday the day belongs to, if any (also for make-up days)
    QList<int> missingYears;

    bool isWorkingDay() const { return kind == DayKind::Workday || kind == DayKind::MakeupWorkday; }
    bool hasWarning() const { return !missingYears.isEmpty(); }
    QString warning() const;
};

// The working-day calendar of 《行政许可法》 Art. 82: periods are counted in working days,
// public holidays excluded, make-up working weekends included. Held in memory; copies
// share their data (Qt containers), so pass it by value freely.
class WorkdayCalendar
{
public:
    WorkdayCalendar() = default;
    explicit WorkdayCalendar(const QList<CalendarYear> &years);

    // Adds a year, or replaces the one loaded for the same year.
    void setYear(const CalendarYear &year);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    std::optional<CalendarYear> year(int year) const;

    // Monday to Friday minus the year's holidays plus its make-up workdays. For a year with
    // no calendar: Monday to Friday. Callers that must know use the checked variants below.
    bool isWorkingDay(QDate date) const;
    DayCheck checkDay(QDate date) const;

    // Art. 82: the N-th working day counting from the next working day after `start` (the
    // day of acceptance is not counted, whatever it is). n = 0 is `start` itself; a
    // negative n counts back to the |n|-th working day before `start`.
    DueDate addWorkingDays(QDate start, int n) const;
    // Working days in (from, to]: from's own day is not counted, to's is. 0 when to <= from.
    WorkingDayCount workingDaysBetween(QDate from, QDate to) const;
    WorkingDayCount workingDaysInYear(int year) const;
    // The years of the days first..last (both counted) that have no calendar, in order.
    QList<int> missingYears(QDate first, QDate last) const;

private:
    void rebuildIndex();
    // Working days in [origin, day) less those in [day, origin) for a fixed Monday origin:
    // a difference of two is the count between them, in constant time and a binary search,
    // however far apart (a case overdue for years is counted as fast as one due tomorrow).
    qint64 countBefore(qint64 julianDay) const;

    QMap<int, CalendarYear> m_years;
    QHash<QDate, DayKind> m_special; // Holiday or MakeupWorkday, for loaded years only
    QHash<QDate, QString> m_holidayNames;
    // The days m_special changes from plain weekdays (a weekday off -1, a weekend worked
    // +1), by Julian day, and the running sum of those changes up to each.
    QList<qint64> m_shiftDays;
    QList<int> m_shiftSums;
};

} // namespace onetrip
