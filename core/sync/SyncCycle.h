#pragma once

#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/ServerTrust.h"
#include "sync/SyncRun.h"
#include "sync/SyncStore.h"

#include <optional>

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
    // `trust`: the CA and fingerprint given now (they replace the kept ones); without them the
    // ones kept when the terminal joined are used.
    static Result<Outcome> withPassword(const Database &db, const Clock &clock, SyncClient &client,
                                        const QString &login, const QString &password,
                                        const std::optional<ServerTrust> &trust = std::nullopt);
    // The first contact of a store with the server `client` points at (the window's
    // "connect to server", and withPassword): signs in as `login` (a supervisor of the hall
    // or an administrator), registers the terminal and keeps the server's address, the
    // terminal key and `trust`. Refused when the store is registered already.
    static Result<TerminalInfo> join(const Database &db, const Clock &clock, SyncClient &client,
                                     const QString &login, const QString &password,
                                     const ServerTrust &trust);
};

} // namespace onetrip
