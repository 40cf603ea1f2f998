#include "cases/ApplicantRepository.h"

#include "common/StoredValue.h"
#include "identity/IdentityNumber.h"
#include "identity/ResidentId.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace onetrip {

namespace {

// The form numbers are kept in: no spaces, ASCII, a resident ID's x in capitals (credit
// codes are capitals already; a lower-case one would not validate).
QString key(const QString &idNumber)
{
    return normalizeIdentityInput(idNumber).toUpper();
}

Error readError(const QString &detail)
{
    return Error{QCoreApplication::translate("Cases", "The applicant could not be looked up."),
                 detail};
}

Status writeError(const QString &detail)
{
    return Status::failure(
        QCoreApplication::translate("Cases", "The applicant could not be saved; nothing was "
                                             "changed. Try again."),
        detail);
}

} // namespace

ApplicantRepository::ApplicantRepository(const Database &db)
    : m_sql(db)
{
}

Result<std::optional<Applicant>> ApplicantRepository::find(const QString &idNumber) const
{
    QSqlQuery *q = m_sql.bind(QStringLiteral("SELECT kind, name, id_number, phone, address, "
                                             "legal_representative, contact FROM applicant "
                                             "WHERE id_number = ?"),
                              {key(idNumber)});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    if (!q->next()) {
        q->finish();
        return std::optional<Applicant>();
    }
    Applicant a;
    const auto kind = applicantKindFromKey(q->value(0).toString());
    if (!kind) {
        const QString value = q->value(0).toString();
        q->finish();
        return StoredValue::unknown(QCoreApplication::translate("Store", "applicant kind"), value,
                                    QLatin1String("applicant ") + ResidentId::mask(key(idNumber)));
    }
    a.kind = *kind;
    a.name = q->value(1).toString();
    a.idNumber = q->value(2).toString();
    a.phone = q->value(3).toString();
    a.address = q->value(4).toString();
    a.legalRepresentative = q->value(5).toString();
    a.contact = q->value(6).toString();
    q->finish();
    return std::optional<Applicant>(a);
}

Result<bool> ApplicantRepository::falseCommitmentFlagged(const QString &idNumber) const
{
    QSqlQuery *q =
        m_sql.bind(QStringLiteral("SELECT false_commitment FROM applicant WHERE id_number = ?"),
                   {key(idNumber)});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    const bool flagged = q->next() && q->value(0).toBool();
    q->finish();
    return flagged;
}

Status ApplicantRepository::upsert(const Applicant &a, const QDateTime &at) const
{
    // The latest details win whatever order the events arrive in (rebuild, sync): times in
    // UTC so the text compares as the time does.
    QSqlQuery *q = m_sql.bind(
        QStringLiteral(
            "INSERT INTO applicant (id_number, kind, name, phone, address, legal_representative, "
            "contact, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id_number) DO "
            "UPDATE SET kind = excluded.kind, name = excluded.name, phone = excluded.phone, "
            "address = excluded.address, legal_representative = excluded.legal_representative, "
            "contact = excluded.contact, updated_at = excluded.updated_at WHERE "
            "excluded.updated_at "
            ">= applicant.updated_at"),
        {key(a.idNumber), toKey(a.kind), a.name.trimmed(), a.phone.trimmed(), a.address.trimmed(),
         a.legalRepresentative.trimmed(), a.contact.trimmed(),
         at.toUTC().toString(Qt::ISODateWithMs)});
    if (!q || !q->exec())
        return writeError(q ? q->lastError().text() : m_sql.lastError());
    return {};
}

Status ApplicantRepository::setFalseCommitment(const QString &idNumber, bool flagged) const
{
    QSqlQuery *q =
        m_sql.bind(QStringLiteral("UPDATE applicant SET false_commitment = ? WHERE id_number = ?"),
                   {flagged ? 1 : 0, key(idNumber)});
    if (!q || !q->exec())
        return writeError(q ? q->lastError().text() : m_sql.lastError());
    return {};
}

} // namespace onetrip
