#include "auth/Permissions.h"

#include "cases/CaseEvent.h"

#include <QLatin1String>

namespace onetrip::Permissions {

bool mayRecord(Role role, const QString &eventType)
{
    // Intake at the window, routing, recording the decision, the hand-out, the ratings and
    // their follow-up, showing a full ID number: clerks and
    // supervisors (综合窗口 records what the department decided). Agents carry 代办 cases (their
    // event types come with the case desk); administrators do not handle cases.
    static const char *const intake[] = {CaseEventType::Received,
                                         CaseEventType::Visit,
                                         CaseEventType::Checked,
                                         CaseEventType::SecondNoticeApproved,
                                         CaseEventType::StatusChanged,
                                         CaseEventType::ApplicantFlagged,
                                         CaseEventType::ClockPaused,
                                         CaseEventType::ClockResumed,
                                         CaseEventType::Routed,
                                         CaseEventType::Decided,
                                         CaseEventType::HandedOut,
                                         CaseEventType::Rated,
                                         CaseEventType::ComplaintFollowedUp,
                                         CaseEventType::IdRevealed};
    for (const char *type : intake) {
        if (eventType == QLatin1String(type))
            return role == Role::Clerk || role == Role::Supervisor;
    }
    // Documents: which kinds, mayIssue (an agent prints the 代办's 交接单 and 办结单).
    if (eventType == QLatin1String(CaseEventType::DocumentIssued))
        return role == Role::Clerk || role == Role::Supervisor || role == Role::Agent;
    if (eventType == QLatin1String(CaseEventType::ConflictResolved))
        return mayResolveConflicts(role);
    // 代办: the hall (a clerk or supervisor) gives a case to an agent, a supervisor to another;
    // handovers, the relay and the end are the agent's (or the staff's at the window).
    if (eventType == QLatin1String(CaseEventType::ProxyTaken))
        return role == Role::Clerk || role == Role::Supervisor;
    if (eventType == QLatin1String(CaseEventType::ProxyReassigned))
        return role == Role::Supervisor;
    for (const char *type :
         {CaseEventType::HandedOver, CaseEventType::ProxyStepped, CaseEventType::ProxyCompleted}) {
        if (eventType == QLatin1String(type))
            return role == Role::Clerk || role == Role::Supervisor || role == Role::Agent;
    }
    // 申诉: whether a rating was wrong is a supervisor's call, never the rated clerk's.
    if (eventType == QLatin1String(CaseEventType::RatingAppealed))
        return role == Role::Supervisor;
    return false;
}

bool mayIssue(Role role, DocumentKind kind)
{
    if (role == Role::Clerk || role == Role::Supervisor)
        return true;
    return role == Role::Agent &&
           (kind == DocumentKind::HandoverSlip || kind == DocumentKind::ProxyCompletion);
}

bool mayRegisterTerminal(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

bool mayResolveConflicts(Role role)
{
    return role == Role::Supervisor;
}

bool mayManageStaff(Role role)
{
    return role == Role::Admin;
}

bool maySync(Role role)
{
    return role != Role::Admin;
}

} // namespace onetrip::Permissions
