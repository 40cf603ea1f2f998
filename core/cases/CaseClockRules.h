#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/CaseRecord.h"
#include "common/Result.h"

#include <QDate>

namespace onetrip {

// When a case's time limit may stop and run again (特殊环节): the one place that says so,
// asked by the command before it writes and by the projector (here and on the server)
// before it folds the event.
class CaseClockRules
{
public:
    static constexpr int kMaxReasonLength = 500;
    // Only an accepted case's limit runs; one stop at a time; not before the acceptance or
    // the end of the last stop; a reason is required.
    static Status mayPause(const CaseRecord &record, QDate on, const QString &reason);
    // Only a stopped clock runs again, not before the day it stopped.
    static Status mayResume(const CaseRecord &record, QDate on);
    // Whether the clock is stopped now (its last stop has not ended).
    static bool isPaused(const CaseRecord &record);
    // Whether the case has a time limit running (accepted, with a limit known): the one test
    // for stopping it, showing it (CaseDeadlines) and offering the stop (the case view).
    static bool limitRuns(const CaseRecord &record);
    // The limit in working days; cases accepted before it was recorded: the working days
    // their due date was counted with (today's calendar). -1: none.
    static int limitDays(const CaseRecord &record, const WorkdayCalendar &calendar);
};

} // namespace onetrip
