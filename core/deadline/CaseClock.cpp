#include "deadline/CaseClock.h"

#include <algorithm>

namespace onetrip {

namespace {

bool excluded(QDate day, const QList<ClockPause> &pauses, QDate today)
{
    return std::any_of(pauses.cbegin(), pauses.cend(), [&](const ClockPause &p) {
        return day >= p.from && (p.isOpen() ? day <= today : day < p.until);
    });
}

} // namespace

QString DeadlineStatus::warning() const
{
    DueDate d;
    d.missingYears = missingYears;
    return d.warning();
}

DeadlineStatus CaseClock::evaluate(QDate start, int limitDays, const QList<ClockPause> &pauses,
                                   QDate today, const WorkdayCalendar &calendar,
                                   const WarningPolicy &policy)
{
    DeadlineStatus s;
    const int limit = std::max(limitDays, 0);
    // The counted working days, in order: the due day is the last, the warning window's
    // first day the one `window` counted days before it.
    QList<QDate> counted;
    counted.reserve(limit);
    // A limit is months at most; the bound only keeps bad data from looping for ever.
    const QDate stop = start.addYears(50);
    QDate last = start; // the last day looked at
    for (QDate day = start.addDays(1); counted.size() < limit && day <= stop;
         day = day.addDays(1)) {
        last = day;
        if (!calendar.isWorkingDay(day))
            continue;
        if (excluded(day, pauses, today)) {
            ++s.pausedWorkingDays;
            continue;
        }
        counted << day;
    }
    s.due = counted.isEmpty() ? start : counted.constLast();
    const int window = policy.windowFor(limit);
    s.warnFrom = counted.size() - 1 - window >= 0 ? counted.at(counted.size() - 1 - window) : start;

    s.missingYears = calendar.missingYears(start.addDays(1), last);
    if (today <= s.due) {
        s.workingDaysLeft = int(std::count_if(counted.cbegin(), counted.cend(),
                                              [today](QDate d) { return d > today; }));
    } else {
        // Late: every working day after the due day counts, paused or not.
        const WorkingDayCount late = calendar.workingDaysBetween(s.due, today);
        s.workingDaysLeft = -late.count;
        for (int y : late.missingYears) {
            if (!s.missingYears.contains(y))
                s.missingYears << y;
        }
    }
    std::sort(s.missingYears.begin(), s.missingYears.end());

    const bool stopped = std::any_of(pauses.cbegin(), pauses.cend(), [today](const ClockPause &p) {
        return p.isOpen() && p.from <= today;
    });
    if (today > s.due)
        s.light = DeadlineLight::Red;
    else if (stopped)
        s.light = DeadlineLight::Paused;
    else if (today >= s.warnFrom)
        s.light = DeadlineLight::Yellow;
    else
        s.light = DeadlineLight::Green;
    return s;
}

DeadlineStatus CaseClock::evaluateFixed(QDate due, int limitDays, QDate today,
                                        const WorkdayCalendar &calendar,
                                        const WarningPolicy &policy)
{
    DeadlineStatus s;
    s.due = due;
    const DueDate warnFrom = calendar.addWorkingDays(due, -policy.windowFor(limitDays));
    s.warnFrom = warnFrom.date;
    s.missingYears = warnFrom.missingYears;
    const WorkingDayCount count = today <= due ? calendar.workingDaysBetween(today, due)
                                               : calendar.workingDaysBetween(due, today);
    s.workingDaysLeft = today <= due ? count.count : -count.count;
    for (int y : count.missingYears) {
        if (!s.missingYears.contains(y))
            s.missingYears << y;
    }
    std::sort(s.missingYears.begin(), s.missingYears.end());
    s.light = today > due           ? DeadlineLight::Red
              : today >= s.warnFrom ? DeadlineLight::Yellow
                                    : DeadlineLight::Green;
    return s;
}

} // namespace onetrip
