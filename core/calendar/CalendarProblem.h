#pragma once

#include <QList>
#include <QString>

namespace onetrip {

// One thing wrong with a calendar file or year, located so a supervisor can fix it.
struct CalendarProblem
{
    QString location; // e.g. "years.2026.weekdayOffDays[3]", empty for the whole file
    QString message;  // translated: what is wrong and what is expected

    QString toString() const
    {
        return location.isEmpty() ? message : location + QLatin1String(": ") + message;
    }
    bool operator==(const CalendarProblem &) const = default;
};

using CalendarProblems = QList<CalendarProblem>;

} // namespace onetrip
