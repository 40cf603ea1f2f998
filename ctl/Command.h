#pragma once

#include <QStringList>
#include <QTextStream>

namespace onetrip::ctl {

// Where a command writes: results to `out`, messages for people to `err`.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every command.
enum Exit : int
{
    Ok = 0,
    Invalid = 1,
    Usage = 2,
    Failed = 3,  // the store (or another resource) could not be opened or read
    NotFound = 4 // what the input names (an item, a bundle, a case) is not in the store
};

// The global options every command understands.
struct Options
{
    QString storePath; // --store FILE (default: the user's embedded store)
    QString dataDir;   // where shipped data lives (catalog, calendar)
};

int runCatalog(const QStringList &args, const Options &opts, Io io);
int runDb(const QStringList &args, const Options &opts, Io io);
int runId(const QStringList &args, const Options &opts, Io io);
int runDeadline(const QStringList &args, const Options &opts, Io io);
int runCalendar(const QStringList &args, const Options &opts, Io io);
int runUser(const QStringList &args, const Options &opts, Io io);
int runDemo(const QStringList &args, const Options &opts, Io io);
int runIntake(const QStringList &args, const Options &opts, Io io);
int runAudit(const QStringList &args, const Options &opts, Io io);
int runCase(const QStringList &args, const Options &opts, Io io);
int runGenerate(const QStringList &args, const Options &opts, Io io);
int runSync(const QStringList &args, const Options &opts, Io io);
int runHall(const QStringList &args, const Options &opts, Io io);
int runConflicts(const QStringList &args, const Options &opts, Io io);
int runSettings(const QStringList &args, const Options &opts, Io io);

} // namespace onetrip::ctl
