// CaseService: reading cases, the resubmission check, Art. 32 and the status changes after
// intake. Confirming an intake is in CaseService.cpp.
#include "cases/CaseService.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "intake/VerdictEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

QString DeemedAcceptance::describe() const
{
    if (!deemed)
        return {};
    return QCoreApplication::translate(
               "Cases", "No notice or acceptance was given within five working days of receipt "
                        "(by %1): the application counts as accepted from %2 (Administrative "
                        "Licensing Law, Art. 32).")
        .arg(QLocale().toString(windowEnd, QStringLiteral("yyyy-MM-dd")),
             QLocale().toString(acceptedFrom, QStringLiteral("yyyy-MM-dd")));
}

Result<CaseRecord> CaseService::open(const QString &caseNumber) const
{
    const QString number = CaseNumber::normalize(caseNumber);
    auto found = m_cases.find(number);
    if (!found)
        return found.error();
    if (!found.value()) {
        if (!CaseNumber::parse(number))
            return Error{QCoreApplication::translate("Cases", "\"%1\" is not a case number (like "
                                                              "JNLX-20261123-T01-00042).")
                             .arg(number),
                         {}};
        return Error{
            QCoreApplication::translate("Cases", "There is no case %1 in this store.").arg(number),
            {}};
    }
    return *found.value();
}

Result<CaseRecord> CaseService::openByDocument(const QString &documentNumber) const
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

Result<QList<CaseDocument>> CaseService::documents(const QString &caseNumber) const
{
    return m_cases.documents(CaseNumber::normalize(caseNumber));
}

Result<QList<ServiceGuide>> CaseService::guides(const CaseRecord &record) const
{
    CatalogRepository catalog(m_db);
    QList<ServiceGuide> out;
    for (const CaseItem &item : record.items) {
        auto guide = catalog.guide(item.code, item.guideVersion);
        if (!guide)
            return guide.error();
        out << guide.value();
    }
    return out;
}

Result<SecondNoticeCheck>
CaseService::checkResubmission(const CaseRecord &record, const QList<MaterialCheck> &newChecks,
                               const QHash<QString, QString> &answers) const
{
    auto pinned = guides(record);
    if (!pinned)
        return pinned.error();
    IntakeRequest request;
    request.guides = pinned.value();
    request.answers = answers.isEmpty() ? record.answers : answers;
    request.checks = newChecks;
    const Verdict verdict = VerdictEngine::evaluate(request);
    SecondNoticeCheck out;
    QStringList deficient;
    for (const Deficiency &d : verdict.deficiencies) {
        deficient << d.rowKey;
        if (record.noticeRows.contains(d.rowKey))
            out.outstanding << d.rowKey;
        else
            out.outsideNotice << d.rowKey;
    }
    for (const QString &row : record.noticeRows) {
        if (!deficient.contains(row) && !verdict.pendingRows.contains(row))
            out.cleared << row;
    }
    return out;
}

DeemedAcceptance CaseService::deemedAccepted(const CaseRecord &record, QDate today) const
{
    DeemedAcceptance d;
    if (!record.receivedOn.isValid())
        return d;
    const DueDate window = m_calendar.addWorkingDays(record.receivedOn, 5);
    d.windowEnd = record.noticeDue.isValid() ? record.noticeDue : window.date;
    d.warning = window.warning();
    if (record.firstDecidedOn.isValid())
        d.deemed = record.firstDecidedOn > d.windowEnd;
    else
        d.deemed = record.status == CaseStatus::Received && today > d.windowEnd;
    if (d.deemed)
        d.acceptedFrom = record.receivedOn;
    return d;
}

Result<int> CaseService::countDeemedAccepted(QDate today) const
{
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

Result<CaseRecord> CaseService::completeSupplement(const QString &caseNumber, const User &clerk)
{
    return changeStatus(caseNumber, clerk, CaseStatus::Accepted, {});
}

Result<CaseRecord> CaseService::terminate(const QString &caseNumber, const User &clerk,
                                          const QString &reason)
{
    return changeStatus(caseNumber, clerk, CaseStatus::Terminated, reason);
}

Result<CaseRecord> CaseService::withdraw(const QString &caseNumber, const User &clerk,
                                         const QString &reason)
{
    return changeStatus(caseNumber, clerk, CaseStatus::Withdrawn, reason);
}

Result<CaseRecord> CaseService::changeStatus(const QString &caseNumber, const User &clerk,
                                             CaseStatus to, const QString &reason)
{
    if (clerk.login.isEmpty())
        return Error{QCoreApplication::translate("Cases", "No clerk is logged in."), {}};
    if (to != CaseStatus::Accepted && reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Cases", "Enter the reason for this change."), {}};
    auto current = open(caseNumber);
    if (!current)
        return current;
    // The supplement completes the deferred rows with the copies the guide asks for.
    QHash<QString, int> copies;
    if (to == CaseStatus::Accepted) {
        auto pinned = guides(current.value());
        if (!pinned)
            return pinned.error();
        for (const ChecklistRow &row : Checklist::build(pinned.value(), current->answers))
            copies.insert(row.key, row.material.copies);
    }

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Read again under the write lock: another terminal window may have changed it.
    auto locked = m_cases.find(current->number);
    if (!locked)
        return locked.error();
    if (!locked.value())
        return current; // cannot happen: cases are never deleted
    CaseRecord r = *locked.value();
    if (Status s = CaseTransitions::check(r.status, to); !s)
        return s.error();

    const QDateTime now = m_clock.now();
    const CaseStatus from = r.status;
    QList<std::pair<const char *, QJsonObject>> events;
    if (to == CaseStatus::Accepted) {
        for (MaterialCheck &c : r.checks) {
            if (c.state == MaterialState::Deferred) {
                c.state = MaterialState::Provided;
                c.copiesReceived = copies.value(c.rowKey, 1);
            }
        }
        ++r.trips; // bringing the deferred materials is a visit
        events.append(
            {CaseEventType::Visit,
             {{QStringLiteral("trip"), r.trips}, {QStringLiteral("clerk"), clerk.login}}});
        events.append(
            {CaseEventType::Checked, {{QStringLiteral("checks"), CaseJson::toJson(r.checks)}}});
    }
    r.status = to;
    r.updatedAt = now;
    events.append({CaseEventType::StatusChanged,
                   {{QStringLiteral("from"), toKey(from)},
                    {QStringLiteral("to"), toKey(to)},
                    {QStringLiteral("reason"), reason.trimmed()}}});
    if (to == CaseStatus::Terminated) {
        // A 容缺 commitment not kept: no 容缺 for this applicant again.
        if (Status s = m_applicants.setFalseCommitment(r.applicant.idNumber, true); !s)
            return s.error();
        events.append({CaseEventType::ApplicantFlagged,
                       {{QStringLiteral("applicant"), r.applicant.idNumber},
                        {QStringLiteral("falseCommitment"), true}}});
    }
    const int baseVersion = r.version;
    r.version += int(events.size());
    const CaseRepository &repo = m_cases;
    if (Status s = repo.save(r, {}); !s)
        return s.error();
    if (to == CaseStatus::Accepted) {
        if (Status s = repo.addVisit(r.number, r.trips, now, clerk.login, toKey(to)); !s)
            return s.error();
    }
    QList<CaseEventLog::Draft> drafts;
    for (const auto &[type, payload] : events)
        drafts << CaseEventLog::Draft{QString::fromLatin1(type), payload};
    if (auto logged = m_log.append(r.number, drafts, baseVersion, clerk.login, now); !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    r.issuedNow.clear();
    return r;
}

} // namespace onetrip
