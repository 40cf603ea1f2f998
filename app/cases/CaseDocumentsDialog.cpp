#include "cases/CaseDocumentsDialog.h"

#include "ui_CaseDocumentsDialog.h"

#include "cases/CaseCheckModel.h"
#include "cases/CaseClockRules.h"
#include "cases/CaseTimelineModel.h"
#include "cases/CaseVisitModel.h"
#include "cases/HandoverModel.h"

#include "common/LightColours.h"
#include "common/MessageBoxes.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintService.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

namespace onetrip {
namespace gui {

CaseDocumentsDialog::CaseDocumentsDialog(const CaseRecord &record, PrintService &printing,
                                         QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CaseDocumentsDialog>())
    , m_printing(printing)
    , m_record(record)
    , m_timeline(new CaseTimelineModel(this))
    , m_visits(new CaseVisitModel(this))
    , m_checks(new CaseCheckModel(this))
    , m_handovers(new HandoverModel(this))
{
    ui->setupUi(this);
    ui->timelineTableView->setModel(m_timeline);
    ui->visitsTableView->setModel(m_visits);
    ui->checksTableView->setModel(m_checks);
    ui->handoversTableView->setModel(m_handovers);
    for (QTableView *view : {ui->timelineTableView, ui->visitsTableView, ui->checksTableView,
                             ui->handoversTableView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    connect(ui->visitsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseDocumentsDialog::fillRatingActions);
    connect(ui->ratePushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT rateRequested(m_record.number, currentTrip()); });
    connect(ui->followUpPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT followUpRequested(m_record.number, currentTrip()); });
    connect(ui->appealPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT appealRequested(m_record.number, currentTrip()); });
    connect(ui->revealIdPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT revealIdRequested(m_record.number); });
    const std::pair<QPushButton *, void (CaseDocumentsDialog::*)(const QString &)> proxy[] = {
        {ui->takeProxyPushButton, &CaseDocumentsDialog::takeProxyRequested},
        {ui->handOverPushButton, &CaseDocumentsDialog::handOverMaterialsRequested},
        {ui->proxyStepPushButton, &CaseDocumentsDialog::proxyStepRequested},
        {ui->reassignProxyPushButton, &CaseDocumentsDialog::reassignProxyRequested},
        {ui->completeProxyPushButton, &CaseDocumentsDialog::completeProxyRequested},
    };
    for (const auto &[button, signal] : proxy)
        connect(button, &QPushButton::clicked, this, [this, signal = signal] {
            Q_EMIT(this->*signal)(m_record.number);
        });
    QFont number = ui->numberLabel->font();
    number.setBold(true);
    number.setPointSizeF(number.pointSizeF() * 1.15);
    ui->numberLabel->setFont(number);
    ui->deemedLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    QTableWidget *table = ui->documentsTableWidget;
    table->verticalHeader()->hide();
    // Compact rows: a 代办 case has a dozen papers, and four should show at once.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(ui->previewPushButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(preview(currentDocument())); });
    connect(ui->printPushButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(reprint(currentDocument())); });
    connect(ui->pdfPushButton, &QPushButton::clicked, this, &CaseDocumentsDialog::saveCurrentAsPdf);
    connect(ui->resumePushButton, &QPushButton::clicked, this, [this] {
        Q_EMIT resumeRequested(m_record.number);
        accept();
    });
    connect(ui->stopClockPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT stopClockRequested(m_record.number); });
    connect(ui->restartClockPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT restartClockRequested(m_record.number); });
    connect(ui->routePushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT routeRequested(m_record.number); });
    connect(ui->decidePushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT decideRequested(m_record.number); });
    connect(ui->handOutPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT handOutRequested(m_record.number); });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a document previews it; the keys of the buttons work from the table.
    connect(table, &QTableWidget::activated, this,
            [this] { static_cast<void>(preview(currentDocument())); });
    const std::pair<QKeySequence, QPushButton *> keys[] = {
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), ui->previewPushButton},
        {QKeySequence(Qt::CTRL | Qt::Key_P), ui->printPushButton},
        {QKeySequence(Qt::CTRL | Qt::Key_S), ui->pdfPushButton},
        {QKeySequence(Qt::Key_F5), ui->resumePushButton},
    };
    for (const auto &[sequence, button] : keys) {
        auto *shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
    }
    // One key for the clock: whichever of stop and restart the case offers.
    auto *clock = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(clock, &QShortcut::activated, this, [this] {
        for (QPushButton *button : {ui->stopClockPushButton, ui->restartClockPushButton}) {
            if (button->isVisible() && button->isEnabled()) {
                button->click();
                return;
            }
        }
    });
    fill();
    resize(900, 760);
    table->setFocus();
}

