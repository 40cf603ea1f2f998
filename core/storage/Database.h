#pragma once

#include "common/Result.h"
#include "storage/StoreNotifier.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace onetrip {

// One SQLite store file: WAL, synchronous=FULL, foreign keys, migrations by user_version,
// quick_check at open after an unclean shutdown. One Database (one Qt connection) per thread.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the latest schema. A store written by a
    // newer program is refused with a message; a damaged one (SQLite reports it corrupt or
    // not a database, or quick_check — run when the store was not closed cleanly — finds
    // problems) with damagedStore().
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Opens without migrating (tests, `db check` on a damaged file).
    static Result<std::unique_ptr<Database>> openRaw(const QString &path,
                                                     Mode mode = Mode::ReadWrite);

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }

    // Whether the store at `path` was closed cleanly last time (no write-ahead log left).
    static bool closedCleanly(const QString &path);
    int userVersion() const;
    Status quickCheck() const;
    // The full PRAGMA integrity_check; the problems it lists, empty when the file is sound.
    Result<QStringList> integrityCheck() const;
    // A consistent copy taken while the store stays in use (VACUUM INTO).
    Status backupTo(const QString &destination) const;

    // Runs one statement; a failure carries the statement's error as detail.
    Status exec(const QString &sql) const;

    // SQLite's verdict that the file is damaged or not a database (SQLITE_CORRUPT,
    // SQLITE_NOTADB), from a failed statement's error.
    static bool isDamage(const QSqlError &error);
    // The message for a damaged store file: it is damaged, nothing was changed, and how to
    // put a backup back (`onetripctl db restore BACKUP`).
    static Error damagedStore(const QString &path, const QString &detail);
    // Signals commits to listeners of this process (StoreNotifier).
    StoreNotifier &notifier() const { return *m_notifier; }

private:
    friend class WriteTransaction;
    Database(QString path, QString connectionName);
    Status configure(Mode mode);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<StoreNotifier> m_notifier = std::make_unique<StoreNotifier>();
    mutable int m_transactionDepth = 0;       // WriteTransactions open on this connection
    mutable bool m_transactionDoomed = false; // a joined one rolled back
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted. Qt's transaction()
// sends a plain BEGIN, which fails under WAL contention when a read turns into a write.
// Inside another WriteTransaction on the same Database it joins that one (a bulk run of many
// commands, all or nothing): its commit leaves its changes for the outer one to commit, and
// its rollback dooms the outer one, whose commit then rolls everything back and fails. (Not
// savepoints: a savepoint per command costs more than the commits it saves.)
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    const Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace onetrip
