#include "Command.h"
#include "StoreAccess.h"

#include "cases/CaseRebuild.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

namespace onetrip::ctl {

namespace {

int check(const Options &opts, Io io)
{
    if (!QFileInfo::exists(opts.storePath)) {
        io.err << QCoreApplication::translate("onetripctl", "The store %1 does not exist.")
                      .arg(opts.storePath)
               << '\n';
        return Failed;
    }
    // Raw open: a damaged or newer store must still be checkable.
    auto db = Database::openRaw(opts.storePath, Database::Mode::ReadOnly);
    if (!db) {
        printError(db.error(), io);
        return Failed;
    }
    auto problems = db.value()->integrityCheck();
    if (!problems) {
        io.err << problems.error().message << '\n';
        return Failed;
    }
    if (!problems->isEmpty()) {
        for (const QString &p : problems.value())
            io.out << p << '\n';
        io.err << QCoreApplication::translate("onetripctl", "%1: %2 problem(s).")
                      .arg(opts.storePath)
                      .arg(problems->size())
               << '\n'
               << Database::damagedStore(opts.storePath, {}).message << '\n';
        return Invalid;
    }
    io.out << QCoreApplication::translate("onetripctl", "%1: ok (schema %2).")
                  .arg(opts.storePath)
                  .arg(db.value()->userVersion())
           << '\n';
    return Ok;
}

int backup(const QString &destination, const Options &opts, Io io)
{
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    if (Status s = db->backupTo(destination); !s) {
        io.err << s.message() << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate("onetripctl", "Backup written to %1.").arg(destination)
           << '\n';
    return Ok;
}

// Refuses a restore: why, and that the store was left as it was.
int refuseRestore(const QString &why, const QString &detail, Io io)
{
    io.err << why << ' ' << QCoreApplication::translate("onetripctl", "The store was not changed.")
           << '\n';
    if (!detail.isEmpty())
        io.err << QCoreApplication::translate("onetripctl", "Detail: %1").arg(detail) << '\n';
    return Failed;
}

bool hasStoreTables(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name IN ('setting', 'catalog_item', 'app_user')")) &&
           q.next() && q.value(0).toInt() == 3;
}

// `name`, or `name-2`, `name-3` ... when a file of that name (or its -wal) exists already.
QString unusedName(const QString &name)
{
    QString candidate = name;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u"-wal"); ++n)
        candidate = name + u'-' + QString::number(n);
    return candidate;
}

int restore(const QString &backupPath, const Options &opts, Io io)
{
    const QString store = opts.storePath;
    const QString backupShown = QDir::toNativeSeparators(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return refuseRestore(
            QCoreApplication::translate("onetripctl", "The backup %1 does not exist.")
                .arg(backupShown),
            {}, io);
    if (QFileInfo::exists(store) &&
        QFileInfo(backupPath).canonicalFilePath() == QFileInfo(store).canonicalFilePath())
        return refuseRestore(
            QCoreApplication::translate("onetripctl", "%1 is the store itself, not a backup of it.")
                .arg(backupShown),
            {}, io);

    // 1. The backup must be a sound OneTrip store this program can read.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString copy = unusedName(store + QStringLiteral(".restoring-") + stamp);
    int schema = 0;
    {
        auto backup = Database::openRaw(backupPath, Database::Mode::ReadOnly);
        if (!backup)
            return refuseRestore(QCoreApplication::translate(
                                     "onetripctl",
                                     "The backup %1 cannot be used: it is damaged or is not a "
                                     "OneTrip store.")
                                     .arg(backupShown),
                                 backup.error().detail, io);
        auto problems = backup.value()->integrityCheck();
        if (!problems)
            return refuseRestore(
                QCoreApplication::translate("onetripctl",
                                            "The backup %1 cannot be checked, so it was not used.")
                    .arg(backupShown),
                problems.error().detail, io);
        if (!problems->isEmpty())
            return refuseRestore(
                QCoreApplication::translate(
                    "onetripctl",
                    "The backup %1 is damaged too (%2 problem(s)); try an older backup.")
                    .arg(backupShown)
                    .arg(problems->size()),
                problems->mid(0, 5).join(QLatin1Char('\n')), io);
        schema = backup.value()->userVersion();
        if (schema < 1 || !hasStoreTables(*backup.value()))
            return refuseRestore(
                QCoreApplication::translate("onetripctl", "%1 is not a OneTrip store.")
                    .arg(backupShown),
                {}, io);
        if (schema > Migrations::latestVersion())
            return refuseRestore(QCoreApplication::translate(
                                     "onetripctl",
                                     "The backup %1 was written by a newer version of OneTrip "
                                     "(schema %2; this program knows up to %3). Restore it with "
                                     "that version.")
                                     .arg(backupShown)
                                     .arg(schema)
                                     .arg(Migrations::latestVersion()),
                                 {}, io);
        // A self-contained copy beside the store (with anything still in the backup's -wal).
        if (Status s = backup.value()->backupTo(copy); !s)
            return refuseRestore(s.message(), s.error().detail, io);
    }
    QFile readCopy(copy);
    if (!readCopy.open(QIODevice::ReadOnly))
        return refuseRestore(
            QCoreApplication::translate("onetripctl", "The copy of the backup cannot be read."),
            readCopy.errorString(), io);
    const QByteArray bytes = readCopy.readAll();
    readCopy.close();
    QFile::remove(copy); // our own temporary copy: the bytes are in memory now

    // 2. The file being replaced is kept aside, with its -wal and -shm: never deleted. A
    // stale -wal must not stay: SQLite would replay it onto the restored file.
    const QString keptAs = unusedName(store + QStringLiteral(".damaged-") + stamp);
    const bool hadStore = QFileInfo::exists(store);
    if (hadStore && !QFile::copy(store, keptAs))
        return refuseRestore(
            QCoreApplication::translate(
                "onetripctl",
                "The store cannot be kept aside as %1. Check the free space and that the "
                "folder is writable.")
                .arg(QDir::toNativeSeparators(keptAs)),
            {}, io);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = store + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, keptAs + QLatin1String(suffix)))
            return refuseRestore(
                QCoreApplication::translate("onetripctl",
                                            "%1 cannot be moved aside; is OneTrip still running?")
                    .arg(QDir::toNativeSeparators(side)),
                {}, io);
    }

    // 3. The backup's copy takes the store's place in one step (written, synced, renamed).
    QSaveFile out(store);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        io.err << QCoreApplication::translate(
                      "onetripctl",
                      "The backup could not be copied to %1: %2. The store file is as it was.")
                      .arg(QDir::toNativeSeparators(store), out.errorString())
               << '\n';
        return Failed;
    }
    auto restored = Database::openRaw(store, Database::Mode::ReadOnly);
    if (!restored || !restored.value()->quickCheck()) {
        io.err << QCoreApplication::translate("onetripctl",
                                              "The restored store %1 does not pass its check.")
                      .arg(QDir::toNativeSeparators(store))
               << '\n';
        return Failed;
    }

    io.out << QCoreApplication::translate("onetripctl",
                                          "The backup %1 passed its integrity check (schema %2).")
                  .arg(backupShown)
                  .arg(schema)
           << '\n';
    if (hadStore)
        io.out << QCoreApplication::translate(
                      "onetripctl", "The previous store file was kept as %1; nothing was deleted.")
                      .arg(QDir::toNativeSeparators(keptAs))
               << '\n';
    io.out << QCoreApplication::translate(
                  "onetripctl",
                  "The backup was copied to %1. The store now holds what it held when the "
                  "backup was made; enter again what was done after that.")
                  .arg(QDir::toNativeSeparators(store))
           << '\n';
    return Ok;
}

