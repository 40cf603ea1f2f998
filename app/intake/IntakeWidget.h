#pragma once

#include "auth/User.h"
#include "cases/CaseRecord.h"
#include "cases/IntakeConfirmation.h"
#include "catalog/ServiceGuide.h"
#include "common/Result.h"
#include "intake/Checklist.h"
#include "intake/IntakeRequest.h"
#include "intake/Verdict.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class IntakeWidget;
}

class QComboBox;

namespace onetrip {
class CaseService;
class Database;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppContext;
class ChecklistModel;

// 收件: the intake screen, three panes side by side (1366×768 counter monitors): the applicant,
// agent and situation answers | the material checklist (keys 1-7 set a row's state, N its note) |
// the live verdict with its reasons, the due date and the four actions (F9 受理, F10 容缺受理, F11
// 一次性告知, F12 不予受理). Confirming saves the case first (CaseService, one transaction); only
// then are its documents printed. Keyboard only; no modal dialog except the print preview/dialog
// and the supervisor approval (approvalProvider).
class IntakeWidget : public QWidget
{
    Q_OBJECT

public:
    // The clerk is the context's user; "today", the calendar and the case service (without
    // a hall set up, confirming is refused with a message) are the context's.
    explicit IntakeWidget(AppContext &context, QWidget *parent = nullptr);
    ~IntakeWidget() override;

    // Starts a new intake of one item (latest guide version) and focuses the applicant.
    Status startItem(const QString &itemCode);
    // Starts a new intake of a bundle (一件事): its items, shared materials once.
    Status startBundle(const QString &bundleCode);
    // Reopens a case with a correction notice (case number or notice number, typed or
    // scanned): starts from the last check, the notice's rows to be re-checked.
    Status resumeCase(const QString &caseOrDocumentNumber);
    // Clears the screen (no intake).
    void clear();

    // 咨询: the applicant pane is hidden; answers + the tailored list, printed as the
    // consultation list; no case is opened.
    void setConsultationMode(bool consultation);
    bool consultationMode() const { return m_consultation; }

    bool hasIntake() const { return !m_guides.isEmpty(); }
    // An intake started (or a case reopened) and not confirmed: starting another loses it.
    bool hasUnsavedIntake() const { return hasIntake() && !m_confirmed && !m_consultation; }
    // The item or bundle code of the intake, empty without one.
    QString entryCode() const;
    // The case being resumed or just confirmed; empty for a new intake.
    QString caseNumber() const { return m_caseNumber; }
    // The verdict for the current screen (recomputed on every change).
    const Verdict &verdict() const { return m_verdict; }
    const QList<ChecklistRow> &rows() const { return m_rows; }
    const QHash<QString, QString> &answers() const { return m_answers; }
    ChecklistModel *checklistModel() const { return m_model; }
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
    // The consultation list (the tailored materials with how to obtain each).
    DocumentData consultationDocument() const;
    Status exportConsultationPdf(const QString &path);

    // Asked when a resubmission marks deficiencies outside the notice (二次告知): the
    // supervisor's credentials and a written reason, or nothing (refused). Unset: refused.
    std::function<std::optional<SupervisorApproval>(const QStringList &newDeficiencies)>
        approvalProvider;

Q_SIGNALS:
    // A case was saved (its transaction committed); its documents are ready to print.
    void caseConfirmed(const QString &caseNumber);
    // A consultation list was printed or saved (counted as a consultation).
    void consultationGiven(const QString &entryCode);
    // An intake started, or the screen was cleared.
    void intakeChanged(bool active);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Status start(const QList<ServiceGuide> &guides, const QString &bundleCode,
                 const QString &bundleName);
    void resetInputs();
    void buildQuestions();
    void answerChanged(int question);
    void rebuildChecklist();
    void recompute();
    void updateActions();
    void updateModeVisibility();
    void validateApplicantId();
    void validateAgentId();
    void applicantKindChanged();
    void agentToggled(bool on);
    void fillApplicant(const Applicant &applicant);
    void fillAgent(const std::optional<Agent> &agent);
    bool handleChecklistKey(int key, Qt::KeyboardModifiers modifiers);
    void setRowState(int row, MaterialState state);
    void showRowDetail();
    void defectChosen();
    void noteEntered();
    void focusRow(int row);
    int currentRow() const;
    Status refuse(const QString &message, QWidget *focus = nullptr);
    void confirmed(const CaseRecord &record);
    void fillDocumentList();
    const DocumentData *printable(int index, Status &status) const;
    void runDocumentAction(int action);
    void printedConsultation();
    Applicant applicant() const;
    std::optional<Agent> agent() const;
    IntakeRequest request() const;
    QDate today() const;
    CaseService *service() const; // the context's; nullptr without a hall
    void showMessage(const QString &text, bool error);
    void retranslate();

    std::unique_ptr<Ui::IntakeWidget> ui;
    AppContext &m_context;
    const Database &m_db;
    User m_clerk;
    ChecklistModel *m_model = nullptr;
    bool m_consultation = false;

    QList<ServiceGuide> m_guides;
    QString m_bundleCode;
    QString m_bundleName;
    QList<Situation> m_questions;
    QList<QComboBox *> m_questionBoxes;
    QHash<QString, QString> m_answers;
    QList<ChecklistRow> m_rows;
    Verdict m_verdict;
    bool m_falseCommitment = false;
    bool m_advanceAfterNote = false; // the note was asked for by a defect: then the next row
    bool m_syncingAgent = false;     // the agent box and the "who applies" answer follow each other

    QString m_caseNumber;     // resumed or confirmed case
    QStringList m_noticeRows; // resumed: rows to re-check
    std::optional<CaseRecord> m_record;
    bool m_confirmed = false; // the shown intake is saved; its documents can be printed
    QList<DocumentData> m_printables;
};

} // namespace gui
} // namespace onetrip
