#pragma once

#include "calendar/WorkdayCalendar.h"
#include "deadline/ClockPause.h"
#include "deadline/DeadlineLight.h"
#include "deadline/WarningPolicy.h"

#include <QDate>
#include <QList>

namespace onetrip {

// A deadline as it stands on a given day: always computed from the calendar, the pauses
// and the injected "today", never read back stale from storage.
struct DeadlineStatus
{
    QDate due;      // the pauses' working days added
    QDate warnFrom; // the first day of the warning window (yellow from then on)
    DeadlineLight light = DeadlineLight::Green;
    // Working days in (today, due]; 0 on the due day; negative: working days overdue.
    int workingDaysLeft = 0;
    int pausedWorkingDays = 0; // not counted (so far, for a pause still running)
    QList<int> missingYears;   // years the count ran through without a calendar

    bool hasWarning() const { return !missingYears.isEmpty(); }
    QString warning() const; // translated; empty without missing years
};

// The one place that counts a case's time limits (处理时限, the 容缺 supplement, the 5-day
// notice window): `limitDays` working days counted from the working day after `start`
// (《行政许可法》 Art. 82), skipping the working days inside `pauses`. A pause still running
// stops the count up to `today`; the days after are counted as if it ended tonight, so the
// due date moves day by day while it runs. A pause after the due day changes nothing: what
// is late stays late.
class CaseClock
{
public:
    static DeadlineStatus evaluate(QDate start, int limitDays, const QList<ClockPause> &pauses,
                                   QDate today, const WorkdayCalendar &calendar,
                                   const WarningPolicy &policy);
    // A due day fixed when it was set and printed (the 容缺 supplement date the applicant
    // signed for, the Art. 32 notice window): its light as of `today`, the warning window
    // that of a `limitDays` limit. No pauses.
    static DeadlineStatus evaluateFixed(QDate due, int limitDays, QDate today,
                                        const WorkdayCalendar &calendar,
                                        const WarningPolicy &policy);
};

} // namespace onetrip
