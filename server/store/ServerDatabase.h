#pragma once

#include "common/Result.h"
#include "store/DatabaseUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct pg_conn;
using PGconn = pg_conn;

namespace onetrip::server {

// One connection to the server's database (PostgreSQL or SQLite), owned by one thread
// (QtSql connections belong to the thread that opened them). Statements are prepared once
// per connection and reused.
class ServerDatabase
{
public:
    static Result<std::unique_ptr<ServerDatabase>> open(const DatabaseUrl &url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    DatabaseUrl::Engine engine() const { return m_url.engine; }
    bool isPostgres() const { return m_url.engine == DatabaseUrl::Engine::PostgreSQL; }
    QSqlDatabase connection() const;
    // False once the connection failed (the server restarted): open a new one.
    bool isUsable() const;

    // Prepares (once), binds and runs `sql`; the query is positioned before its first row.
    // A null QString binds as '' (columns are NOT NULL text); QVariant() binds SQL NULL.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    Status exec(const QString &sql);

    // A write transaction: PostgreSQL READ COMMITTED with row locks taken by the caller;
    // SQLite BEGIN IMMEDIATE (the whole file is the lock).
    Status begin();
    Status commit();
    void rollback();
    // " FOR UPDATE" where the engine has row locks.
    QString forUpdate() const;
    // "column is one of a list" with the list bound as one value, listValue(values): one
    // statement for any number of keys. " = ANY(CAST(? AS TEXT[]))" on PostgreSQL,
    // " IN (SELECT value FROM json_each(?))" on SQLite.
    QString inList() const;
    QVariant listValue(const QStringList &values) const;
    // INSERT INTO table (columns) of many rows, in order, bound as run() binds. PostgreSQL
    // inside a transaction: one COPY; otherwise VALUES lists, a hundred rows a statement
    // (statements of 100, 25, 5 and 1 rows, each prepared once).
    Status insertRows(const QString &table, const QString &columns,
                      const QList<QVariantList> &rows);

    // A failure another attempt may not meet: deadlock, serialisation, busy, lost connection.
    static bool isTransient(const QString &detail);

private:
    ServerDatabase(DatabaseUrl url, QString name);
    // The libpq connection under QtSql's PostgreSQL driver; null on SQLite.
    PGconn *postgresHandle() const;
    Status copyRows(PGconn *pg, const QString &table, const QString &columns,
                    const QList<QVariantList> &rows);

    DatabaseUrl m_url;
    QString m_name;
    QHash<QString, QSqlQuery *> m_statements;
    bool m_broken = false;
};

// BEGIN ... COMMIT; rolls back when destroyed uncommitted.
class ServerTransaction
{
public:
    explicit ServerTransaction(ServerDatabase &db)
        : m_db(db)
    {
    }
    ~ServerTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    Status begin()
    {
        Status s = m_db.begin();
        m_active = s.ok();
        return s;
    }
    Status commit()
    {
        Status s = m_db.commit();
        m_active = false;
        return s;
    }

private:
    ServerDatabase &m_db;
    bool m_active = false;
};

// Hands each thread its own connection to one database, opened on first use and opened
// again after it broke.
class ServerStore
{
public:
    explicit ServerStore(DatabaseUrl url);
    const DatabaseUrl &url() const { return m_url; }
    Result<ServerDatabase *> local();

private:
    DatabaseUrl m_url;
    quint64 m_id;
};

} // namespace onetrip::server
