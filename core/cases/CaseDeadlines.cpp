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

namespace {

int urgency(DeadlineLight light)
{
    switch (light) {
    case DeadlineLight::Red:
        return 0;
    case DeadlineLight::Yellow:
        return 1;
    case DeadlineLight::Paused:
        return 2;
    case DeadlineLight::Green:
        break;
    }
    return 3;
}

} // namespace

std::optional<CaseDeadlines::Running> CaseDeadlines::mostUrgent(const CaseRecord &r, QDate today,
                                                                const WorkdayCalendar &calendar,
                                                                const WarningPolicy &policy)
{
    std::optional<Running> best;
    auto consider = [&best](Which which, const std::optional<DeadlineStatus> &s) {
        if (!s)
            return;
        const bool better =
            !best || urgency(s->light) < urgency(best->status.light) ||
            (urgency(s->light) == urgency(best->status.light) && s->due < best->status.due);
        if (better)
            best = Running{which, *s};
    };
    consider(Which::Processing, processing(r, today, calendar, policy));
    consider(Which::Supplement, supplement(r, today, calendar, policy));
    consider(Which::Notice, noticeWindow(r, today, calendar, policy));
    return best;
}

bool CaseDeadlines::mayRun(CaseStatus status)
{
    return status == CaseStatus::Received || status == CaseStatus::Accepted ||
           status == CaseStatus::AcceptedWithDeferral;
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
