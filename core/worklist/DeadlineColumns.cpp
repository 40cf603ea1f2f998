#include "worklist/DeadlineColumns.h"

#include "cases/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace onetrip {

namespace {

const char *const kColumns[DeadlineColumns::kCount] = {
    "number",     "status", "received_on",    "accepted_on",     "due_date",
    "limit_days", "pauses", "supplement_due", "supplement_days", "notice_due"};

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString DeadlineColumns::select(const QString &alias)
{
    QStringList out;
    for (const char *column : kColumns)
        out << (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) + QLatin1String(column);
    return out.join(QStringLiteral(", "));
}

Result<CaseRecord> DeadlineColumns::read(const QSqlQuery &q, int first)
{
    CaseRecord r;
    int i = first;
    auto next = [&q, &i]() { return q.value(i++); };
    r.number = next().toString();
    const QString at = QStringLiteral("case_record ") + r.number;
    auto status = CaseJson::status(next().toString(), at);
    if (!status)
        return status.error();
    r.status = status.value();
    r.receivedOn = dateOf(next());
    r.acceptedOn = dateOf(next());
    r.dueDate = dateOf(next());
    r.limitDays = next().toInt();
    auto pauses =
        CaseJson::pausesFromJson(QJsonDocument::fromJson(next().toString().toUtf8()).array(), at);
    if (!pauses)
        return pauses.error();
    r.pauses = pauses.value();
    r.supplementDue = dateOf(next());
    r.supplementDays = next().toInt();
    r.noticeDue = dateOf(next());
    return r;
}

} // namespace onetrip
