#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <map>
#include <memory>

namespace onetrip {

class Database;

// Statements prepared once per connection and reused: SQLite's parser was a quarter of the
// time of confirming an intake. A cached SELECT must be finish()ed after reading, or its
// read transaction stays open.
class StatementCache
{
public:
    explicit StatementCache(const Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The prepared statement for `sql` with `values` bound in order, ready to exec(); a null
    // QString is bound as '' (the text columns are NOT NULL), an invalid QVariant as NULL.
    // Null when the statement does not prepare (lastError() says why).
    QSqlQuery *bind(const QString &sql, std::initializer_list<QVariant> values);
    QSqlQuery *bind(const QString &sql, const QList<QVariant> &values);
    QString lastError() const { return m_lastError; }

private:
    const Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_lastError;
};

} // namespace onetrip