CaseDocumentsDialog::~CaseDocumentsDialog() = default;

void CaseDocumentsDialog::setDeadlines(const QList<DeadlineLine> &lines, bool mayStopClock)
{
    m_deadlines = lines;
    m_mayStopClock = mayStopClock;
    fillDeadlines();
}

QString CaseDocumentsDialog::deadlinesText() const
{
    return ui->deadlinesLabel->isHidden() ? QString() : ui->deadlinesLabel->text();
}

void CaseDocumentsDialog::fillDeadlines()
{
    const QLocale locale;
    QStringList lines;
    for (const DeadlineLine &line : std::as_const(m_deadlines)) {
        const DeadlineStatus &s = line.status;
        // Colour only for status (DESIGN §4): the light's dot and word.
        const QString colour = lightColour(s.light).name();
        QString detail;
        if (s.light == DeadlineLight::Red)
            detail = tr("overdue by %n working day(s)", nullptr, -s.workingDaysLeft);
        else if (s.light == DeadlineLight::Paused)
            detail =
                tr("clock stopped since %1; due at the earliest on %2")
                    .arg(locale.toString(m_record.pauses.constLast().from, QLocale::ShortFormat),
                         locale.toString(s.due, QLocale::ShortFormat));
        else
            detail = tr("%n working day(s) left", nullptr, s.workingDaysLeft);
        QString text =
            tr("%1: due %2 · <span style=\"color:%3\">● %4</span> · %5")
                .arg(line.title.toHtmlEscaped(), locale.toString(s.due, QLocale::ShortFormat),
                     colour, displayName(s.light).toHtmlEscaped(), detail.toHtmlEscaped());
        if (s.pausedWorkingDays > 0 && s.light != DeadlineLight::Paused)
            text += QStringLiteral(" · ") +
                    tr("%n working day(s) not counted (stopped)", nullptr, s.pausedWorkingDays)
                        .toHtmlEscaped();
        if (s.hasWarning())
            text += QStringLiteral("<br><span style=\"color:#a40000\">") +
                    s.warning().toHtmlEscaped() + QStringLiteral("</span>");
        lines << text;
    }
    ui->deadlinesLabel->setText(lines.join(QStringLiteral("<br>")));
    ui->deadlinesLabel->setVisible(!lines.isEmpty());
    const bool paused = CaseClockRules::isPaused(m_record);
    ui->stopClockPushButton->setVisible(m_mayStopClock && CaseClockRules::limitRuns(m_record) &&
                                        !paused);
    ui->restartClockPushButton->setVisible(m_mayStopClock && paused);
}

void CaseDocumentsDialog::setDeemedAcceptance(const DeemedAcceptance &deemed)
{
    m_deemed = deemed;
    fill();
}

int CaseDocumentsDialog::currentDocument() const
{
    const int row = ui->documentsTableWidget->currentRow();
    return row >= 0 && row < documentCount() ? row : -1;
}

Status CaseDocumentsDialog::exportPdf(int row, const QString &path)
{
    if (row < 0 || row >= documentCount())
        return Status::failure(tr("Choose a document of the case first."));
    auto job = DocumentRenderer::job(m_record.documents.at(row).data);
    if (!job)
        return job.error();
    return m_printing.writePdf(job.value(), path);
}

Status CaseDocumentsDialog::preview(int row)
{
    if (row < 0 || row >= documentCount())
        return Status::failure(tr("Choose a document of the case first."));
    auto job = DocumentRenderer::job(m_record.documents.at(row).data);
    Result<PrintOutcome> printed =
        job ? m_printing.preview(job.value(), this) : Result<PrintOutcome>(job.error());
    if (!printed)
        reportFailure(printed.error());
    return printed ? Status() : Status(printed.error());
}

