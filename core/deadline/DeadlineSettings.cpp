#include "deadline/DeadlineSettings.h"

#include "storage/Database.h"
#include "storage/SettingTable.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

const QString kDays = QStringLiteral("deadline.warning-days");
const QString kPercent = QStringLiteral("deadline.warning-percent");

Error readError(const QString &detail)
{
    return Error{QCoreApplication::translate("Deadlines",
                                             "The deadline warning settings could not be read."),
                 detail};
}

} // namespace

Result<WarningPolicy> DeadlineSettings::load(const Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM setting WHERE key IN (?, ?)"));
    q.addBindValue(kDays);
    q.addBindValue(kPercent);
    if (!q.exec())
        return readError(q.lastError().text());
    WarningPolicy policy;
    while (q.next()) {
        bool ok = false;
        const int value = q.value(1).toString().toInt(&ok);
        if (!ok)
            return readError(q.value(0).toString() + QStringLiteral(" = ") + q.value(1).toString());
        (q.value(0).toString() == kDays ? policy.minimumWorkingDays : policy.percentOfLimit) =
            value;
    }
    if (q.lastError().isValid())
        return readError(q.lastError().text());
    auto checked = WarningPolicy::make(policy.minimumWorkingDays, policy.percentOfLimit);
    if (!checked)
        return readError(checked.message());
    return checked;
}

Status DeadlineSettings::save(const Database &db, const WarningPolicy &policy)
{
    if (auto checked = WarningPolicy::make(policy.minimumWorkingDays, policy.percentOfLimit);
        !checked)
        return checked.error();
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    for (const auto &[key, value] : {std::pair{kDays, policy.minimumWorkingDays},
                                     std::pair{kPercent, policy.percentOfLimit}}) {
        if (Status s = SettingTable::setValue(db, key, QString::number(value)); !s)
            return Status::failure(
                QCoreApplication::translate("Deadlines",
                                            "The deadline warning settings could not be saved."),
                s.error().detail);
    }
    return tx.commit();
}

} // namespace onetrip
