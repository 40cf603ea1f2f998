#pragma once

#include "cases/CaseChange.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseProjector.h"
#include "cases/HallInfo.h"
#include "common/Result.h"

#include <QList>

#include <functional>

namespace onetrip {

class Database;

// The one commit path for changes to cases: BEGIN IMMEDIATE; the command decides under the
// write lock (reads the case again, takes numbers) and returns its changes; their events are
// appended to the log and applied through CaseProjector; COMMIT; then listeners are told
// (StoreNotifier). Any failure rolls the whole transaction back: nothing half-written.
class CaseWriter
{
public:
    using Decide = std::function<Result<QList<CaseChange>>()>;

    CaseWriter(const Database &db, const TerminalInfo &terminal);

    // The cases as stored after the commit, one per change, in order.
    Result<QList<CaseRecord>> commit(const Decide &decide);

private:
    const Database &m_db;
    CaseEventLog m_log;
    CaseProjector m_projector;
};

} // namespace onetrip
