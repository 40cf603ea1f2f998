#pragma once

#include "common/Result.h"

#include <functional>

namespace onetrip {

class Database;

// `onetripctl db rebuild`: throws away every case projection and replays the whole event
// log through CaseProjector::apply — the same function that wrote them — in one
// transaction: the store ends rebuilt or exactly as it was.
class CaseRebuild
{
public:
    struct Report
    {
        qint64 cases = 0;
        qint64 events = 0;
    };
    // `progress` (optional) is called with the cases done so far, every few thousand.
    static Result<Report> run(const Database &db, const std::function<void(qint64)> &progress = {});
    // One case made again from its line (CaseEventLog::lineOf), inside the caller's
    // transaction: after sync refused or overtook one of its events.
    static Status rebuildCase(const Database &db, const QString &caseNumber);
};

} // namespace onetrip
