#pragma once

#include "common/Clock.h"
#include "common/Result.h"

namespace onetrip {

class Database;
class SyncClient;

// Takes the catalog and working-day calendar files the server published since this
// terminal's last ones and imports them with the same importers as `onetripctl catalog
// import` / `calendar import`, each then recorded as this terminal's version. A file a
// terminal cannot import stops there (the version stays): said, never half-imported.
class PublicationSync
{
public:
    struct Report
    {
        int catalogs = 0;
        int calendars = 0;
    };
    static Result<Report> run(const Database &db, SyncClient &client, const Clock &clock);
};

} // namespace onetrip
