#include "store/ServerDatabase.h"

#include "api/ApiError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <map>

#include <libpq-fe.h>

namespace onetrip::server {

namespace {

QAtomicInteger<quint64> g_connections = 0;

Error storeError(const QString &detail)
{
    return Error{QCoreApplication::translate("Server", "The server's database is not "
                                                       "available; try again shortly."),
                 detail};
}

// PostgreSQL cannot hold U+0000 in text and fails the statement; an unpaired surrogate
// would be stored as another character than the one hashed. Both engines refuse them, on
// every path a value takes into the database (bound statements and COPY alike).
std::optional<Error> unstorableText(const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString &&
            (v.toString().contains(QChar(0)) || !v.toString().isValidUtf16()))
            return ApiError::make(ApiError::BadRequest,
                                  QCoreApplication::translate(
                                      "Server", "Text must not contain the character U+0000 or "
                                                "unpaired surrogates."));
    }
    return std::nullopt;
}

} // namespace

ServerDatabase::ServerDatabase(DatabaseUrl url, QString name)
    : m_url(std::move(url))
    , m_name(std::move(name))
{
}

ServerDatabase::~ServerDatabase()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseUrl &url)
{
    const QString name = QStringLiteral("onetrip-server-%1").arg(++g_connections);
    std::unique_ptr<ServerDatabase> self(new ServerDatabase(url, name));
    const bool pg = url.engine == DatabaseUrl::Engine::PostgreSQL;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return storeError(QStringLiteral("Qt SQL driver missing for ") + url.redacted());
    db.setDatabaseName(url.name);
    if (pg) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    if (!db.open())
        return storeError(url.redacted() + QStringLiteral(": ") + db.lastError().text());
    if (pg) {
        if (Status s = self->exec(QStringLiteral("SET TIME ZONE 'UTC'")); !s)
            return s.error();
        // Statements are prepared once per connection and kept. After five runs PostgreSQL
        // may switch one to a generic plan and keep it until the table is analysed; on a
        // young database (tables nearly empty when the server started) that plan scans a
        // whole index for every lookup, and pushes slowed down in step with the table
        // (4 ms a lookup at 11,000 events). Planning each run with its values costs far less.
        if (Status s = self->exec(QStringLiteral("SET plan_cache_mode = force_custom_plan")); !s)
            return s.error();
    } else {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON"}) {
            if (Status s = self->exec(QLatin1String(pragma)); !s)
                return s.error();
        }
    }
    return self;
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ServerDatabase::isUsable() const
{
    return !m_broken && connection().isOpen();
}

Result<QSqlQuery *> ServerDatabase::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = m_statements.value(sql);
    if (!q) {
        q = new QSqlQuery(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const QString detail = q->lastError().text();
            if (q->lastError().type() == QSqlError::ConnectionError)
                m_broken = true;
            delete q;
            return storeError(detail + QStringLiteral(" | ") + sql.left(80));
        }
        m_statements.insert(sql, q);
    }
    if (auto refused = unstorableText(values))
        return *refused;
    q->finish();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is text here (''); SQL NULL is passed as an invalid QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QString::fromLatin1(""));
        else
            q->bindValue(i, v);
    }
    if (!q->exec()) {
        const QSqlError error = q->lastError();
        if (error.type() == QSqlError::ConnectionError || !connection().isOpen())
            m_broken = true;
        return storeError(error.text() + QStringLiteral(" | ") + sql.left(80));
    }
    return q;
}

Status ServerDatabase::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        if (q.lastError().type() == QSqlError::ConnectionError)
            m_broken = true;
        return storeError(q.lastError().text() + QStringLiteral(" | ") + sql.left(80));
    }
    return {};
}

