#pragma once

#include "auth/User.h"
#include "documents/DocumentData.h"

#include <QString>

namespace onetrip {

// What each role may do: one table, asked by the terminal (to hide what a role may not do)
// and by the server (on every request and every event of a push).
namespace Permissions {

// Whether a person with `role` may have recorded an event of `eventType`. Unknown types are
// refused: a new event type must be added here before anyone may record it.
bool mayRecord(Role role, const QString &eventType);
// Whether a person with `role` may issue a document of `kind` (a case.document event, which
// mayRecord allows staff and agents): staff any kind; an agent only the 材料交接单 and the
// 代办办结单 of the 代办 they carry (the 委托书 is the hall's, at taking).
bool mayIssue(Role role, DocumentKind kind);
// Register a terminal with the server (its code goes into case numbers).
bool mayRegisterTerminal(Role role);
// Resolve a sync conflict: apply the change again on the new state, or discard it.
bool mayResolveConflicts(Role role);
// Add staff, reset passwords, set roles, halls and counters; add halls.
bool mayManageStaff(Role role);
// Push and pull case events (a terminal's sync).
bool maySync(Role role);

} // namespace Permissions

} // namespace onetrip
