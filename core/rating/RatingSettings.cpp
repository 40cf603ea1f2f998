#include "rating/RatingSettings.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

const QString kKey = QStringLiteral("rating.follow-up-days");

Error readError(const QString &detail)
{
    return Error{
        QCoreApplication::translate("Ratings", "The follow-up setting for 差评 could not be read."),
        detail};
}

} // namespace

QList<int> RatingSettings::allowedDays()
{
    return {5, 7, 15};
}

Result<int> RatingSettings::load(const Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec())
        return readError(q.lastError().text());
    if (!q.next())
        return kDefaultDays;
    bool ok = false;
    const int days = q.value(0).toString().toInt(&ok);
    if (!ok || !allowedDays().contains(days))
        return readError(kKey + QStringLiteral(" = ") + q.value(0).toString());
    return days;
}

Status RatingSettings::save(const Database &db, int days)
{
    if (!allowedDays().contains(days))
        return Status::failure(QCoreApplication::translate(
            "Ratings", "A 差评 follow-up has 5, 7 or 15 working days."));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(kKey);
    q.addBindValue(QString::number(days));
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Ratings", "The follow-up setting could not be saved."),
            q.lastError().text());
    return {};
}

} // namespace onetrip
