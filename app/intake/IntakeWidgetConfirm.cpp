// IntakeWidget: confirming an outcome, reopening a case with a notice, and printing the
// documents after the case has committed.
#include "intake/IntakeWidget.h"

#include "intake/Intake.h"

#include "ui_IntakeWidget.h"

#include "cases/CaseService.h"
#include "common/MessageBoxes.h"
#include "intake/ChecklistModel.h"
#include "intake/ConsultationDocument.h"
#include "intake/VerdictSummary.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintService.h"
#include "shell/AppContext.h"

#include <QDir>
#include <QListWidget>

namespace onetrip {
namespace gui {

Status IntakeWidget::refuse(const QString &message, QWidget *focus)
{
    showMessage(message, true);
    MessageBoxes::instance().warning(this, tr("Not confirmed"), message);
    if (focus)
        focus->setFocus();
    return Status::failure(message);
}

Status IntakeWidget::confirm(Outcome outcome)
{
    if (!hasIntake())
        return refuse(tr("Start an intake from the catalog first."));
    if (m_consultation)
        return refuse(tr("A consultation opens no case. Leave consultation mode to receive "
                         "the application."));
    if (m_confirmed)
        return refuse(tr("This intake is saved as case %1. Start a new intake from the catalog.")
                          .arg(m_caseNumber));
    if (!service())
        return refuse(tr("This terminal has no hall and terminal code yet: set them up first."));

    // The rules of core's Intake, so the screen stops at the row to fix before the service
    // would refuse it.
    const QList<MaterialCheck> checks = m_model->checks();
    Intake intake(m_guides, m_answers);
    intake.setChecks(checks);
    if (const QList<IntakeIssue> issues = intake.checkIssues(); !issues.isEmpty()) {
        const IntakeIssue &first = issues.constFirst();
        int row = 0;
        while (row < m_rows.size() && m_rows.at(row).key != first.rowKey)
            ++row;
        focusRow(row);
        const bool noDefect = !checks.value(row).defect.has_value();
        return refuse(first.message, noDefect ? static_cast<QWidget *>(ui->defectComboBox)
                                              : static_cast<QWidget *>(ui->noteLineEdit));
    }

    IntakeConfirmation conf;
    conf.outcome = outcome;
    conf.caseNumber = m_record && !m_confirmed ? m_record->number : QString();
    // Empty, not null: the store keeps "" for "no bundle".
    conf.bundleCode = m_bundleCode.isNull() ? QStringLiteral("") : m_bundleCode;
    conf.bundleName = m_bundleName.isNull() ? QStringLiteral("") : m_bundleName;
    conf.guides = m_guides;
    conf.answers = m_answers;
    conf.checks = checks;
    conf.verdict = m_verdict;
    conf.applicant = applicant();
    conf.agent = agent();
    conf.clerk = m_clerk;
    conf.decline = DeclineDecision{ui->declineReasonLineEdit->text().trimmed(),
                                   ui->declineRedirectLineEdit->text().trimmed()};
    conf.supplementDays = ui->supplementDaysSpinBox->value();
    conf.commitmentSigned = ui->commitmentSignedCheckBox->isChecked();

    if (outcome == Outcome::Decline) {
        // 窗口无否决权: a decline says why and where to go instead.
        if (Status s = conf.decline.validate(); !s)
            return refuse(s.message(), conf.decline.reason.isEmpty() ? ui->declineReasonLineEdit
                                                                     : ui->declineRedirectLineEdit);
    }
    if (!m_verdict.allows(outcome)) {
        QStringList why = m_verdict.reasons;
        if (!m_verdict.complete())
            why.prepend(VerdictSummary::headline(m_verdict));
        return refuse(tr("\"%1\" is not possible for this intake.").arg(displayName(outcome)) +
                      u'\n' + why.join(u'\n'));
    }
    const QStringList problems = conf.applicant.problems(today()) +
                                 (conf.agent ? conf.agent->problems(today()) : QStringList());
    if (!problems.isEmpty())
        return refuse(problems.join(u'\n'), ui->idLineEdit);

    // A resubmission holding the applicant to materials the notice did not list is a second
    // notice (二次告知): only with a supervisor's approval (SecondNotice says when it holds).
    if (!conf.caseNumber.isEmpty()) {
        auto check = service()->queries().checkResubmission(*m_record, checks, m_answers, outcome);
        if (!check)
            return refuse(check.message());
        if (check->needsSupervisor()) {
            QStringList names;
            for (const QString &key : check->outsideNotice) {
                const ChecklistRow *row = Checklist::find(m_rows, key);
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
        }
    }

    auto saved = service()->confirm(conf);
    if (!saved) {
        if (!saved.error().detail.isEmpty()) // for the log; never carries an ID number
            qWarning("intake not saved: %s", qPrintable(saved.error().detail));
        return refuse(saved.message());
    }
    confirmed(saved.value());
    return {};
}

void IntakeWidget::confirmed(const CaseRecord &record)
{
    // The transaction has committed: from here on nothing can lose the case.
    m_record = record;
    m_caseNumber = record.number;
    m_confirmed = true;
    m_model->setNoticeRows({});
    fillDocumentList();
    recompute();
    showMessage(
        tr("Case %1 saved. F5 preview, Ctrl+P print, Ctrl+S save as PDF.").arg(record.number),
        false);
    ui->documentsListWidget->setFocus();
    Q_EMIT caseConfirmed(record.number);
}

Status IntakeWidget::resumeCase(const QString &caseOrDocumentNumber)
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
    const bool consultation = m_consultation;
    m_consultation = false;
    if (Status s = start(guides.value(), r.bundleCode, r.bundleName); !s) {
        m_consultation = consultation;
        return s;
    }
    // Start from the last check: the notice's rows are to be checked again.
    for (int i = 0; i < m_questions.size(); ++i) {
        const QString answer = r.answers.value(m_questions.at(i).id);
        if (!answer.isEmpty())
            m_questionBoxes.at(i)->setCurrentIndex(
                std::max(0, m_questionBoxes.at(i)->findData(answer)));
    }
    fillApplicant(r.applicant);
    ui->idLineEdit->setText(r.applicant.idNumber);
    fillAgent(r.agent);
    m_answers.insert(r.answers);
    rebuildChecklist();
    m_model->setChecks(r.checksForResubmission());
    m_model->setNoticeRows(r.noticeRows);
    m_noticeRows = r.noticeRows;
    m_record = r;
    m_caseNumber = r.number;
    ui->entryLabel->setText(
        ui->entryLabel->text() + u'\n' +
        tr("Case %1 (%2), visit %3").arg(r.number, displayName(r.status)).arg(r.trips + 1));
    fillDocumentList();
    recompute();
    int first = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_noticeRows.contains(m_rows.at(row).key)) {
            first = row;
            break;
        }
    }
    ui->checklistView->setFocus();
    focusRow(first);
    return {};
}

