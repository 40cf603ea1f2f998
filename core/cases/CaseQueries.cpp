#include "cases/CaseQueries.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseNumber.h"
#include "catalog/CatalogRepository.h"
#include "intake/VerdictEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

CaseQueries::CaseQueries(const Database &db, WorkdayCalendar calendar)
    : m_db(db)
    , m_calendar(std::move(calendar))
    , m_cases(db)
{
}

Result<CaseRecord> CaseQueries::open(const QString &caseNumber) const
{
    const QString number = CaseNumber::normalize(caseNumber);
    auto found = m_cases.find(number);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(number);
    return *found.value();
}

Error CaseQueries::notFound(const QString &number)
{
    if (!CaseNumber::parse(number))
        return Error{QCoreApplication::translate("Cases", "\"%1\" is not a case number (like "
                                                          "JNLX-20261123-T01-00042).")
                         .arg(number),
                     {}};
    return Error{
        QCoreApplication::translate("Cases", "There is no case %1 in this store.").arg(number), {}};
}

Result<QList<CaseVisit>> CaseQueries::visits(const QString &caseNumber) const
{
    return m_cases.visits(CaseNumber::normalize(caseNumber));
}

Result<CaseRecord> CaseQueries::openByDocument(const QString &documentNumber) const
{
    const QString number = CaseNumber::normalize(documentNumber);
    auto caseNumber = m_cases.caseOfDocument(number);
    if (!caseNumber)
        return caseNumber.error();
    if (caseNumber->isEmpty()) {
        // A case number typed where a document number was asked for opens the case too.
        if (CaseNumber::parse(number))
            return open(number);
        return Error{QCoreApplication::translate(
                         "Cases", "There is no document %1 in this store. Check the number "
                                  "printed under the QR code.")
                         .arg(number),
                     {}};
    }
    return open(caseNumber.value());
}

Result<QList<CaseDocument>> CaseQueries::documents(const QString &caseNumber) const
{
    return m_cases.documents(CaseNumber::normalize(caseNumber));
}

Result<QList<CaseEvent>> CaseQueries::events(const QString &caseNumber) const
{
    return CaseEventLog::eventsOf(m_db, CaseNumber::normalize(caseNumber));
}

Result<QList<ServiceGuide>> CaseQueries::guides(const CaseRecord &record) const
{
    CatalogRepository catalog(m_db);
    QList<ServiceGuide> out;
    for (const CaseItem &item : record.items) {
        const QString key = item.code + QLatin1Char('#') + QString::number(item.guideVersion);
        if (const auto it = m_pinned.constFind(key); it != m_pinned.cend()) {
            out << *it;
            continue;
        }
        auto guide = catalog.guide(item.code, item.guideVersion);
        if (!guide)
            return guide.error();
        if (item.guideVersion > 0) {
            if (m_pinned.size() >= 512) // a hall's items, not a whole province's
                m_pinned.clear();
            m_pinned.insert(key, guide.value());
        }
        out << guide.value();
    }
    return out;
}

Result<SecondNoticeCheck> CaseQueries::checkResubmission(const CaseRecord &record,
                                                         const QList<MaterialCheck> &newChecks,
                                                         const QHash<QString, QString> &answers,
                                                         Outcome outcome) const
{
    auto pinned = guides(record);
    if (!pinned)
        return pinned.error();
    IntakeRequest request;
    request.guides = pinned.value();
    request.answers = answers.isEmpty() ? record.answers : answers;
    request.checks = newChecks;
    return SecondNotice::classify(record.status, outcome, record.noticeRows,
                                  VerdictEngine::evaluate(request));
}

DeemedAcceptance CaseQueries::deemedAccepted(const CaseRecord &record, QDate today) const
{
    return NoticeWindow::deemed(record, today, m_calendar);
}

Result<int> CaseQueries::countDeemedAccepted(QDate today) const
{
    // NoticeWindow::deemed as SQL over the stored window ends (notice_due).
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM case_record WHERE notice_due IS NOT NULL AND "
                       "((first_decided_on IS NOT NULL AND first_decided_on > notice_due) OR "
                       "(first_decided_on IS NULL AND status = 'received' AND ? > notice_due))"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error{QCoreApplication::translate("Cases", "The cases could not be counted."),
                     q.lastError().text()};
    return q.value(0).toInt();
}

} // namespace onetrip
