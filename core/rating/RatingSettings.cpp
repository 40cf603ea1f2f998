#include "rating/RatingSettings.h"

#include "storage/SettingTable.h"

#include <QCoreApplication>

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
    auto stored = SettingTable::value(db, kKey);
    if (!stored)
        return readError(stored.error().detail);
    if (!stored.value())
        return kDefaultDays;
    bool ok = false;
    const int days = stored.value()->toInt(&ok);
    if (!ok || !allowedDays().contains(days))
        return readError(kKey + QStringLiteral(" = ") + *stored.value());
    return days;
}

Status RatingSettings::save(const Database &db, int days)
{
    if (!allowedDays().contains(days))
        return Status::failure(QCoreApplication::translate(
            "Ratings", "A 差评 follow-up has 5, 7 or 15 working days."));
    if (Status s = SettingTable::setValue(db, kKey, QString::number(days)); !s)
        return Status::failure(
            QCoreApplication::translate("Ratings", "The follow-up setting could not be saved."),
            s.error().detail);
    return {};
}

} // namespace onetrip
