#pragma once

#include "auth/User.h"

#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// The worklists of the case desk (docs/cases.md §6). Which cases each holds is decided in
// one place, WorklistQuery.
enum class WorklistKind
{
    All,               // 全部办件: every case of the hall
    MineToday,         // 我今天的办件: cases the signed-in person saw the applicant for today
    Correction,        // 待补正: materials received, not yet accepted (notice window, Art. 32)
    Supplement,        // 容缺待补: accepted with deferral, waiting for the promised materials
    InProgress,        // 办理中: accepted, the time limit running
    InApproval,        // 审批中: accepted and sent to the deciding department (分转)
    Overdue,           // 已超期: any running deadline passed
    ReadyForHandOut,   // 待出件: decided, the result not yet handed out
    Ended,             // 终止与撤回: terminated or withdrawn
    ComplaintFollowUp, // 差评待整改: a 不满意/非常不满意 rating whose follow-up is open
    MyProxyCases,      // 我的代办: the signed-in agent's 代办 still running
    ProxyCases,        // 代办中: every 代办 still running
};

// Which deadline gives a list its lights, its due column and its light filter.
enum class WorklistClock
{
    None,
    Processing,
    Supplement,
    Notice,
    MostUrgent, // the most urgent of those running (CaseDeadlines::mostUrgent)
    FollowUp,   // the 差评 follow-up due first (RatingRules::firstOpen)
    Commitment, // the agent's commitment date of a running 代办 (ProxyRules::commitment)
};

// Stable keys ("all", "mine-today" ...) and the name shown (context "Worklists").
QString toKey(WorklistKind kind);
std::optional<WorklistKind> worklistKindFromKey(const QString &key);
QString displayName(WorklistKind kind);
WorklistClock clockOf(WorklistKind kind);
QList<WorklistKind> allWorklists();
// The lists a role works with: an agent only their own 代办 (they see no other case); the
// hall's staff every other list.
QList<WorklistKind> worklistsFor(Role role);

} // namespace onetrip
