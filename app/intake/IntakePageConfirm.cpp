// IntakePage: confirming an outcome, reopening a case with a notice, and the documents to
// print after the case has committed.
#include "intake/IntakePage.h"

#include "cases/CaseService.h"
#include "common/MessageBoxes.h"
#include "intake/ApplicantPane.h"
#include "intake/ChecklistPane.h"
#include "intake/DocumentsPane.h"
#include "intake/IntakeEntry.h"
#include "intake/VerdictPane.h"
#include "intake/VerdictSummary.h"
#include "shell/AppContext.h"

#include <QTableView>

namespace onetrip {
namespace gui {

Status IntakePage::refuse(const QString &message, QWidget *focus)
{
    m_verdictPane->showMessage(message, true);
    MessageBoxes::instance().warning(this, tr("Not confirmed"), message);
    if (focus)
        focus->setFocus();
    return Status::failure(message);
}

Status IntakePage::confirm(Outcome outcome)
{
    if (!hasIntake())
        return refuse(tr("Start an intake from the catalog first."));
    if (m_confirmed)
        return refuse(tr("This intake is saved as case %1. Start a new intake from the catalog.")
                          .arg(m_caseNumber));
    if (!service())
        return refuse(tr("This terminal has no hall and terminal code yet: set them up first."));

    // The rules of core's Intake, so the screen stops at the row to fix before the service
    // would refuse it.
    if (const QList<IntakeIssue> issues = m_entry.intake().checkIssues(); !issues.isEmpty()) {
        const IntakeIssue &first = issues.constFirst();
        return refuse(first.message, m_checklistPane->showIssue(first.rowKey));
    }

    IntakeConfirmation conf;
    conf.outcome = outcome;
    conf.caseNumber = m_record && !m_confirmed ? m_record->number : QString();
    // Empty, not null: the store keeps "" for "no bundle".
    conf.bundleCode = m_entry.bundleCode().isNull() ? QStringLiteral("") : m_entry.bundleCode();
    conf.bundleName = m_entry.bundleName().isNull() ? QStringLiteral("") : m_entry.bundleName();
    conf.guides = m_entry.intake().guides();
    conf.answers = m_entry.intake().answers();
    conf.checks = m_entry.intake().checks();
    conf.verdict = m_verdict;
    conf.applicant = m_entry.intake().applicant();
    conf.agent = m_entry.intake().agent();
    conf.clerk = m_clerk;
    conf.decline = m_verdictPane->decline();
    conf.supplementDays = m_entry.intake().supplementDays();
    conf.commitmentSigned = m_entry.intake().commitmentSigned();

    if (outcome == Outcome::Decline) {
        // 窗口无否决权: a decline says why and where to go instead.
        if (Status s = conf.decline.validate(); !s)
            return refuse(s.message(), conf.decline.reason.isEmpty()
                                           ? m_verdictPane->declineReasonField()
                                           : m_verdictPane->declineRedirectField());
    }
    if (!m_verdict.allows(outcome)) {
        QStringList why = m_verdict.reasons;
        if (!m_verdict.complete())
            why.prepend(VerdictSummary::headline(m_verdict));
        return refuse(tr("\"%1\" is not possible for this intake.").arg(displayName(outcome)) +
                      u'\n' + why.join(u'\n'));
    }
    const QDate today = m_context.clock().today();
    const QStringList problems =
        conf.applicant.problems(today) + (conf.agent ? conf.agent->problems(today) : QStringList());
    if (!problems.isEmpty())
        return refuse(problems.join(u'\n'), m_applicantPane->applicantField());
    if (Status approved = secondNoticeApproval(conf); !approved)
        return approved;

    auto saved = service()->confirm(conf);
    if (!saved) {
        if (!saved.error().detail.isEmpty()) // for the log; never carries an ID number
            qWarning("intake not saved: %s", qPrintable(saved.error().detail));
        return refuse(saved.message());
    }
    confirmed(saved.value());
    return {};
}

Status IntakePage::secondNoticeApproval(IntakeConfirmation &conf)
{
    // A resubmission holding the applicant to materials the notice did not list is a second
    // notice (二次告知): only with a supervisor's approval (SecondNotice says when it holds).
    if (conf.caseNumber.isEmpty())
        return {};
    auto check =
        service()->queries().checkResubmission(*m_record, conf.checks, conf.answers, conf.outcome);
    if (!check)
        return refuse(check.message());
    if (!check->needsSupervisor())
        return {};
    QStringList names;
    for (const QString &key : check->outsideNotice) {
        const ChecklistRow *row = Checklist::find(m_entry.intake().rows(), key);
        names << (row ? row->material.name : key);
    }
    std::optional<SupervisorApproval> approval;
    if (approvalProvider)
        approval = approvalProvider(names);
    if (!approval)
        return refuse(tr("The notice did not list %1. A second notice needs a "
                         "supervisor's approval; the case was not saved.")
                          .arg(names.join(tr(", "))));
    conf.secondNoticeApproval = approval;
    return {};
}

void IntakePage::confirmed(const CaseRecord &record)
{
    // The transaction has committed: from here on nothing can lose the case.
    m_record = record;
    m_caseNumber = record.number;
    m_confirmed = true;
    m_checklistPane->setNoticeRows({});
    fillDocumentList();
    recompute();
    m_verdictPane->showMessage(
        tr("Case %1 saved. F5 preview, Ctrl+P print, Ctrl+S save as PDF.").arg(record.number),
        false);
    m_documentsPane->focusList();
    Q_EMIT caseConfirmed(record.number);
}

Status IntakePage::resumeCase(const QString &caseOrDocumentNumber)
{
    if (!service())
        return Status::failure(
            tr("This terminal has no hall and terminal code yet: set them up first."));
    const QString number = caseOrDocumentNumber.trimmed();
    auto record = service()->queries().open(number);
    if (!record) {
        auto byDocument = service()->queries().openByDocument(number);
        if (!byDocument)
            return record.error();
        record = byDocument;
    }
    const CaseRecord r = record.value();
    if (r.status != CaseStatus::CorrectionRequested && r.status != CaseStatus::Received)
        return Status::failure(tr("Case %1 is %2: there is nothing to check again.")
                                   .arg(r.number, displayName(r.status)));
    auto guides = service()->queries().guides(r);
    if (!guides)
        return guides.error();
    if (Status s = start(IntakeEntry{guides.value(), r.bundleCode, r.bundleName}); !s)
        return s;
    // Start from the last check: the notice's rows are to be checked again.
    m_applicantPane->load(r);
    QHash<QString, QString> answers = m_entry.intake().answers();
    answers.insert(r.answers);
    m_entry.intake().setAnswers(answers);
    m_checklistPane->refresh();
    m_checklistPane->setChecks(r.checksForResubmission());
    m_checklistPane->setNoticeRows(r.noticeRows);
    m_record = r;
    m_caseNumber = r.number;
    m_applicantPane->setEntryText(
        m_applicantPane->entryText() + u'\n' +
        tr("Case %1 (%2), visit %3").arg(r.number, displayName(r.status)).arg(r.trips + 1));
    fillDocumentList();
    recompute();
    int first = 0;
    for (int row = 0; row < m_entry.intake().rows().size(); ++row) {
        if (r.noticeRows.contains(m_entry.intake().rows().at(row).key)) {
            first = row;
            break;
        }
    }
    m_checklistPane->view()->setFocus();
    m_checklistPane->focusRow(first);
    return {};
}

QList<CaseDocument> IntakePage::documents() const
{
    // The documents of the decision just taken first (the notice, then the receipt), then the
    // older ones, newest first.
    QList<CaseDocument> out;
    if (!m_record)
        return out;
    QStringList issued;
    if (m_confirmed) {
        for (const CaseDocument &d : m_record->issuedNow) {
            out << d;
            issued << d.number;
        }
    }
    for (auto it = m_record->documents.crbegin(); it != m_record->documents.crend(); ++it) {
        if (!issued.contains(it->number))
            out << *it;
    }
    return out;
}

} // namespace gui
} // namespace onetrip
