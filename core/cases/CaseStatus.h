#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// Where a case stands (办件状态): intake, then the decision and the hand-out (一口出).
enum class CaseStatus
{
    Received,             // materials received, no decision yet (Art. 32 window running)
    CorrectionRequested,  // a one-time notice was issued (补正)
    Accepted,             // 受理
    AcceptedWithDeferral, // 容缺受理: secondary materials promised by the supplement date
    Declined,             // 不予受理
    Terminated,           // 终止: the 容缺 supplement was not brought in time
    Withdrawn,            // 撤回: the applicant withdrew before a decision
    Approved,             // 准予: decided for the applicant (certificate / licence number)
    Refused,              // 不予许可: decided against, with the reason and the rights
    HandedOut,            // 已出件: the result handed to the collector or sent by express
};

// Stable keys for the store and events ("received", "correction-requested" ...).
QString toKey(CaseStatus status);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
// The name shown to people (context "Cases").
QString displayName(CaseStatus status);

// The explicit transition table (docs/cases.md):
//   Received             -> CorrectionRequested | Accepted | AcceptedWithDeferral | Declined
//                           | Withdrawn
//   CorrectionRequested  -> Accepted | AcceptedWithDeferral | CorrectionRequested (a second
//                           notice, exceptional: needs a supervisor) | Declined | Withdrawn
//   AcceptedWithDeferral -> Accepted (supplement complete) | Terminated (supplement overdue)
//   Accepted             -> Approved | Refused (the decision; 容缺 must be complete first)
//   Approved, Refused    -> HandedOut
//   Declined, Terminated, Withdrawn, HandedOut: final.
class CaseTransitions
{
public:
    // Whether the table allows going from `from` to `to`.
    static bool allowed(CaseStatus from, CaseStatus to);
    // The same, as a Status: an illegal transition is refused with a translated message
    // naming both states and what is possible from `from`.
    static Status check(CaseStatus from, CaseStatus to);
    // Every status reachable from `from` in one step, in table order.
    static QList<CaseStatus> targets(CaseStatus from);
    // Every status, in declaration order.
    static QList<CaseStatus> all();
};

} // namespace onetrip
