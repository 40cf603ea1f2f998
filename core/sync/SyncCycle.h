#pragma once

#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/SyncRun.h"
#include "sync/SyncStore.h"

namespace onetrip {

class Database;
class SyncClient;

// A whole sync of a terminal store for someone who signs in with a password
// (`onetripctl sync`, headless terminals): joins the server the first time, signs in with
// the terminal's proof, runs SyncRun::once and records how it went in the store.
class SyncCycle
{
public:
    struct Outcome
    {
        TerminalInfo terminal;
        bool registeredNow = false;
        SyncRun::Report report;
        SyncStore::Counts counts;
    };
    static Result<Outcome> withPassword(const Database &db, const Clock &clock, SyncClient &client,
                                        const QString &login, const QString &password);
};

} // namespace onetrip
