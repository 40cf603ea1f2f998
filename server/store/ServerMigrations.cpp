#include "store/ServerMigrations.h"

#include "store/ServerDatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace onetrip::server {

namespace {

struct ServerMigration
{
    int version;
    QStringList statements;
};

const QList<ServerMigration> &migrations()
{
    static const QList<ServerMigration> all = {
        {1,
         {QStringLiteral(R"(CREATE TABLE hall (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                feed_cursor BIGINT NOT NULL DEFAULT 0 CHECK (feed_cursor >= 0),
                created_at TEXT NOT NULL))"),
          QStringLiteral(R"(CREATE TABLE terminal (
                hall_code TEXT NOT NULL REFERENCES hall (code),
                code TEXT NOT NULL,
                key_hash TEXT NOT NULL,
                registered_by TEXT NOT NULL,
                registered_at TEXT NOT NULL,
                last_seq BIGINT NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
                last_hash TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                PRIMARY KEY (hall_code, code)))"),
          QStringLiteral(R"(CREATE TABLE staff (
                login TEXT PRIMARY KEY,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('clerk', 'agent', 'supervisor', 'admin')),
                hall_code TEXT REFERENCES hall (code),
                counter TEXT NOT NULL DEFAULT '',
                password_hash TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
          QStringLiteral(R"(CREATE TABLE auth_token (
                token_hash TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
                login TEXT NOT NULL REFERENCES staff (login),
                terminal_code TEXT NOT NULL DEFAULT '',
                family TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))))"),
          QStringLiteral("CREATE INDEX auth_token_family ON auth_token (family)"),
          // Sign-ins and failed sign-ins: who, when, from where, what happened.
          QStringLiteral(R"(CREATE TABLE login_audit (
                at TEXT NOT NULL,
                login TEXT NOT NULL,
                peer TEXT NOT NULL,
                outcome TEXT NOT NULL))"),
          // Every event a terminal pushed, applied or rejected, in its terminal's order: the
          // server's copy of each hash chain. Applied events have their place in the hall's
          // change feed (feed_cursor).
          QStringLiteral(R"(CREATE TABLE sync_event (
                hall_code TEXT NOT NULL,
                terminal_code TEXT NOT NULL,
                terminal_seq BIGINT NOT NULL CHECK (terminal_seq >= 1),
                id TEXT NOT NULL,
                case_number TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                type TEXT NOT NULL,
                payload TEXT NOT NULL,
                base_version INTEGER NOT NULL CHECK (base_version >= 0),
                parent_id TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('applied', 'rejected')),
                feed_cursor BIGINT,
                reject_code TEXT NOT NULL DEFAULT '',
                reject_reason TEXT NOT NULL DEFAULT '',
                pushed_by TEXT NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (hall_code, terminal_code, terminal_seq),
                FOREIGN KEY (hall_code, terminal_code) REFERENCES terminal (hall_code, code),
                CHECK ((state = 'applied') = (feed_cursor IS NOT NULL))))"),
          QStringLiteral("CREATE UNIQUE INDEX sync_event_applied_id ON sync_event (id) "
                         "WHERE state = 'applied'"),
          QStringLiteral("CREATE INDEX sync_event_id ON sync_event (id)"),
          QStringLiteral("CREATE UNIQUE INDEX sync_event_feed ON sync_event (hall_code, "
                         "feed_cursor)"),
          QStringLiteral("CREATE INDEX sync_event_case ON sync_event (case_number, "
                         "base_version) WHERE state = 'applied'"),
          // Where each case stands on the server: what the next event must follow.
          QStringLiteral(R"(CREATE TABLE case_head (
                number TEXT PRIMARY KEY,
                hall_code TEXT NOT NULL REFERENCES hall (code),
                version INTEGER NOT NULL CHECK (version >= 1),
                last_event_id TEXT NOT NULL,
                last_terminal TEXT NOT NULL,
                status TEXT NOT NULL,
                assigned_agent TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL))"),
          QStringLiteral("CREATE INDEX case_head_agent ON case_head (assigned_agent)")}},
        // The catalog and the working-day calendar as the administrator publishes them:
        // each publication one file, numbered per kind; terminals take the ones after theirs.
        {2, {QStringLiteral(R"(CREATE TABLE publication (
                kind TEXT NOT NULL CHECK (kind IN ('catalog', 'calendar')),
                version INTEGER NOT NULL CHECK (version >= 1),
                name TEXT NOT NULL,
                content TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                published_by TEXT NOT NULL,
                published_at TEXT NOT NULL,
                PRIMARY KEY (kind, version)))")}},
        // A refresh token remembers when it was exchanged and for what, so the same token
        // presented again at once (its answer was lost) gets a new pair instead of ending the
        // sign-in as a copied token would.
        {3,
         {QStringLiteral("ALTER TABLE auth_token ADD COLUMN rotated_at TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE auth_token ADD COLUMN successor_refresh TEXT NOT NULL "
                         "DEFAULT ''"),
          QStringLiteral("ALTER TABLE auth_token ADD COLUMN successor_access TEXT NOT NULL "
                         "DEFAULT ''")}},
    };
    return all;
}

Error migrationError(int version, const QString &detail)
{
    return Error{QCoreApplication::translate("Server", "Upgrading the server's database to "
                                                       "schema %1 failed; it was left as it "
                                                       "was.")
                     .arg(version),
                 detail};
}

} // namespace

int ServerMigrations::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> ServerMigrations::currentVersion(ServerDatabase &db)
{
    if (Status s = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (id "
                                          "INTEGER PRIMARY KEY CHECK (id = 1), version "
                                          "INTEGER NOT NULL)"));
        !s)
        return s.error();
    auto q = db.run(QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (!q)
        return q.error();
    const int version = q.value()->next() ? q.value()->value(0).toInt() : 0;
    // A statement left on its row keeps SQLite's read transaction open: this thread's
    // connection would go on reading an old snapshot and fail its next write.
    q.value()->finish();
    return version;
}

Status ServerMigrations::apply(ServerDatabase &db)
{
    if (auto v = currentVersion(db); !v)
        return v.error();
    // Two instances starting together: the row insert (or its lock) makes one wait.
    for (const ServerMigration &m : migrations()) {
        ServerTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        if (Status s = db.exec(QStringLiteral("INSERT INTO schema_version (id, version) SELECT "
                                              "1, 0 WHERE NOT EXISTS (SELECT 1 FROM "
                                              "schema_version)"));
            !s)
            return s;
        auto q = db.run(QStringLiteral("SELECT version FROM schema_version WHERE id = 1") +
                        db.forUpdate());
        if (!q || !q.value()->next())
            return migrationError(m.version, q ? QString() : q.error().detail);
        const int current = q.value()->value(0).toInt();
        q.value()->finish();
        if (current > latestVersion())
            return Status::failure(
                QCoreApplication::translate("Server", "The server's database was written by a "
                                                      "newer onetrip-server (schema %1; this "
                                                      "program knows up to %2). Install the "
                                                      "newer version; nothing was changed.")
                    .arg(current)
                    .arg(latestVersion()));
        if (current >= m.version)
            continue;
        for (const QString &statement : m.statements) {
            if (Status s = db.exec(statement); !s)
                return migrationError(m.version, s.error().detail);
        }
        if (auto u = db.run(QStringLiteral("UPDATE schema_version SET version = ? WHERE id = 1"),
                            {m.version});
            !u)
            return migrationError(m.version, u.error().detail);
        if (Status s = tx.commit(); !s)
            return migrationError(m.version, s.error().detail);
    }
    return {};
}

} // namespace onetrip::server
