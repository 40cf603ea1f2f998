#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace onetrip {

class Database;

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    // Rebuilds tables others refer to (SQLite's "make other kinds of table schema changes"):
    // foreign keys are switched off around the transaction and checked before COMMIT.
    bool rebuildsTables = false;
};

// Schema history of the local store. Each migration runs in its own BEGIN IMMEDIATE
// transaction together with its user_version bump, so a crash leaves a whole version.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
    // Brings the store up to `target` (default: latest). Refuses a newer store.
    static Status apply(const Database &db, int target = -1);
};

} // namespace onetrip
