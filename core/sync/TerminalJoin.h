#pragma once

#include "cases/HallInfo.h"
#include "common/Result.h"

namespace onetrip {

class Database;
class SyncClient;
class SyncStore;
struct ServerTrust;

// A terminal joins a server once (signed in as a supervisor of its hall or an
// administrator): a fresh terminal takes the code the server assigns; a terminal that worked
// standalone keeps the code its case numbers carry, which the server grants unless another
// terminal of the hall has it. Its whole history is then pushed like any other events.
class TerminalJoin
{
public:
    // The terminal after joining (its code may be the server's new one).
    static Result<TerminalInfo> run(const Database &db, SyncStore &store, SyncClient &client,
                                    const HallSetup &setup, const QString &serverUrl,
                                    const ServerTrust &trust);
};

} // namespace onetrip