// ---- Documents --------------------------------------------------------------------------

DocumentData IntakeWidget::consultationDocument() const
{
    HallInfo hall;
    QString terminal;
    if (service()) {
        hall = service()->hall();
        terminal = service()->terminal().terminalCode;
    }
    const QString name =
        m_bundleName.isEmpty() && !m_guides.isEmpty() ? m_guides.first().name : m_bundleName;
    return ConsultationDocument::build(
        {m_guides, m_rows, entryCode(), name, hall, terminal, m_clerk, today()});
}

QList<CaseDocument> IntakeWidget::documents() const
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

void IntakeWidget::fillDocumentList()
{
    m_printables.clear();
    ui->documentsListWidget->clear();
    if (m_consultation && hasIntake()) {
        m_printables << consultationDocument();
        ui->documentsListWidget->addItem(
            DocumentRenderer::displayName(DocumentKind::ConsultationList));
    } else if (m_record) {
        for (const CaseDocument &d : documents()) {
            m_printables << d.data;
            ui->documentsListWidget->addItem(
                QStringLiteral("%1  %2").arg(DocumentRenderer::displayName(d.kind), d.number));
        }
    }
    if (ui->documentsListWidget->count() > 0)
        ui->documentsListWidget->setCurrentRow(0);
    updateActions();
}

