#include "intake/DocumentsPane.h"

#include "ui_DocumentsPane.h"

#include "common/MessageBoxes.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintService.h"
#include "shell/AppContext.h"

#include <QDir>
#include <QEvent>
#include <QShortcut>

namespace onetrip {
namespace gui {

DocumentsPane::DocumentsPane(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DocumentsPane>())
    , m_context(context)
{
    ui->setupUi(this);
    connect(ui->previewButton, &QPushButton::clicked, this, [this] { run(PreviewAction); });
    connect(ui->printButton, &QPushButton::clicked, this, [this] { run(PrintAction); });
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] { run(PdfAction); });
    connect(ui->documentsListWidget, &QListWidget::itemActivated, this,
            [this] { run(PreviewAction); });
    setDocuments({});
}

DocumentsPane::~DocumentsPane() = default;

void DocumentsPane::installShortcuts(QWidget *scope)
{
    const struct
    {
        QKeySequence keys;
        Action action;
    } documentKeys[] = {{QKeySequence(Qt::Key_F5), PreviewAction},
                        {QKeySequence(Qt::CTRL | Qt::Key_P), PrintAction},
                        {QKeySequence(Qt::CTRL | Qt::Key_S), PdfAction}};
    for (const auto &d : documentKeys) {
        const Action action = d.action;
        auto *shortcut = new QShortcut(d.keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] { run(action); });
    }
}

void DocumentsPane::setDocuments(const QList<Document> &documents)
{
    m_documents = documents;
    ui->documentsListWidget->clear();
    for (const Document &d : documents)
        ui->documentsListWidget->addItem(d.label);
    if (ui->documentsListWidget->count() > 0)
        ui->documentsListWidget->setCurrentRow(0);
    const bool printable = !m_documents.isEmpty();
    ui->documentsGroupBox->setEnabled(printable);
    for (QPushButton *b : {ui->previewButton, ui->printButton, ui->pdfButton})
        b->setEnabled(printable);
}

void DocumentsPane::focusList()
{
    ui->documentsListWidget->setFocus();
}

const DocumentData *DocumentsPane::printable(int index, Status &status) const
{
    if (index < 0 || index >= m_documents.size()) {
        status = Status::failure(tr("There is no document to print yet: confirm an outcome "
                                    "first."));
        return nullptr;
    }
    status = {};
    return &m_documents.at(index).data;
}

Result<PrintJob> DocumentsPane::job(int index) const
{
    Status s;
    const DocumentData *d = printable(index, s);
    if (!d)
        return s.error();
    return DocumentRenderer::job(*d);
}

Status DocumentsPane::printThrough(int index, PrintDialog dialog)
{
    auto job = this->job(index);
    if (!job)
        return job.error();
    auto outcome = (m_context.printing().*dialog)(job.value(), this);
    if (!outcome)
        return Status::failure(outcome.message());
    if (outcome.value() == PrintOutcome::Printed)
        Q_EMIT handedOut();
    return {};
}

Status DocumentsPane::preview(int index)
{
    return printThrough(index, &PrintService::preview);
}

Status DocumentsPane::print(int index)
{
    return printThrough(index, &PrintService::print);
}

Status DocumentsPane::exportPdf(const QString &path, int index)
{
    auto job = this->job(index);
    if (!job)
        return job.error();
    if (Status written = m_context.printing().writePdf(job.value(), path); !written)
        return written;
    Q_EMIT handedOut();
    return {};
}

void DocumentsPane::run(Action action)
{
    const int index = std::max(0, ui->documentsListWidget->currentRow());
    Status s;
    if (!printable(index, s)) {
        Q_EMIT message(s.message(), true);
        return;
    }
    Status result;
    switch (action) {
    case PreviewAction:
        result = preview(index);
        break;
    case PrintAction:
        result = print(index);
        break;
    case PdfAction: {
        auto job = DocumentRenderer::job(m_documents.at(index).data);
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
        Q_EMIT handedOut();
        Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(saved.value())), false);
        break;
    }
    }
    if (!result) {
        // A printer fault never touches the case: it is saved; print again from here.
        Q_EMIT message(result.message(), true);
        MessageBoxes::instance().critical(this, tr("Printing failed"),
                                          result.message() + u'\n' +
                                              tr("The case is saved; print the document "
                                                 "again when the printer is ready."));
    }
}

void DocumentsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
