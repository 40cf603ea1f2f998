#include "cases/CaseDeadlines.h"

#include "cases/NoticeWindow.h"

namespace onetrip {

std::optional<DeadlineStatus> CaseDeadlines::processing(const CaseRecord &r, QDate today,
                                                        const WorkdayCalendar &calendar,
                                                        const WarningPolicy &policy)
{
    if (r.status != CaseStatus::Accepted && r.status != CaseStatus::AcceptedWithDeferral)
        return std::nullopt;
    if (!r.acceptedOn.isValid())
        return std::nullopt;
    // Cases accepted before the limit was recorded: the working days their due date was
    // counted with (the calendar of today; a holiday added since then is not known).
    const int limit = r.limitDays >= 0 ? r.limitDays
                      : r.dueDate.isValid()
                          ? calendar.workingDaysBetween(r.acceptedOn, r.dueDate).count
                          : -1;
    if (limit < 0)
        return std::nullopt;
    return CaseClock::evaluate(r.acceptedOn, limit, r.pauses, today, calendar, policy);
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
