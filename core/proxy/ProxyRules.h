#pragma once

#include "auth/User.h"
#include "cases/CaseRecord.h"
#include "common/Result.h"
#include "deadline/CaseClock.h"
#include "proxy/ProxyCase.h"

namespace onetrip {

// 代办 in one place for the commands and the projector (terminal and server): taking a case
// for the applicant, the chain of custody without gaps (each handover starts from whoever
// holds the materials, with the case's agent on one side), the relay log, the supervisor's
// reassignment, and the end. Who may record which event is Permissions'; which cases an agent
// may touch is mayHandle (and, on the server, the case's assignment).
class ProxyRules
{
public:
    static constexpr int kMaxTextLength = 500;
    static constexpr int kMaxCopies = 99;

    // A case still being handled, without a 代办 yet: the agent, at least one thing delegated,
    // the applicant's contact, a commitment date not before `on`.
    static Status mayTake(const CaseRecord &record, const ProxyCase &proxy, QDate on);
    // The case part of mayTake: still being handled, no 代办 running.
    static Status mayBeTaken(const CaseRecord &record);
    static Status mayHandOver(const CaseRecord &record, const Handover &handover);
    static Status mayStep(const CaseRecord &record, const ProxyStep &step);
    static Status mayReassign(const CaseRecord &record, const QString &toLogin,
                              const QString &reason);
    // The materials (and the result) back with the applicant.
    static Status mayComplete(const CaseRecord &record, const QString &summary);
    // Whether the 代办 ended by the agent's commitment date (the day itself counts).
    static bool commitmentKept(const ProxyCase &proxy);
    // The agent's commitment date as a deadline while the 代办 runs (none once it ended): a
    // calendar day the agent set, red after it, yellow within the warning window of the
    // working days from taking the case to it.
    static std::optional<DeadlineStatus> commitment(const ProxyCase &proxy, QDate today,
                                                    const WorkdayCalendar &calendar,
                                                    const WarningPolicy &policy);
    // The same from the two days alone (what the deadline index and the worklist rows keep).
    static DeadlineStatus commitmentDeadline(QDate takenOn, QDate commitDate, QDate today,
                                             const WorkdayCalendar &calendar,
                                             const WarningPolicy &policy);

    // Whether `user` may see and change the case: staff any case of the hall; an agent only
    // the cases carried by them.
    static bool mayHandle(const CaseRecord &record, const User &user);
    // What a reassignment adds to the chain: the old agent's materials to the new agent, when
    // the old agent holds them (else nothing changes hands).
    static std::optional<Handover> reassignmentLink(const ProxyCase &proxy, const Party &to,
                                                    const QString &reason);
};

} // namespace onetrip
