#pragma once

#include "auth/User.h"
#include "cases/CaseRecord.h"
#include "cases/IntakeConfirmation.h"
#include "common/Result.h"
#include "intake/EntryPage.h"
#include "intake/Verdict.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class IntakePage;
}

namespace onetrip {
class CaseService;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppContext;
class ApplicantPane;
class ChecklistModel;
class ChecklistPane;
class DocumentsPane;
class VerdictPane;

// 受理: the intake page, panes side by side (1366×768 counter monitors) over one Intake:
// the applicant, agent and situation answers | the material checklist | the live verdict and
// the four outcomes (F9 受理, F10 容缺受理, F11 一次性告知, F12 不予受理), then the documents.
// The panes write into the Intake and say when something changed; the page recomputes the
// verdict once. Confirming saves the case first (CaseService, one transaction); only then are
// its documents printed. Keyboard only; no modal dialog except the print preview/dialog and
// the supervisor approval (approvalProvider).
class IntakePage : public EntryPage
{
    Q_OBJECT

public:
    // The clerk is the context's user; "today", the calendar and the case service (without
    // a hall set up, confirming is refused with a message) are the context's.
    explicit IntakePage(AppContext &context, QWidget *parent = nullptr);
    ~IntakePage() override;

    // Reopens a case with a correction notice (case number or notice number, typed or
    // scanned): starts from the last check, the notice's rows to be re-checked.
    Status resumeCase(const QString &caseOrDocumentNumber);
    void clear() override;

    // An intake started (or a case reopened) and not confirmed: starting another loses it.
    bool hasUnsavedIntake() const { return hasIntake() && !m_confirmed; }
    // The case being resumed or just confirmed; empty for a new intake.
    QString caseNumber() const { return m_caseNumber; }
    // The intake on screen, as the panes wrote it.
    const Intake &intake() const { return m_entry.intake(); }
    // The verdict for the current screen (recomputed on every change).
    const Verdict &verdict() const { return m_verdict; }
    ChecklistModel *checklistModel() const;
    // The record returned by the last confirmation (with its documents), if any.
    const std::optional<CaseRecord> &lastRecord() const { return m_record; }

    // The same as the action buttons: checks the inputs the outcome needs (容缺: commitment
    // signed and supplement days; 不予受理: reason and where to go), asks for a supervisor's
    // approval for a second notice, saves the case, then shows its documents for printing.
    // A refusal is returned and shown as a message; nothing is saved then.
    Status confirm(Outcome outcome);

    // The documents of the last confirmed (or resumed) case for printing: those just issued
    // first, then the older ones, newest first.
    QList<CaseDocument> documents() const;
    // Print preview / print dialog / PDF of one of documents() (index into that list),
    // through the context's PrintService.
    Status previewDocument(int index = 0);
    Status printDocument(int index = 0);
    Status exportDocumentPdf(const QString &path, int index = 0);

    // Asked when a resubmission marks deficiencies outside the notice (二次告知): the
    // supervisor's credentials and a written reason, or nothing (refused). Unset: refused.
    std::function<std::optional<SupervisorApproval>(const QStringList &newDeficiencies)>
        approvalProvider;

Q_SIGNALS:
    // A case was saved (its transaction committed); its documents are ready to print.
    void caseConfirmed(const QString &caseNumber);

protected:
    void changeEvent(QEvent *event) override;

private:
    void started(const IntakeEntry &entry) override;
    void answersChanged();
    void recompute();
    void updateActions();
    Status refuse(const QString &message, QWidget *focus = nullptr);
    Status secondNoticeApproval(IntakeConfirmation &conf);
    void confirmed(const CaseRecord &record);
    void fillDocumentList();
    CaseService *service() const; // the context's; nullptr without a hall

    std::unique_ptr<Ui::IntakePage> ui;
    User m_clerk;
    ApplicantPane *m_applicantPane = nullptr;
    ChecklistPane *m_checklistPane = nullptr;
    VerdictPane *m_verdictPane = nullptr;
    DocumentsPane *m_documentsPane = nullptr;

    Verdict m_verdict;
    QString m_caseNumber; // resumed or confirmed case
    std::optional<CaseRecord> m_record;
    bool m_confirmed = false; // the shown intake is saved; its documents can be printed
};

} // namespace gui
} // namespace onetrip
