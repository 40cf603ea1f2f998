#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("onetrip-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString &path, Mode mode)
{
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return Error{
            QCoreApplication::translate("Database", "The store %1 does not exist.").arg(path), {}};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(path, name));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    conn.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    // A read-only connection to a WAL store cannot remove the log it opens: left behind, it
    // reads as an unclean shutdown at the next start (a quick_check of every page). So where
    // the files may be written, a read-only store is a read-write connection that refuses
    // to write (query_only, set in configure()) and, the last to close, removes its log.
    const QFileInfo file(path);
    if (mode == Mode::ReadOnly &&
        !(file.isWritable() && QFileInfo(file.absolutePath()).isWritable()))
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    conn.setConnectOptions(options);
    if (!conn.open()) {
        if (isDamage(conn.lastError()))
            return damagedStore(path, conn.lastError().text());
        return Error{QCoreApplication::translate(
                         "Database",
                         "Cannot open the store %1. Check that the folder exists and is "
                         "writable.")
                         .arg(path),
                     conn.lastError().text()};
    }
    if (Status s = db->configure(mode); !s)
        return s.error();
    return db;
}

bool Database::closedCleanly(const QString &path)
{
    // SQLite checkpoints and deletes the write-ahead log when the last connection closes; a
    // log left behind means a process was killed (or the machine lost power) with the store
    // open — or another process has it open now.
    return !QFileInfo::exists(path + QStringLiteral("-wal"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    // quick_check reads every page: a minute and more on a store of millions of cases, so
    // only when the store may not have been closed cleanly. A page damaged otherwise is
    // still reported as damage where it is read (isDamage), and `onetripctl db check` runs
    // the full integrity check.
    const bool check = !closedCleanly(path);
    auto db = openRaw(path, mode);
    if (!db)
        return db;
    if (check) {
        if (Status s = db.value()->quickCheck(); !s)
            return s.error();
    }
    if (mode == Mode::ReadWrite) {
        if (Status s = Migrations::apply(*db.value()); !s)
            return s.error();
    } else if (db.value()->userVersion() > Migrations::latestVersion()) {
        return Error{QCoreApplication::translate(
                         "Database",
                         "The store %1 was written by a newer version of OneTrip (schema %2; "
                         "this program knows up to %3). Install the newer version.")
                         .arg(path)
                         .arg(db.value()->userVersion())
                         .arg(Migrations::latestVersion()),
                     {}};
    }
    return db;
}

Status Database::configure(Mode mode)
{
    // Checked reads first: an unreadable file must fail here, not in the first screen.
    {
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("PRAGMA schema_version")) || !probe.next()) {
            if (isDamage(probe.lastError()))
                return damagedStore(m_path, probe.lastError().text());
            return Status::failure(
                QCoreApplication::translate("Database",
                                            "The file %1 is not a OneTrip store or is damaged.")
                    .arg(m_path),
                probe.lastError().text());
        }
    } // finished here: an open statement would hold a read transaction and block WAL
    if (mode == Mode::ReadWrite) {
        QSqlQuery wal(connection());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            if (isDamage(wal.lastError()))
                return damagedStore(m_path, wal.lastError().text());
            return Status::failure(
                QCoreApplication::translate("Database", "Cannot switch the store to WAL mode."),
                wal.lastError().text());
        }
    }
    if (mode == Mode::ReadOnly) {
        if (Status s = exec(QStringLiteral("PRAGMA query_only=ON")); !s)
            return s;
    }
    // A printed receipt is a promise: every commit reaches the disk before we go on.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::userVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::quickCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return damagedStore(m_path, q.lastError().text());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid() && isDamage(q.lastError()))
        problems << q.lastError().text();
    if (problems != QStringList{QStringLiteral("ok")})
        return damagedStore(m_path, problems.join(QLatin1Char('\n')));
    return {};
}

Result<QStringList> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{QCoreApplication::translate("Database", "The integrity check could not run."),
                     q.lastError().text()};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << QCoreApplication::translate(
                            "Database", "Row %1 of table %2 refers to a missing row in %3.")
                            .arg(fk.value(1).toString(), fk.value(0).toString(),
                                 fk.value(2).toString());
    }
    return problems;
}

