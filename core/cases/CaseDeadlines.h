#pragma once

#include "cases/CaseRecord.h"
#include "deadline/CaseClock.h"

#include <optional>

namespace onetrip {

// A case's deadlines as they stand on `today` (红黄牌), computed from its record, the calendar
// and the clock each time they are shown, never stored: the one place screens, worklists,
// reports and the command line ask.
class CaseDeadlines
{
public:
    enum class Which
    {
        Processing,
        Supplement,
        Notice,
        FollowUp,   // a 差评's follow-up (RatingRules; not one of the case's own limits)
        Commitment, // a 代办's commitment date (ProxyRules; the agent's, not the law's)
    };
    struct Running
    {
        Which which = Which::Processing;
        DeadlineStatus status;
    };

    // 处理时限: from the acceptance, the item's limit in working days, stopped time excluded.
    // Empty when no limit runs (not accepted, or no limit published).
    static std::optional<DeadlineStatus> processing(const CaseRecord &record, QDate today,
                                                    const WorkdayCalendar &calendar,
                                                    const WarningPolicy &policy);
    // 容缺: the supplement date the applicant signed for, while the case waits for it.
    static std::optional<DeadlineStatus> supplement(const CaseRecord &record, QDate today,
                                                    const WorkdayCalendar &calendar,
                                                    const WarningPolicy &policy);
    // Of the deadlines running, the one to act on first: red before yellow before paused
    // before green, then the earlier due day (a worklist row's light). Empty: none runs.
    static std::optional<Running> mostUrgent(const CaseRecord &record, QDate today,
                                             const WorkdayCalendar &calendar,
                                             const WarningPolicy &policy);
    // Whether any of the three can run in `status` (false: none ever does; the worklists'
    // deadline index skips such cases). Keep in step with the three above.
    static bool mayRun(CaseStatus status);
    // Art. 32: the last day for a notice, while the materials wait for a decision.
    static std::optional<DeadlineStatus> noticeWindow(const CaseRecord &record, QDate today,
                                                      const WorkdayCalendar &calendar,
                                                      const WarningPolicy &policy);
};

} // namespace onetrip