Status ServerDatabase::begin()
{
    return exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status ServerDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void ServerDatabase::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

QString ServerDatabase::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString ServerDatabase::inList() const
{
    return isPostgres() ? QStringLiteral(" = ANY(CAST(? AS TEXT[]))")
                        : QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QVariant ServerDatabase::listValue(const QStringList &values) const
{
    if (!isPostgres())
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    // An array literal: every element quoted, backslash and double quote escaped.
    QString out = QStringLiteral("{");
    for (const QString &v : values) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : v) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

PGconn *ServerDatabase::postgresHandle() const
{
    if (!isPostgres())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    // Qt's QPSQL driver hands out its PGconn* (registered as "pg_conn*" or "PGconn*").
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

Status ServerDatabase::copyRows(PGconn *pg, const QString &table, const QString &columns,
                                const QList<QVariantList> &rows)
{
    // COPY's text format: tab between values, \N for NULL, backslash escapes.
    QByteArray text;
    text.reserve(rows.size() * 1024);
    for (const QVariantList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c)
                text += '\t';
            const QVariant &v = row.at(c);
            // As run() binds: a null QString is '', an invalid or null QVariant NULL.
            if (v.typeId() != QMetaType::QString && (!v.isValid() || v.isNull())) {
                text += "\\N";
                continue;
            }
            const QByteArray value = v.toString().toUtf8();
            const auto special = [](char ch) {
                return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
            };
            if (std::none_of(value.cbegin(), value.cend(), special)) {
                text += value;
                continue;
            }
            for (const char ch : value) {
                if (special(ch))
                    text += '\\';
                text += ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : ch;
            }
        }
        text += '\n';
    }
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns).toUtf8();
    const auto failed = [this, pg, &sql](PGresult *r) {
        QString detail = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(pg));
        if (r && PQresultErrorField(r, PG_DIAG_SQLSTATE))
            detail = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)) +
                     QLatin1Char(' ') + detail;
        PQclear(r);
        if (PQstatus(pg) != CONNECTION_OK)
            m_broken = true;
        return Status(
            storeError(detail.trimmed() + QStringLiteral(" | ") + QString::fromUtf8(sql.left(80))));
    };
    PGresult *r = PQexec(pg, sql.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN)
        return failed(r);
    PQclear(r);
    if (PQputCopyData(pg, text.constData(), int(text.size())) != 1 ||
        PQputCopyEnd(pg, nullptr) != 1)
        return failed(nullptr);
    Status status;
    while ((r = PQgetResult(pg))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status.ok())
            status = failed(r);
        else
            PQclear(r);
    }
    return status;
}

Status ServerDatabase::insertRows(const QString &table, const QString &columns,
                                  const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    for (const QVariantList &row : rows) {
        if (auto refused = unstorableText(row))
            return *refused;
    }
    // PostgreSQL: COPY on this connection's libpq handle, inside the caller's transaction.
    // QtSql's driver sends every bound value as SQL text that PostgreSQL lexes and parses
    // again; COPY is its bulk path (the same constraints, indexes and foreign-key checks).
    if (PGconn *pg = postgresHandle()) {
        // The driver reads its results in single-row mode and leaves a statement's end
        // marker until the next one; every query of this connection is finished here.
        if (PQtransactionStatus(pg) == PQTRANS_ACTIVE) {
            while (PGresult *pending = PQgetResult(pg))
                PQclear(pending);
        }
        if (PQtransactionStatus(pg) == PQTRANS_INTRANS)
            return copyRows(pg, table, columns, rows);
    }
    const qsizetype width = rows.constFirst().size();
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < width; ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    qsizetype done = 0;
    for (const qsizetype chunk : {100, 25, 5, 1}) {
        if (rows.size() - done < chunk)
            continue;
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns) + row;
        for (qsizetype i = 1; i < chunk; ++i)
            sql += QStringLiteral(", ") + row;
        for (; rows.size() - done >= chunk; done += chunk) {
            QVariantList values;
            values.reserve(chunk * width);
            for (qsizetype i = done; i < done + chunk; ++i)
                values += rows.at(i);
            if (auto r = run(sql, values); !r)
                return r.error();
        }
    }
    return {};
}

bool ServerDatabase::isTransient(const QString &detail)
{
    // PostgreSQL deadlock_detected / serialization_failure, SQLite busy, lost connections.
    for (const char *mark : {"40P01", "40001", "deadlock", "could not serialize",
                             "database is locked", "server closed the connection",
                             "no connection to the server", "terminating connection"}) {
        if (detail.contains(QLatin1String(mark), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ServerStore::ServerStore(DatabaseUrl url)
    : m_url(std::move(url))
    , m_id(++g_connections)
{
}

Result<ServerDatabase *> ServerStore::local()
{
    // Each worker thread keeps one connection per store for its lifetime.
    thread_local std::map<quint64, std::unique_ptr<ServerDatabase>> connections;
    auto &slot = connections[m_id];
    if (slot && !slot->isUsable())
        slot.reset();
    if (!slot) {
        auto opened = ServerDatabase::open(m_url);
        if (!opened)
            return opened.error();
        slot = std::move(opened).value();
    }
    return slot.get();
}

} // namespace onetrip::server