const DocumentData *IntakeWidget::printable(int index, Status &status) const
{
    if (index < 0 || index >= m_printables.size()) {
        status = Status::failure(tr("There is no document to print yet: confirm an outcome "
                                    "first."));
        return nullptr;
    }
    status = {};
    return &m_printables.at(index);
}

Status IntakeWidget::previewDocument(int index)
{
    Status s;
    const DocumentData *d = printable(index, s);
    if (!d)
        return s;
    auto job = DocumentRenderer::job(*d);
    if (!job)
        return job.error();
    auto outcome = m_context.printing().preview(job.value(), this);
    if (!outcome)
        return Status::failure(outcome.message());
    if (outcome.value() == PrintOutcome::Printed && m_consultation)
        printedConsultation();
    return {};
}

Status IntakeWidget::printDocument(int index)
{
    Status s;
    const DocumentData *d = printable(index, s);
    if (!d)
        return s;
    auto job = DocumentRenderer::job(*d);
    if (!job)
        return job.error();
    auto outcome = m_context.printing().print(job.value(), this);
    if (!outcome)
        return Status::failure(outcome.message());
    if (outcome.value() == PrintOutcome::Printed && m_consultation)
        printedConsultation();
    return {};
}

Status IntakeWidget::exportDocumentPdf(const QString &path, int index)
{
    Status s;
    const DocumentData *d = printable(index, s);
    if (!d)
        return s;
    auto job = DocumentRenderer::job(*d);
    if (!job)
        return job.error();
    if (Status written = m_context.printing().writePdf(job.value(), path); !written)
        return written;
    if (m_consultation)
        printedConsultation();
    return {};
}

Status IntakeWidget::exportConsultationPdf(const QString &path)
{
    if (!hasIntake())
        return Status::failure(tr("Choose an item or a bundle first."));
    auto job = DocumentRenderer::job(consultationDocument());
    if (!job)
        return job.error();
    if (Status written = m_context.printing().writePdf(job.value(), path); !written)
        return written;
    printedConsultation();
    return {};
}

void IntakeWidget::printedConsultation()
{
    Q_EMIT consultationGiven(entryCode());
}

void IntakeWidget::runDocumentAction(int action)
{
    const int index = std::max(0, ui->documentsListWidget->currentRow());
    Status s;
    if (!printable(index, s)) {
        showMessage(s.message(), true);
        return;
    }
    Status result;
    switch (action) {
    case 0:
        result = previewDocument(index);
        break;
    case 1:
        result = printDocument(index);
        break;
    default: {
        auto job = DocumentRenderer::job(m_printables.at(index));
        if (!job) {
            result = job.error();
            break;
        }
        // The file is asked for (named after the document) and the folder remembered.
        const Result<QString> saved = m_context.printing().exportPdf(job.value(), this);
        if (!saved) {
            result = saved.error();
            break;
        }
        if (saved->isEmpty())
            return; // cancelled
        if (m_consultation)
            printedConsultation();
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(saved.value())), false);
        break;
    }
    }
    if (!result) {
        // A printer fault never touches the case: it is saved; print again from here.
        showMessage(result.message(), true);
        MessageBoxes::instance().critical(this, tr("Printing failed"),
                                          result.message() + u'\n' +
                                              tr("The case is saved; print the document "
                                                 "again when the printer is ready."));
    }
}

} // namespace gui
} // namespace onetrip
