#include "cases/CaseSearch.h"

#include "cases/Applicant.h"
#include "cases/CaseJson.h"
#include "identity/CreditCode.h"
#include "identity/ResidentId.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

// The end of a prefix range: every text that starts with `prefix` sorts below it, so the
// index serves "starts with" (LIKE would not, for Chinese, without NOCASE).
QString rangeEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

Result<CaseSearch::Found> CaseSearch::find(const Database &db, const QString &typed, int limit)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return Error{QCoreApplication::translate("Cases", "Type a case number, the applicant's "
                                                          "ID number or credit code, or a name."),
                     QStringLiteral("empty")};
    Found found;
    QString where;
    QVariantList values;
    static const QRegularExpression kNumber(QStringLiteral("^[A-Z0-9]{2,12}-[0-9]"));
    const QString upper = text.toUpper();
    if (kNumber.match(upper).hasMatch()) {
        found.by = By::Number;
        where = QStringLiteral("c.number >= ? AND c.number < ?");
        values = {upper, rangeEnd(upper)};
    } else if (text.size() == 18 && !text.contains(QLatin1Char(' '))) {
        // 18 characters: a resident ID or a credit code, whichever it checks as.
        found.by = By::Identity;
        auto person = ResidentId::validate(upper);
        auto company = CreditCode::validate(upper);
        if (!person && !company)
            return Error{QCoreApplication::translate(
                             "Cases", "%1 is neither a valid resident ID (%2) nor a valid credit "
                                      "code (%3).")
                             .arg(ResidentId::mask(upper), person.message(), company.message()),
                         QStringLiteral("identity")};
        where = QStringLiteral("c.applicant_id = ?");
        values = {person ? person->normalized : company->normalized};
    } else {
        if (text.size() > kMaxNameLength)
            return Error{QCoreApplication::translate("Cases", "A name has at most %1 characters.")
                             .arg(kMaxNameLength),
                         QStringLiteral("name")};
        found.by = By::Name;
        where = QStringLiteral("a.name >= ? AND a.name < ?");
        values = {text, rangeEnd(text)};
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.number, c.item_name, a.name, a.kind, a.id_number, c.status, "
                             "c.received_on FROM case_record c JOIN applicant a ON a.id_number = "
                             "c.applicant_id WHERE ") +
              where + QStringLiteral(" ORDER BY c.received_on DESC, c.number DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return Error{QCoreApplication::translate("Cases", "The cases could not be searched."),
                     q.lastError().text()};
    while (q.next()) {
        if (found.hits.size() == limit) {
            found.more = true;
            break;
        }
        const QString row = QStringLiteral("case_record ") + q.value(0).toString();
        auto status = CaseJson::status(q.value(5).toString(), row);
        if (!status)
            return status.error();
        auto kind = CaseJson::applicantKind(q.value(3).toString(), row);
        if (!kind)
            return kind.error();
        Applicant a;
        a.kind = kind.value();
        a.idNumber = q.value(4).toString();
        found.hits << Hit{
            q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), a.maskedId(),
            status.value(),        QDate::fromString(q.value(6).toString(), Qt::ISODate)};
    }
    return found;
}

} // namespace onetrip