// Every case projection made again from the event log (CaseRebuild), in one transaction.
int rebuild(const Options &opts, Io io)
{
    if (!QFileInfo::exists(opts.storePath)) {
        io.err << QCoreApplication::translate("onetripctl", "The store %1 does not exist.")
                      .arg(opts.storePath)
               << '\n';
        return Failed;
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    auto report = CaseRebuild::run(*db, [&io](qint64 cases) {
        io.err << QCoreApplication::translate("onetripctl", "%1 cases rebuilt ...").arg(cases)
               << '\n';
        io.err.flush();
    });
    if (!report) {
        printError(report.error(), io);
        io.err << QCoreApplication::translate("onetripctl", "Nothing was changed.") << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate("onetripctl", "Rebuilt %1 case(s) from %2 event(s).")
                  .arg(report->cases)
                  .arg(report->events)
           << '\n';
    return Ok;
}

} // namespace

int runDb(const QStringList &args, const Options &opts, Io io)
{
    if (args.value(0) == QLatin1String("check") && args.size() == 1)
        return check(opts, io);
    if (args.value(0) == QLatin1String("backup") && args.size() == 2)
        return backup(args.at(1), opts, io);
    if (args.value(0) == QLatin1String("restore") && args.size() == 2)
        return restore(args.at(1), opts, io);
    if (args.value(0) == QLatin1String("rebuild") && args.size() == 1)
        return rebuild(opts, io);
    io.err << QCoreApplication::translate(
                  "onetripctl",
                  "Usage: onetripctl db check | db backup FILE | db restore BACKUP | db rebuild")
           << '\n';
    return Usage;
}

} // namespace onetrip::ctl
