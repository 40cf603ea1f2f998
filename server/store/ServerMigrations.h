#pragma once

#include "common/Result.h"

namespace onetrip::server {

class ServerDatabase;

// The server's schema history, one list for PostgreSQL and SQLite (portable SQL only).
// Each migration runs in one transaction with its version bump; a database newer than the
// program is refused. Several instances starting at once serialise on the version row.
class ServerMigrations
{
public:
    static int latestVersion();
    static Status apply(ServerDatabase &db);
    static Result<int> currentVersion(ServerDatabase &db);
};

} // namespace onetrip::server
