#pragma once

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
};

} // namespace onetrip
