// CaseService: the status changes after intake (容缺 supplement, termination, withdrawal),
// the documents they issue, and amend()/amendToday(), the one path for changing an existing
// case. Confirming an intake is in CaseService.cpp.
#include "cases/CaseService.h"

#include "auth/Permissions.h"
#include "cases/CaseDocuments.h"
#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "intake/Checklist.h"

#include <QCoreApplication>

namespace onetrip {

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
    using namespace CaseEvents;
    if (clerk.login.isEmpty())
        return Error{QCoreApplication::translate("Cases", "No clerk is logged in."), {}};
    if (to != CaseStatus::Accepted && reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Cases", "Enter the reason for this change."), {}};
    auto current = m_queries.open(caseNumber);
    if (!current)
        return current;
    // The supplement completes the deferred rows with the copies the guide asks for.
    QHash<QString, int> copies;
    if (to == CaseStatus::Accepted) {
        auto pinned = m_queries.guides(current.value());
        if (!pinned)
            return pinned.error();
        for (const ChecklistRow &row : Checklist::build(pinned.value(), current->answers))
            copies.insert(row.key, row.material.copies);
    }

    return amend(current->number, clerk, [&](const CaseRecord &r, CaseChange &change) -> Status {
        if (Status s = CaseTransitions::check(r.status, to); !s)
            return s;
        if (to == CaseStatus::Accepted) {
            Checked supplement;
            supplement.checks = r.checks;
            for (MaterialCheck &c : supplement.checks) {
                if (c.state == MaterialState::Deferred) {
                    c.state = MaterialState::Provided;
                    c.copiesReceived = copies.value(c.rowKey, 1);
                }
            }
            // Bringing the deferred materials is a visit.
            if (Status s = change.add(Visit{r.trips + 1, clerk.login, to}); !s)
                return s;
            if (Status s = change.add(supplement); !s)
                return s;
        }
        StatusChanged status;
        status.from = r.status;
        status.to = to;
        status.reason = reason.trimmed();
        if (Status s = change.add(status); !s)
            return s;
        if (to == CaseStatus::Terminated) {
            // A 容缺 commitment not kept: no 容缺 for this applicant again.
            if (Status s = change.add(ApplicantFlagged{r.applicant.idNumber, true}); !s)
                return s;
            return issue(change, DocumentKind::TerminationNotice, clerk, reason.trimmed());
        }
        if (to == CaseStatus::Withdrawn)
            return issue(change, DocumentKind::WithdrawalConfirmation, clerk, reason.trimmed());
        return {};
    });
}

Result<CaseRecord>
CaseService::amendToday(const QString &caseNumber, const User &user, const char *eventType,
                        const char *refusal,
                        const std::function<Status(const CaseRecord &, CaseChange &, QDate)> &build)
{
    if (user.login.isEmpty())
        return Error{QCoreApplication::translate("Cases", "No clerk is logged in."), {}};
    if (!Permissions::mayRecord(user.role, QLatin1String(eventType)))
        return Error{QCoreApplication::translate("Cases", refusal).arg(displayName(user.role)), {}};
    // No read first: amend() reads the case under the write lock and says when there is none.
    const QDate today = m_clock.now().date();
    return amend(CaseNumber::normalize(caseNumber), user,
                 [&](const CaseRecord &r, CaseChange &change) { return build(r, change, today); });
}

Status CaseService::issue(CaseChange &change, DocumentKind kind, const User &user,
                          const QString &reason)
{
    using namespace CaseEvents;
    if (!Permissions::mayIssue(user.role, kind))
        return Status::failure(QCoreApplication::translate("Cases", "A %1 does not issue this "
                                                                    "document.")
                                   .arg(displayName(user.role)));
    const CaseRecord &r = change.record();
    auto pinned = m_queries.guides(r);
    if (!pinned)
        return pinned.error();
    auto count = m_cases.documentCount(r.number, kind);
    if (!count)
        return count.error();
    const QList<ChecklistRow> rows = Checklist::build(pinned.value(), r.answers);
    const Verdict verdict;
    const CaseDocuments::Context context{r,
                                         pinned.value(),
                                         rows,
                                         verdict,
                                         m_hall,
                                         m_terminal.terminalCode,
                                         user.displayName.isEmpty() ? user.login : user.displayName,
                                         m_clock.now().date(),
                                         reason};
    DocumentIssued doc;
    doc.kind = kind;
    doc.number =
        CaseNumber::documentNumber(r.number, kind, count.value() + 1, m_terminal.terminalCode);
    doc.data = CaseDocuments::build(kind, context);
    doc.data.documentNumber = doc.number;
    return change.add(doc);
}

Result<CaseRecord>
CaseService::amend(const QString &caseNumber, const User &user,
                   const std::function<Status(const CaseRecord &, CaseChange &)> &build)
{
    auto committed = m_writer.commit([&]() -> Result<QList<CaseChange>> {
        // Read again under the write lock: another window of this terminal may have changed it.
        auto locked = m_cases.find(caseNumber);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return CaseQueries::notFound(caseNumber);
        const CaseRecord &r = *locked.value();
        CaseChange change(r, r.number, m_terminal, user.login, m_clock.now());
        if (Status s = build(r, change); !s)
            return s.error();
        return QList<CaseChange>{change};
    });
    if (!committed)
        return committed.error();
    return committed->constFirst();
}

} // namespace onetrip
