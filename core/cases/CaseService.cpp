#include "cases/CaseService.h"
#include "cases/CaseServicePrepared.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseDocuments.h"
#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "cases/NoticeWindow.h"
#include "cases/TerminalSequence.h"
#include "deadline/PromisedDeadline.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Error refused(const QString &message)
{
    return Error{message, {}};
}

} // namespace

CaseService::CaseService(const Database &db, const Clock &clock, WorkdayCalendar calendar,
                         HallInfo hall, TerminalInfo terminal)
    : m_db(db)
    , m_clock(clock)
    , m_calendar(std::move(calendar))
    , m_hall(std::move(hall))
    , m_terminal(std::move(terminal))
    , m_cases(db)
    , m_applicants(db)
    , m_queries(db, m_calendar)
    , m_writer(db, m_terminal)
    , m_sql(db)
{
}

Result<CaseRecord> CaseService::confirm(const IntakeConfirmation &confirmation)
{
    return record(confirmation, true);
}

Result<CaseRecord> CaseService::receive(const IntakeConfirmation &confirmation)
{
    return record(confirmation, false);
}

Result<CaseRecord> CaseService::record(const IntakeConfirmation &confirmation, bool decide)
{
    auto all = confirmAll({confirmation}, decide);
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QList<CaseRecord>> CaseService::confirmAll(const QList<IntakeConfirmation> &confirmations)
{
    return confirmAll(confirmations, true);
}

Result<QList<CaseRecord>> CaseService::confirmAll(const QList<IntakeConfirmation> &confirmations,
                                                  bool decide)
{
    QList<Prepared> prepared;
    for (const IntakeConfirmation &c : confirmations) {
        auto p = prepare(c, decide);
        if (!p)
            return p.error();
        prepared << std::move(p.value());
    }
    return m_writer.commit([this, &prepared]() -> Result<QList<CaseChange>> {
        QList<CaseChange> changes;
        for (const Prepared &p : prepared) {
            auto change = write(p);
            if (!change)
                return change.error();
            changes << std::move(change).value();
        }
        return changes;
    });
}

Result<CaseChange> CaseService::write(const Prepared &p)
{
    using namespace CaseEvents;
    const IntakeConfirmation &c = p.conf;
    const QDate today = m_clock.today();
    const QDateTime now = m_clock.now();

    std::optional<CaseRecord> base;
    QString number;
    if (p.existing) {
        // Read again under the write lock: the case may have changed since it was opened.
        auto locked = m_cases.find(p.existing->number);
        if (!locked)
            return locked.error();
        if (!locked.value() || locked.value()->version != p.existing->version)
            return refused(QCoreApplication::translate(
                               "Cases", "Case %1 was changed meanwhile (at another window?). "
                                        "Open it again and repeat the check.")
                               .arg(p.existing->number));
        base = locked.value();
        number = base->number;
    } else {
        auto seq = TerminalSequence::next(m_sql, m_terminal, TerminalSequence::caseScope(today));
        if (!seq)
            return seq.error();
        number = CaseNumber::format(m_terminal.hallCode, today, m_terminal.terminalCode,
                                    int(seq.value()));
    }
    CaseChange change(base, number, m_terminal, c.clerk.login, now);
    auto add = [&change](const auto &event) { return change.add(event); };

    if (!base) {
        Received received;
        for (const ServiceGuide &g : c.guides)
            received.items << CaseItem{g.code, g.version, g.name};
        received.bundleCode = c.bundleCode;
        received.bundleName = c.bundleName;
        received.answers = c.answers;
        received.applicant = c.applicant;
        received.agent = c.agent;
        received.channel = c.channel;
        received.receivedOn = today;
        received.noticeDue = NoticeWindow::end(today, m_calendar).date;
        received.clerkName = c.clerk.displayName;
        received.visitOutcome = p.target;
        if (Status s = add(received); !s)
            return s.error();
    } else if (base->status == CaseStatus::CorrectionRequested) {
        // Coming back with the corrected materials is a trip; a decision on materials already
        // received (from Received) is not.
        if (Status s = add(Visit{base->trips + 1, c.clerk.login, p.target}); !s)
            return s.error();
    }

    Checked checked;
    checked.checks = c.checks;
    checked.intake = true;
    checked.answers = c.answers;
    checked.hasParties = true;
    checked.applicant = c.applicant;
    checked.agent = c.agent;
    checked.channel = c.channel;
    checked.clerkName = c.clerk.displayName;
    for (const ChecklistRow &row : p.rows)
        checked.materialNames.insert(row.key, row.material.name);
    for (const Deficiency &d : p.verdict.deficiencies)
        checked.deficiencies << d.rowKey;
    checked.pending = p.verdict.pendingRows;
    checked.recommended = toKey(p.verdict.recommended);
    if (Status s = add(checked); !s)
        return s.error();
    if (p.approver) {
        if (Status s = add(SecondNoticeApproved{
                p.approver->login, c.secondNoticeApproval->reason.trimmed(), p.outsideNotice});
            !s)
            return s.error();
    }

    if (p.decide) {
        const CaseRecord &r = change.record();
        StatusChanged decision;
        if (base)
            decision.from = r.status;
        decision.to = p.target;
        decision.decision = true;
        decision.acceptedOn = r.acceptedOn;
        decision.dueDate = r.dueDate;
        decision.dueWarning = r.dueDateWarning;
        decision.supplementDue = r.supplementDue;
        decision.supplementDays = r.supplementDays;
        decision.commitmentSigned = r.commitmentSigned;
        decision.noticeRows = r.noticeRows;
        decision.declineReason = r.declineReason;
        decision.declineRedirect = r.declineRedirect;
        switch (c.outcome) {
        case Outcome::Accept:
        case Outcome::AcceptWithDeferral: {
            // Art. 32: no notice within the window means accepted from the day of receipt.
            const bool deemed = !r.firstDecidedOn.isValid() && today > r.noticeDue;
            decision.acceptedOn = deemed ? r.receivedOn : today;
            const PromisedDeadline promised =
                PromisedDeadline::forGuides(c.guides, decision.acceptedOn, m_calendar);
            const DueDate &due = promised.due;
            decision.dueDate = due.date;
            decision.limitDays =
                promised.basis == PromisedDeadline::Basis::Unknown ? -1 : promised.workingDays;
            decision.dueWarning = due.warning();
            if (c.outcome == Outcome::AcceptWithDeferral) {
                const DueDate supplement = m_calendar.addWorkingDays(today, c.supplementDays);
                decision.supplementDue = supplement.date;
                decision.supplementDays = c.supplementDays;
                decision.commitmentSigned = c.commitmentSigned;
                if (supplement.hasWarning() && decision.dueWarning.isEmpty())
                    decision.dueWarning = supplement.warning();
            }
            decision.noticeRows.clear();
            break;
        }
        case Outcome::CorrectionNeeded:
            decision.noticeRows = checked.deficiencies;
            break;
        case Outcome::Decline:
            decision.declineReason = c.decline.reason.trimmed();
            decision.declineRedirect = c.decline.redirect.trimmed();
            break;
        }
        if (Status s = add(decision); !s)
            return s.error();
    }

    // Documents: numbered in this transaction, data fixed now for every later reprint.
    const CaseRecord &r = change.record();
    const CaseDocuments::Context context{
        r,    c.guides, p.rows, p.verdict, m_hall, m_terminal.terminalCode, c.clerk.displayName,
        today};
    for (DocumentKind kind : CaseDocuments::kindsFor(r.status, r.checks)) {
        auto count = m_cases.documentCount(number, kind);
        if (!count)
            return count.error();
        DocumentIssued doc;
        doc.kind = kind;
        doc.number =
            CaseNumber::documentNumber(number, kind, count.value() + 1, m_terminal.terminalCode);
        doc.data = CaseDocuments::build(kind, context);
        doc.data.documentNumber = doc.number;
        if (Status s = add(doc); !s)
            return s.error();
    }
    return change;
}

} // namespace onetrip
