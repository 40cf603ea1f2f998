#include "intake/IntakePage.h"

#include "ui_IntakePage.h"

#include "intake/ApplicantPane.h"
#include "intake/ChecklistPane.h"
#include "intake/DocumentsPane.h"
#include "intake/EntryIntake.h"
#include "intake/IntakeEntry.h"
#include "intake/VerdictPane.h"
#include "printing/DocumentRenderer.h"
#include "shell/AppContext.h"

#include <QEvent>
#include <QTableView>

namespace onetrip {
namespace gui {

IntakePage::IntakePage(AppContext &context, QWidget *parent)
    : EntryPage(context, parent)
    , ui(std::make_unique<Ui::IntakePage>())
    , m_clerk(context.user())
{
    ui->setupUi(this);
    m_applicantPane = new ApplicantPane(m_entry.intake(), context,
                                        ApplicantPane::Parts::ApplicantAndSituations, this);
    m_checklistPane = new ChecklistPane(m_entry.intake(), ChecklistPane::Mode::Checking, this);
    m_verdictPane = new VerdictPane(m_entry.intake(), context, this);
    m_documentsPane = new DocumentsPane(context, this);
    ui->intakeSplitter->insertWidget(0, m_applicantPane);
    ui->intakeSplitter->insertWidget(1, m_checklistPane);
    ui->verdictColumnLayout->addWidget(m_verdictPane);
    ui->verdictColumnLayout->addWidget(m_documentsPane);
    setPaneColumns(ui->intakeSplitter);
    // Keyboard order: applicant, agent, situations, then the checklist.
    m_applicantPane->setNextInFocusChain(m_checklistPane->view());

    m_verdictPane->installShortcuts(this);
    m_documentsPane->installShortcuts(this);
    connect(m_verdictPane, &VerdictPane::outcomeRequested, this,
            [this](Outcome outcome) { static_cast<void>(confirm(outcome)); });
    connect(m_applicantPane, &ApplicantPane::answersChanged, this, &IntakePage::answersChanged);
    // Each pane writes into the Intake and says so; the verdict is computed once, here.
    connect(m_applicantPane, &ApplicantPane::changed, this, &IntakePage::recompute);
    connect(m_checklistPane, &ChecklistPane::changed, this, &IntakePage::recompute);
    connect(m_verdictPane, &VerdictPane::changed, this, &IntakePage::recompute);
    const auto show = [this](const QString &text, bool error) {
        m_verdictPane->showMessage(text, error);
    };
    connect(m_checklistPane, &ChecklistPane::message, this, show);
    connect(m_documentsPane, &DocumentsPane::message, this, show);
    // Due dates follow the calendar and the day; ID checks (expiry) the day.
    connect(&m_context, &AppContext::calendarChanged, this, &IntakePage::recompute);
    connect(&m_context, &AppContext::clockChanged, this, [this] {
        m_applicantPane->revalidate();
        recompute();
    });
    clear();
}

IntakePage::~IntakePage() = default;

CaseService *IntakePage::service() const
{
    return m_context.caseService();
}

ChecklistModel *IntakePage::checklistModel() const
{
    return m_checklistPane->model();
}

void IntakePage::clear()
{
    m_entry.reset();
    m_caseNumber.clear();
    m_record.reset();
    m_confirmed = false;
    m_applicantPane->reset();
    m_verdictPane->reset();
    m_checklistPane->setNoticeRows({});
    m_checklistPane->refresh();
    m_applicantPane->setEntryText(noIntakeText());
    fillDocumentList();
    recompute();
    Q_EMIT intakeChanged(false);
}

void IntakePage::started(const IntakeEntry &entry)
{
    m_applicantPane->reset();
    m_verdictPane->reset();
    m_checklistPane->refresh();
    m_applicantPane->setEntryText(QStringLiteral("%1\n%2").arg(entry.name(), entry.code()));
    m_applicantPane->focusApplicant();
    m_checklistPane->focusRow(0);
    recompute();
}

void IntakePage::answersChanged()
{
    m_checklistPane->refresh();
    recompute();
}

void IntakePage::recompute()
{
    if (!hasIntake()) {
        m_verdict = Verdict{};
        m_verdictPane->clearVerdict();
        updateActions();
        return;
    }
    m_verdict = m_entry.intake().verdict();
    m_verdictPane->showVerdict(m_verdict, m_confirmed ? m_record : std::nullopt);
    updateActions();
}

void IntakePage::updateActions()
{
    // A saved intake is read-only: what was confirmed is what the documents say.
    m_applicantPane->setLocked(m_confirmed);
    m_checklistPane->setLocked(m_confirmed);
    m_verdictPane->setLocked(m_confirmed);
    m_verdictPane->setOutcomesEnabled(m_verdict, hasIntake() && !m_confirmed);
}

void IntakePage::fillDocumentList()
{
    QList<DocumentsPane::Document> list;
    for (const CaseDocument &d : documents())
        list << DocumentsPane::Document{
            QStringLiteral("%1  %2").arg(DocumentRenderer::displayName(d.kind), d.number), d.data};
    m_documentsPane->setDocuments(list);
}

Status IntakePage::previewDocument(int index)
{
    return m_documentsPane->preview(index);
}

Status IntakePage::printDocument(int index)
{
    return m_documentsPane->print(index);
}

Status IntakePage::exportDocumentPdf(const QString &path, int index)
{
    return m_documentsPane->exportPdf(path, index);
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillDocumentList();
        recompute();
    }
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
