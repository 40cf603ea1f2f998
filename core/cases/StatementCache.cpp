#include "cases/StatementCache.h"

#include "storage/Database.h"

#include <QSqlError>

namespace onetrip {

StatementCache::StatementCache(const Database &db)
    : m_db(db)
{
}

StatementCache::~StatementCache() = default;

QSqlQuery *StatementCache::bind(const QString &sql, std::initializer_list<QVariant> values)
{
    return bind(sql, QList<QVariant>(values));
}

QSqlQuery *StatementCache::bind(const QString &sql, const QList<QVariant> &values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            m_lastError = q->lastError().text();
            return nullptr;
        }
        found = m_statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = found->second.get();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isValid() && !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(int(i), QStringLiteral(""));
        else if (!v.isValid())
            q->bindValue(int(i), QVariant(QMetaType(QMetaType::QString)));
        else
            q->bindValue(int(i), v);
    }
    return q;
}

} // namespace onetrip
