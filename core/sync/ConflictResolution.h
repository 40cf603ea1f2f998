#pragma once

#include "auth/User.h"
#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace onetrip {

class Database;

// A supervisor settles the sync conflicts of one case (Permissions::mayResolveConflicts).
// Both ways are events of the case (case.conflict-resolved), so they sync like any change:
// - reapply: the refused changes are made again, in their order, on the case as it now
//   stands — refused, with the reason, when they no longer fit (then discard them);
// - discard: they are dropped for good, with the supervisor's written reason.
// The refused events themselves stay in the log (audit).
class ConflictResolution
{
public:
    ConflictResolution(const Database &db, TerminalInfo terminal, const Clock &clock);

    Status reapply(const QString &caseNumber, const User &supervisor);
    Status discard(const QString &caseNumber, const User &supervisor, const QString &reason);

private:
    Status resolve(const QString &caseNumber, const User &supervisor, bool reapply,
                   const QString &reason);

    const Database &m_db;
    TerminalInfo m_terminal;
    const Clock &m_clock;
};

} // namespace onetrip