Status CaseDocumentsDialog::reprint(int row)
{
    if (row < 0 || row >= documentCount())
        return Status::failure(tr("Choose a document of the case first."));
    auto job = DocumentRenderer::job(m_record.documents.at(row).data);
    Result<PrintOutcome> printed =
        job ? m_printing.print(job.value(), this) : Result<PrintOutcome>(job.error());
    if (!printed)
        reportFailure(printed.error());
    return printed ? Status() : Status(printed.error());
}

void CaseDocumentsDialog::saveCurrentAsPdf()
{
    const int row = currentDocument();
    if (row < 0)
        return;
    auto job = DocumentRenderer::job(m_record.documents.at(row).data);
    if (!job) {
        reportFailure(job.error());
        return;
    }
    // Asks for the file (named after the document number), writes it, remembers the folder.
    if (const Result<QString> saved = m_printing.exportPdf(job.value(), this); !saved)
        reportFailure(saved.error());
}

void CaseDocumentsDialog::reportFailure(const Status &status)
{
    // The case is saved whatever the printer does: say so, so nobody enters it again.
    MessageBoxes::instance().warning(
        this, tr("Not printed"),
        tr("%1\n\nThe case is saved; print the document again from here when the printer "
           "works.")
            .arg(status.message()));
}

QString CaseDocumentsDialog::headerText() const
{
    QStringList lines;
    const QList<QLabel *> captions = {ui->numberCaptionLabel,    ui->itemCaptionLabel,
                                      ui->applicantCaptionLabel, ui->statusCaptionLabel,
                                      ui->datesCaptionLabel,     ui->tripsCaptionLabel,
                                      ui->syncCaptionLabel};
    const QList<QLabel *> values = {ui->numberLabel, ui->itemLabel,  ui->applicantLabel,
                                    ui->statusLabel, ui->datesLabel, ui->tripsLabel,
                                    ui->syncLabel};
    for (qsizetype i = 0; i < captions.size(); ++i)
        lines << captions.at(i)->text() + u' ' + values.at(i)->text();
    if (!ui->deemedLabel->isHidden())
        lines << ui->deemedLabel->text();
    return lines.join(u'\n');
}

void CaseDocumentsDialog::setSyncState(const QString &text, bool attention)
{
    ui->syncLabel->setText(text);
    ui->syncLabel->setStyleSheet(attention ? QStringLiteral("color: #a40000;") : QString());
}

