#include "storage/SettingTable.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

Result<std::optional<QString>> SettingTable::value(const Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error{QCoreApplication::translate("Database", "A setting could not be read."),
                     q.lastError().text()};
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status SettingTable::setValue(const Database &db, const QString &key, const QString &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Database", "A setting could not be saved."),
            q.lastError().text());
    return {};
}

} // namespace onetrip
