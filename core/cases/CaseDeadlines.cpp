#include "cases/CaseDeadlines.h"

#include "cases/CaseClockRules.h"
#include "cases/NoticeWindow.h"

namespace onetrip {

std::optional<DeadlineStatus> CaseDeadlines::processing(const CaseRecord &r, QDate today,
                                                        const WorkdayCalendar &calendar,
                                                        const WarningPolicy &policy)
{
    if (!CaseClockRules::limitRuns(r))
        return std::nullopt;
    return CaseClock::evaluate(r.acceptedOn, CaseClockRules::limitDays(r, calendar), r.pauses,
                               today, calendar, policy);
}

std::optional<DeadlineStatus> CaseDeadlines::supplement(const CaseRecord &r, QDate today,
                                                        const WorkdayCalendar &calendar,
                                                        const WarningPolicy &policy)
{
    if (r.status != CaseStatus::AcceptedWithDeferral || !r.supplementDue.isValid())
        return std::nullopt;
    return CaseClock::evaluateFixed(r.supplementDue, r.supplementDays, today, calendar, policy);
}

std::optional<DeadlineStatus> CaseDeadlines::noticeWindow(const CaseRecord &r, QDate today,
                                                          const WorkdayCalendar &calendar,
                                                          const WarningPolicy &policy)
{
    if (r.status != CaseStatus::Received || !r.noticeDue.isValid())
        return std::nullopt;
    return CaseClock::evaluateFixed(r.noticeDue, NoticeWindow::kWorkingDays, today, calendar,
                                    policy);
}

} // namespace onetrip