Status Database::backupTo(const QString &destination) const
{
    if (QFileInfo::exists(destination))
        return Status::failure(
            QCoreApplication::translate("Database",
                                        "%1 already exists. Choose a new file name for the backup.")
                .arg(destination));
    // VACUUM INTO writes only the copy, but query_only (a read-only store) refuses it: lifted
    // for the one statement.
    bool queryOnly = false;
    {
        QSqlQuery mode(connection());
        queryOnly = mode.exec(QStringLiteral("PRAGMA query_only")) && mode.next() &&
                    mode.value(0).toInt() == 1;
    }
    if (queryOnly) {
        if (Status s = exec(QStringLiteral("PRAGMA query_only=OFF")); !s)
            return s;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(destination);
    const bool copied = q.exec();
    if (queryOnly) {
        if (Status s = exec(QStringLiteral("PRAGMA query_only=ON")); !s)
            return s;
    }
    if (!copied)
        return Status::failure(QCoreApplication::translate(
                                   "Database",
                                   "The backup to %1 failed. Check the free space and that the "
                                   "folder is writable.")
                                   .arg(destination),
                               q.lastError().text());
    return {};
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        if (isDamage(q.lastError()))
            return damagedStore(m_path, sql + QLatin1String(": ") + q.lastError().text());
        return Status::failure(
            QCoreApplication::translate("Database", "A database operation failed."),
            sql + QLatin1String(": ") + q.lastError().text());
    }
    return {};
}

bool Database::isDamage(const QSqlError &error)
{
    // Qt gives SQLite's (extended) result code as text; the primary code is its low byte.
    bool number = false;
    const int code = error.nativeErrorCode().toInt(&number);
    if (!number)
        return false;
    constexpr int sqliteCorrupt = 11;
    constexpr int sqliteNotADatabase = 26;
    return (code & 0xFF) == sqliteCorrupt || (code & 0xFF) == sqliteNotADatabase;
}

Error Database::damagedStore(const QString &path, const QString &detail)
{
    return Error{QCoreApplication::translate(
                     "Database",
                     "The store file %1 is damaged (or is not a OneTrip store) and cannot be "
                     "used. Nothing was changed. To put your latest backup back, close OneTrip "
                     "on this computer and run:\n"
                     "onetripctl --store \"%1\" db restore BACKUP\n"
                     "where BACKUP is a file written by onetripctl db backup. The command keeps "
                     "the damaged file beside the store (see \"Backup and restore\" in "
                     "docs/storage.md).")
                     .arg(QDir::toNativeSeparators(path)),
                 detail};
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    if (m_active)
        return {};
    m_nested = m_db.m_transactionDepth > 0;
    if (m_nested) {
        m_active = true;
        ++m_db.m_transactionDepth;
        return {};
    }
    Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!s)
        return Status::failure(
            QCoreApplication::translate("Database", "The store is busy or read-only; the change "
                                                    "was not saved. Try again."),
            s.error().detail);
    m_active = true;
    ++m_db.m_transactionDepth;
    m_db.m_transactionDoomed = false;
    m_db.notifier().hold();
    return {};
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Status::failure(QCoreApplication::translate(
            "Database", "Saving failed; nothing was changed. Try again."));
    if (m_nested) {
        // Committed with the outer one.
        m_active = false;
        --m_db.m_transactionDepth;
        return {};
    }
    if (m_db.m_transactionDoomed) {
        rollback();
        return Status::failure(QCoreApplication::translate(
            "Database", "Saving failed; nothing was changed. Try again."));
    }
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return Status::failure(QCoreApplication::translate(
                                   "Database", "Saving failed; nothing was changed. Try again."),
                               s.error().detail);
    }
    m_active = false;
    --m_db.m_transactionDepth;
    m_db.notifier().release(true);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_nested) {
        // Its changes cannot be taken out of the outer one alone: none of it may stay.
        m_db.m_transactionDoomed = true;
        return;
    }
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
    m_db.notifier().release(false);
}

} // namespace onetrip
