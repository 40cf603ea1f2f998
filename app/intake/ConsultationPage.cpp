#include "intake/ConsultationPage.h"

#include "ui_ConsultationPage.h"

#include "cases/CaseService.h"
#include "common/MessageBoxes.h"
#include "intake/ApplicantPane.h"
#include "intake/ChecklistPane.h"
#include "intake/ConsultationDocument.h"
#include "intake/DocumentsPane.h"
#include "intake/EntryIntake.h"
#include "intake/IntakeEntry.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintService.h"
#include "shell/AppContext.h"

#include <QEvent>
#include <QShortcut>
#include <QTableView>

namespace onetrip {
namespace gui {

ConsultationPage::ConsultationPage(AppContext &context, QWidget *parent)
    : EntryPage(context, parent)
    , ui(std::make_unique<Ui::ConsultationPage>())
    , m_clerk(context.user())
{
    ui->setupUi(this);
    m_situationPane =
        new ApplicantPane(m_entry.intake(), context, ApplicantPane::Parts::SituationsOnly, this);
    m_checklistPane = new ChecklistPane(m_entry.intake(), ChecklistPane::Mode::Listing, this);
    m_documentsPane = new DocumentsPane(context, this);
    ui->consultationSplitter->insertWidget(0, m_situationPane);
    ui->consultationSplitter->insertWidget(1, m_checklistPane);
    ui->listColumnLayout->insertWidget(ui->listColumnLayout->count() - 1, m_documentsPane);
    setPaneColumns(ui->consultationSplitter);
    m_situationPane->setNextInFocusChain(m_checklistPane->view());
    QFont big = ui->outcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui->outcomeLabel->setFont(big);

    m_documentsPane->installShortcuts(this);
    // F9-F12 decide an intake; here they only say that a consultation opens no case.
    for (Qt::Key key : {Qt::Key_F9, Qt::Key_F10, Qt::Key_F11, Qt::Key_F12}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ConsultationPage::refuseOutcome);
    }
    connect(m_situationPane, &ApplicantPane::answersChanged, this,
            &ConsultationPage::answersChanged);
    connect(m_documentsPane, &DocumentsPane::message, this, &ConsultationPage::showMessage);
    connect(m_documentsPane, &DocumentsPane::handedOut, this,
            [this] { Q_EMIT consultationGiven(entryCode()); });
    // The list prints the hall and the day.
    connect(&m_context, &AppContext::hallChanged, this, &ConsultationPage::fillDocumentList);
    connect(&m_context, &AppContext::clockChanged, this, &ConsultationPage::fillDocumentList);
    clear();
}

ConsultationPage::~ConsultationPage() = default;

void ConsultationPage::clear()
{
    m_entry.reset();
    m_situationPane->reset();
    m_checklistPane->refresh();
    m_situationPane->setEntryText(noIntakeText());
    ui->messageLabel->clear();
    answersChanged();
    Q_EMIT intakeChanged(false);
}

void ConsultationPage::started(const IntakeEntry &entry)
{
    m_situationPane->reset();
    m_situationPane->setEntryText(QStringLiteral("%1\n%2").arg(entry.name(), entry.code()));
    answersChanged();
    m_checklistPane->view()->setFocus();
    m_checklistPane->focusRow(0);
}

void ConsultationPage::answersChanged()
{
    m_checklistPane->refresh();
    retranslate();
    fillDocumentList();
}

void ConsultationPage::refuseOutcome()
{
    const QString message = hasIntake()
                                ? tr("A consultation opens no case. Leave consultation mode to "
                                     "receive the application.")
                                : tr("Start an intake from the catalog first.");
    showMessage(message, true);
    MessageBoxes::instance().warning(this, tr("Not confirmed"), message);
}

void ConsultationPage::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

DocumentData ConsultationPage::consultationDocument() const
{
    HallInfo hall;
    QString terminal;
    if (CaseService *service = m_context.caseService()) {
        hall = service->hall();
        terminal = service->terminal().terminalCode;
    }
    const IntakeEntry entry = m_entry.entry();
    return ConsultationDocument::build({m_entry.intake().guides(), m_entry.intake().rows(),
                                        entry.code(), entry.name(), hall, terminal, m_clerk,
                                        m_context.clock().today()});
}

void ConsultationPage::fillDocumentList()
{
    QList<DocumentsPane::Document> list;
    if (hasIntake())
        list << DocumentsPane::Document{
            DocumentRenderer::displayName(DocumentKind::ConsultationList), consultationDocument()};
    m_documentsPane->setDocuments(list);
}

Status ConsultationPage::exportConsultationPdf(const QString &path)
{
    if (!hasIntake())
        return Status::failure(tr("Choose an item or a bundle first."));
    auto job = DocumentRenderer::job(consultationDocument());
    if (!job)
        return job.error();
    if (Status written = m_context.printing().writePdf(job.value(), path); !written)
        return written;
    Q_EMIT consultationGiven(entryCode());
    return {};
}

void ConsultationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        fillDocumentList();
    }
    QWidget::changeEvent(event);
}

void ConsultationPage::retranslate()
{
    if (!hasIntake()) {
        ui->outcomeLabel->clear();
        ui->hintLabel->clear();
        return;
    }
    ui->outcomeLabel->setText(
        tr("Consultation: %n material(s) to bring", nullptr, int(m_entry.intake().rows().size())));
    ui->hintLabel->setText(tr("Answer the questions, then print the list for the applicant "
                              "(Ctrl+P) or save it as PDF (Ctrl+S). No case is opened."));
}

} // namespace gui
} // namespace onetrip
