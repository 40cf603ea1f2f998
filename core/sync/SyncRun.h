#pragma once

#include "common/Result.h"

namespace onetrip {

class SyncClient;
class SyncStore;
struct TerminalInfo;

// One sync of a terminal with a signed-in client: push every waiting event in batches
// (in sequence order), pull the hall's feed until it is drained, then take the catalog and
// calendar files the server published since this terminal's last ones. Stops at the first
// failure; what was done before it is saved (each step is its own transaction).
class SyncRun
{
public:
    struct Report
    {
        qint64 pushed = 0;   // events the server acknowledged as applied
        qint64 rejected = 0; // events the server refused (now conflicts)
        qint64 pulled = 0;   // events received from the server
        int catalogs = 0;    // catalog files published by the server, imported
        int calendars = 0;   // working-day calendar files, imported
    };
    static constexpr int kBatch = 500;

    static Result<Report> once(SyncStore &store, SyncClient &client, const TerminalInfo &terminal);
};

} // namespace onetrip