void CaseDocumentsDialog::fill()
{
    const QLocale locale;
    const auto date = [&locale](QDate d) { return locale.toString(d, QLocale::ShortFormat); };
    setWindowTitle(tr("Case %1").arg(m_record.number));
    ui->numberLabel->setText(m_record.number);
    ui->itemLabel->setText(m_record.itemDisplayName());
    // The masked form, as on the documents; the full number only after a recorded reveal.
    QString applicant = m_record.applicant.name;
    if (!m_record.applicant.idNumber.isEmpty())
        applicant +=
            QStringLiteral("（") +
            (m_applicantIdShown ? m_record.applicant.idNumber : m_record.applicant.maskedId()) +
            QStringLiteral("）");
    if (m_record.agent) {
        applicant += u' ' + tr("— agent: %1").arg(m_record.agent->name);
        if (m_agentIdShown)
            applicant += QStringLiteral("（") + m_record.agent->idNumber + QStringLiteral("）");
    }
    ui->applicantLabel->setText(applicant);
    fillRevealAction();
    m_checks->setRecord(m_record);
    ui->checksTableView->resizeColumnsToContents();
    ui->statusLabel->setText(displayName(m_record.status));

    QStringList dates;
    if (m_record.receivedOn.isValid())
        dates << tr("received %1").arg(date(m_record.receivedOn));
    if (m_record.acceptedOn.isValid())
        dates << tr("accepted %1").arg(date(m_record.acceptedOn));
    if (m_record.dueDate.isValid())
        dates << tr("due %1").arg(date(m_record.dueDate));
    if (m_record.supplementDue.isValid() && m_record.status == CaseStatus::AcceptedWithDeferral)
        dates << tr("deferred materials due %1").arg(date(m_record.supplementDue));
    if (m_record.noticeDue.isValid() && m_record.status == CaseStatus::Received)
        dates << tr("notice due by %1").arg(date(m_record.noticeDue));
    ui->datesLabel->setText(dates.join(QStringLiteral(" · ")));
    QString trips = tr("%n trip(s)", nullptr, m_record.trips);
    if (m_record.notices > 0)
        trips += QStringLiteral(" · ") + tr("%n correction notice(s)", nullptr, m_record.notices);
    if (m_record.secondNotices > 0)
        trips += QStringLiteral(" · ") + tr("%n second notice(s)", nullptr, m_record.secondNotices);
    ui->tripsLabel->setText(trips);
    const QString deemed = m_deemed.describe();
    ui->deemedLabel->setText(deemed);
    ui->deemedLabel->setVisible(!deemed.isEmpty());

    QTableWidget *table = ui->documentsTableWidget;
    const int selected = currentDocument();
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Document"), tr("Number"), tr("Issued")});
    table->setRowCount(documentCount());
    for (int row = 0; row < documentCount(); ++row) {
        const CaseDocument &document = m_record.documents.at(row);
        table->setItem(row, 0, new QTableWidgetItem(DocumentRenderer::displayName(document.kind)));
        table->setItem(row, 1, new QTableWidgetItem(document.number));
        table->setItem(row, 2,
                       new QTableWidgetItem(
                           locale.toString(document.issuedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    table->resizeColumnsToContents();
    if (documentCount() > 0)
        table->setCurrentCell(selected >= 0 ? selected : documentCount() - 1, 0);
    const bool any = documentCount() > 0;
    ui->previewPushButton->setEnabled(any);
    ui->printPushButton->setEnabled(any);
    ui->pdfPushButton->setEnabled(any);
    ui->resumePushButton->setVisible(m_record.status == CaseStatus::CorrectionRequested);
    fillDeadlines();
    fillProgress();
    fillProxy();
}

void CaseDocumentsDialog::setTimeline(const QList<TimelineEntry> &entries,
                                      const QHash<QString, QString> &names,
                                      const QSet<QString> &refused)
{
    m_names = names;
    m_timeline->setEntries(entries, names, refused);
    ui->timelineTableView->resizeColumnsToContents();
    ui->timelineTableView->scrollToBottom(); // the latest step in view
}

void CaseDocumentsDialog::setMayProgress(bool may)
{
    m_mayProgress = may;
    fillProgress();
}

void CaseDocumentsDialog::fillProgress()
{
    const QLocale locale;
    const CaseRecord &r = m_record;
    QStringList lines;
    if (!r.department.isEmpty())
        lines << tr("Sent on %1 to %2, due there by %3.")
                     .arg(locale.toString(r.routedOn, QLocale::ShortFormat), r.department,
                          locale.toString(r.departmentDue, QLocale::ShortFormat));
    if (r.decidedOn.isValid()) {
        const bool refused = !r.refusalReason.isEmpty();
        lines << (refused ? tr("Refused on %1 (decision %2): %3")
                                .arg(locale.toString(r.decidedOn, QLocale::ShortFormat),
                                     r.decisionNumber, r.refusalReason)
                          : tr("Approved on %1, certificate %2.")
                                .arg(locale.toString(r.decidedOn, QLocale::ShortFormat),
                                     r.decisionNumber));
    }
    if (r.handOut) {
        const HandOut &h = *r.handOut;
        lines << (h.method == HandOutMethod::Window
                      ? tr("Handed out on %1 at the window to %2 %3 (%4).")
                            .arg(locale.toString(r.handedOutOn, QLocale::ShortFormat),
                                 displayName(h.collector), h.collectorName, h.collectorIdMasked)
                      : tr("Sent on %1 by %2, waybill %3, to %4.")
                            .arg(locale.toString(r.handedOutOn, QLocale::ShortFormat), h.carrier,
                                 h.tracking, h.address));
    }
    ui->progressLabel->setText(lines.join(QLatin1Char('\n')));
    ui->progressLabel->setVisible(!lines.isEmpty());
    const bool accepted = r.status == CaseStatus::Accepted;
    ui->routePushButton->setVisible(m_mayProgress &&
                                    (accepted || r.status == CaseStatus::AcceptedWithDeferral));
    ui->decidePushButton->setVisible(m_mayProgress && accepted);
    ui->handOutPushButton->setVisible(
        m_mayProgress && (r.status == CaseStatus::Approved || r.status == CaseStatus::Refused));
}

void CaseDocumentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
