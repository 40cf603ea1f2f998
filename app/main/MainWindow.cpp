#include "main/MainWindow.h"

#include "ui_MainWindow.h"

#include "calendar/CalendarRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseLookup.h"
#include "cases/CaseService.h"
#include "cases/ConsultationLog.h"
#include "cases/HallSettings.h"
#include "cases/HallSetupDialog.h"
#include "cases/SupervisorApprovalDialog.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "intake/IntakeWidget.h"
#include "printing/GuidePrinter.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace onetrip {
namespace gui {

namespace {

// A file name from an item name: no path separators or characters file systems refuse.
QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.isSpace())
            c = u'_';
    }
    return name.left(60);
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

// The left navigation as data: each page and the roles that see it (empty: every role).
// Agents and supervisors see the same pages for now; later roles differ here only.
struct NavigationEntry
{
    MainWindow::Page page;
    QList<Role> roles;
};

const NavigationEntry kNavigation[] = {
    {MainWindow::Page::Catalog, {}},
    {MainWindow::Page::Intake, {}},
    {MainWindow::Page::Consultation, {}},
};

bool visibleTo(const NavigationEntry &entry, Role role)
{
    return entry.roles.isEmpty() || entry.roles.contains(role);
}

} // namespace

MainWindow::MainWindow(const Database &db, const User &user, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_user(user)
    , m_settings(settings)
    , m_clock(&systemClock())
{
    ui->setupUi(this);

    m_catalog = new CatalogBrowserWidget(db, this);
    m_intake = new IntakeWidget(db, user, this);
    m_intake->setObjectName(QStringLiteral("intakeWidget"));
    m_consultation = new IntakeWidget(db, user, this);
    m_consultation->setObjectName(QStringLiteral("consultationWidget"));
    m_consultation->setConsultationMode(true);
    for (IntakeWidget *intake : {m_intake, m_consultation}) {
        intake->setClock(m_clock);
        intake->approvalProvider = [this](const QStringList &newDeficiencies) {
            return SupervisorApprovalDialog::ask(m_db, newDeficiencies, this);
        };
    }
    connect(m_intake, &IntakeWidget::caseConfirmed, this, [this](const QString &number) {
        m_intakeSaved = true;
        statusBar()->showMessage(tr("Case %1 saved.").arg(number), 10000);
    });
    connect(m_consultation, &IntakeWidget::consultationGiven, this,
            [this](const QString &entryCode) { countConsultation(entryCode); });
    connect(m_catalog, &CatalogBrowserWidget::intakeRequested, this,
            [this](const QString &code, bool isBundle, bool consultation) {
                static_cast<void>(startIntake(code, isBundle, consultation));
            });
    buildNavigation();
    buildCaseToolBar();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_hallLabel = new QLabel(this);
    m_hallLabel->setObjectName(QStringLiteral("hallStatusLabel"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setObjectName(QStringLiteral("catalogStatusLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_hallLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);

    connect(ui->openCaseAction, &QAction::triggered, this, [this] {
        m_caseToolBar->show();
        m_openCaseField->setFocus(Qt::ShortcutFocusReason);
        m_openCaseField->selectAll();
    });
    connect(ui->printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    connect(ui->printAction, &QAction::triggered, this, &MainWindow::print);
    connect(ui->exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->hallSetupAction, &QAction::triggered, this, &MainWindow::openHallSetup);
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_catalog, &CatalogBrowserWidget::entryChanged, this, &MainWindow::updateActions);

    loadHall();
    retranslate();
    updateActions();
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1366, 768);
    restoreState(m_settings.mainWindowState());
    m_catalog->restoreState(m_settings.catalogSplitterState());
    m_catalog->focusSearch();
}

MainWindow::~MainWindow()
{
    // The intake widgets may still point at the service: they go first.
    delete m_intake;
    delete m_consultation;
}

void MainWindow::buildNavigation()
{
    ui->navigationListWidget->setStyleSheet(
        QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    QFont navigationFont = ui->navigationListWidget->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    ui->navigationListWidget->setFont(navigationFont);

    for (const NavigationEntry &entry : kNavigation) {
        QWidget *widget = pageWidget(entry.page);
        if (!visibleTo(entry, m_user.role)) {
            widget->hide();
            continue;
        }
        ui->pagesStackedWidget->addWidget(widget);
        auto *item = new QListWidgetItem(ui->navigationListWidget);
        item->setData(Qt::UserRole, int(entry.page));
    }
    connect(ui->navigationListWidget, &QListWidget::currentRowChanged, ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    ui->navigationListWidget->setCurrentRow(0);
    for (int row = 0; row < ui->navigationListWidget->count() && row < 9; ++row) {
        auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        connect(jump, &QShortcut::activated, this, [this, row] {
            ui->navigationListWidget->setCurrentRow(row);
            ui->pagesStackedWidget->currentWidget()->setFocus();
        });
    }
}

QWidget *MainWindow::pageWidget(Page page) const
{
    switch (page) {
    case Page::Catalog:
        return m_catalog;
    case Page::Intake:
        return m_intake;
    case Page::Consultation:
        return m_consultation;
    }
    return m_catalog;
}

void MainWindow::buildCaseToolBar()
{
    m_caseToolBar = addToolBar(QString());
    m_caseToolBar->setObjectName(QStringLiteral("caseToolBar"));
    m_caseToolBar->setMovable(false);
    m_openCaseLabel = new QLabel(m_caseToolBar);
    m_openCaseLabel->setContentsMargins(6, 0, 6, 0);
    m_openCaseField = new QLineEdit(m_caseToolBar);
    m_openCaseField->setObjectName(QStringLiteral("openCaseLineEdit"));
    m_openCaseField->setClearButtonEnabled(true);
    m_openCaseField->setMaximumWidth(m_openCaseField->fontMetrics().horizontalAdvance(u'0') * 40);
    m_openCaseLabel->setBuddy(m_openCaseField);
    m_caseToolBar->addWidget(m_openCaseLabel);
    m_caseToolBar->addWidget(m_openCaseField);
    // A barcode scanner is a keyboard: it types the number and presses Enter.
    connect(m_openCaseField, &QLineEdit::returnPressed, this,
            [this] { static_cast<void>(openCase(m_openCaseField->text())); });
}

void MainWindow::loadHall()
{
    m_service.reset();
    m_hall.reset();
    m_hallError.reset();
    // A failed read is not "not set up yet": offering the setup then would overwrite the
    // saved hall, or hide a damaged store behind a first-run dialog.
    if (const auto saved = HallSettings(m_db).load(); !saved)
        m_hallError = saved.error();
    else if (saved->has_value())
        m_hall = saved->value();
    if (m_hall) {
        m_service = std::make_unique<CaseService>(m_db, *m_clock, m_calendar, m_hall->hall,
                                                  m_hall->terminal);
    }
    m_intake->setService(m_service.get());
    m_consultation->setService(m_service.get());
}

Status MainWindow::loadCatalog()
{
    Status loaded = m_catalog->load();
    // No calendar in the store is not fatal: every due date then carries the warning.
    if (Result<WorkdayCalendar> calendar = CalendarRepository(m_db).load())
        m_calendar = std::move(calendar).value();
    m_intake->setCalendar(m_calendar);
    m_consultation->setCalendar(m_calendar);
    loadHall(); // the service computes due dates with the calendar
    updateStatusBar();
    return loaded;
}

void MainWindow::countConsultation(const QString &entryCode)
{
    ConsultationLog log(m_db);
    const Status recorded =
        log.record(entryCode, m_user.login, m_hall ? m_hall->hall.code : QString(),
                   m_hall ? m_hall->terminal.terminalCode : QString(), *m_clock);
    const Result<int> today = log.countOn(m_clock->today());
    if (!recorded || !today) {
        // The list was given all the same; only the count is missing.
        statusBar()->showMessage(recorded ? today.message() : recorded.message(), 10000);
        return;
    }
    statusBar()->showMessage(tr("Consultation list given (consultation %1 today): the applicant "
                                "can come once, with everything.")
                                 .arg(today.value()),
                             10000);
}

void MainWindow::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &systemClock();
    m_catalog->setClock(m_clock);
    m_intake->setClock(m_clock);
    m_consultation->setClock(m_clock);
    loadHall(); // the service keeps a reference to the clock
}

HallSetupDialog *MainWindow::promptHallSetupIfNeeded()
{
    if (m_hallError) {
        showHallError();
        return nullptr;
    }
    return m_hall ? nullptr : openHallSetup();
}

void MainWindow::showHallError()
{
    MessageBoxes::instance().critical(
        this, tr("Hall settings cannot be read"),
        tr("%1\n\nThe hall and terminal settings of this store cannot be read, so intake and case "
           "numbers are not available. The first-run setup is not offered: it could replace a "
           "saved hall. Restart OneTrip; if this stays, check the store with onetripctl db "
           "check.")
            .arg(m_hallError ? m_hallError->message : QString()));
}

HallSetupDialog *MainWindow::openHallSetup()
{
    if (m_hallError) {
        loadHall(); // read again: the store may be back
        updateStatusBar();
        if (m_hallError) {
            showHallError();
            return nullptr;
        }
    }
    if (m_hallDialog) {
        m_hallDialog->raise();
        m_hallDialog->activateWindow();
        return m_hallDialog;
    }
    m_hallDialog = new HallSetupDialog(m_db, m_offerDemoHall, this);
    m_hallDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hallDialog, &QDialog::accepted, this, &MainWindow::hallSaved);
    connect(m_hallDialog, &QDialog::rejected, this, [this] {
        m_pendingIntake.reset();
        if (!m_hall) {
            statusBar()->showMessage(tr("The hall is not set up: the catalog works, intake "
                                        "waits for Settings › Hall and terminal."),
                                     15000);
        }
    });
    m_hallDialog->open();
    m_hallDialog->activateWindow(); // also when opened from a shortcut of another window
    return m_hallDialog;
}

void MainWindow::hallSaved()
{
    loadHall();
    updateStatusBar();
    if (m_pendingIntake) {
        const PendingIntake pending = *m_pendingIntake;
        m_pendingIntake.reset();
        static_cast<void>(startIntake(pending.code, pending.isBundle, false));
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    const QListWidgetItem *item = ui->navigationListWidget->currentItem();
    return item ? Page(item->data(Qt::UserRole).toInt()) : Page::Catalog;
}

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < ui->navigationListWidget->count(); ++row) {
        if (Page(ui->navigationListWidget->item(row)->data(Qt::UserRole).toInt()) == page) {
            ui->navigationListWidget->setCurrentRow(row);
            ui->pagesStackedWidget->currentWidget()->setFocus();
            return;
        }
    }
}

bool MainWindow::confirmDiscardIntake(IntakeWidget *widget)
{
    if (widget != m_intake || m_intakeSaved || !m_intake->hasIntake())
        return true;
    return MessageBoxes::instance().ask(
        this, tr("Intake in progress"),
        tr("The intake of %1 is not confirmed yet. Start another and discard it?")
            .arg(m_intake->entryCode()));
}

Status MainWindow::startIntake(const QString &code, bool isBundle, bool consultation)
{
    if (!consultation && !m_service && m_hallError) {
        showHallError();
        return Status::failure(m_hallError->message);
    }
    if (!consultation && !m_service) {
        m_pendingIntake = PendingIntake{code, isBundle};
        openHallSetup();
        return Status::failure(tr("Set up the hall and this terminal first: case numbers and "
                                  "documents need them."));
    }
    IntakeWidget *widget = consultation ? m_consultation : m_intake;
    if (!confirmDiscardIntake(widget))
        return Status::failure(tr("The intake in progress was kept."));
    showPage(consultation ? Page::Consultation : Page::Intake);
    Status started = isBundle ? widget->startBundle(code) : widget->startItem(code);
    if (!started) {
        MessageBoxes::instance().warning(this, tr("Cannot start the intake"), started.message());
        return started;
    }
    if (!consultation)
        m_intakeSaved = false;
    return {};
}

Status MainWindow::openCase(const QString &number)
{
    const auto refuse = [this](const QString &message) {
        MessageBoxes::instance().warning(this, tr("Case not opened"), message);
        m_openCaseField->setFocus();
        m_openCaseField->selectAll();
        return Status::failure(message);
    };
    if (!m_service && m_hallError)
        return refuse(m_hallError->message);
    if (!m_service) {
        openHallSetup();
        return refuse(tr("Set up the hall and this terminal first (Settings › Hall and "
                         "terminal)."));
    }
    const Result<CaseLookup> found = CaseLookup::find(*m_service, number);
    if (!found)
        return refuse(found.message());

    if (found->resumesIntake()) {
        // The applicant is back with the corrections listed on this notice.
        if (!confirmDiscardIntake(m_intake))
            return Status::failure(tr("The intake in progress was kept."));
        showPage(Page::Intake);
        if (Status resumed = m_intake->resumeCase(found->documentNumber); !resumed)
            return refuse(resumed.message());
        m_intakeSaved = false;
        m_openCaseField->clear();
        statusBar()->showMessage(tr("Case %1 reopened: check the materials listed on the notice.")
                                     .arg(found->record.number),
                                 10000);
        return {};
    }

    if (m_caseDialog)
        m_caseDialog->close();
    m_caseDialog = new CaseDocumentsDialog(found->record, this);
    m_caseDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_caseDialog->setDeemedAcceptance(
        m_service->queries().deemedAccepted(found->record, m_clock->today()));
    connect(m_caseDialog, &CaseDocumentsDialog::resumeRequested, this,
            [this](const QString &caseNumber) {
                if (!confirmDiscardIntake(m_intake))
                    return;
                showPage(Page::Intake);
                if (Status resumed = m_intake->resumeCase(caseNumber); !resumed) {
                    MessageBoxes::instance().warning(this, tr("Case not opened"),
                                                     resumed.message());
                    return;
                }
                m_intakeSaved = false;
            });
    m_caseDialog->show();
    m_caseDialog->raise();
    m_caseDialog->activateWindow();
    m_openCaseField->clear();
    return {};
}

CaseDocumentsDialog *MainWindow::caseDialog() const
{
    return m_caseDialog.data();
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    if (language == Translations::current())
        return;
    QLocale::setDefault(QLocale(language));
    // Installing the translators sends LanguageChange to every window: each retranslates.
    Translations::install(language);
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(Translations::current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setLanguage(dialog->language()); });
    dialog->open();
    return dialog;
}

void MainWindow::printPreview()
{
    if (m_catalog->hasEntry())
        GuidePrinter::preview(m_catalog->documentHtml(), m_catalog->entryName(), this);
}

void MainWindow::print()
{
    if (m_catalog->hasEntry())
        GuidePrinter::print(m_catalog->documentHtml(), m_catalog->entryName(), this);
}

void MainWindow::exportPdf()
{
    if (!m_catalog->hasEntry())
        return;
    const QString suggested =
        QDir(m_settings.lastExportFolder())
            .filePath(safeFileName(m_catalog->entryName()) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the guide as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status exported = exportGuidePdf(path); !exported) {
        MessageBoxes::instance().critical(this, tr("Export failed"), exported.message());
        return;
    }
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

Status MainWindow::exportGuidePdf(const QString &path)
{
    if (!m_catalog->hasEntry())
        return Status::failure(tr("Choose an item first: there is no guide to export."));
    return GuidePrinter::exportPdf(m_catalog->documentHtml(), m_catalog->entryName(), path);
}

void MainWindow::updateStatusBar()
{
    m_userLabel->setText(tr("%1 · %2").arg(m_user.displayName, displayName(m_user.role)));
    m_userLabel->setToolTip(tr("Logged in as %1").arg(m_user.login));
    if (m_hall) {
        m_hallLabel->setText(
            tr("%1 · terminal %2").arg(m_hall->hall.name, m_hall->terminal.terminalCode));
        m_hallLabel->setToolTip(
            tr("Hall %1, %2, %3").arg(m_hall->hall.code, m_hall->hall.address, m_hall->hall.phone));
        m_hallLabel->setStyleSheet(QString());
    } else if (m_hallError) {
        m_hallLabel->setText(tr("Hall settings cannot be read"));
        m_hallLabel->setToolTip(m_hallError->message);
        m_hallLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    } else {
        m_hallLabel->setText(tr("Hall not set up"));
        m_hallLabel->setToolTip(
            tr("Intake needs the hall and this terminal: Settings › Hall and terminal."));
        m_hallLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    }
    m_storeLabel->setText(tr("Embedded store: %1").arg(QFileInfo(m_db.path()).fileName()));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(m_db.path()));
    m_catalogLabel->setText(
        tr("%1 items in the catalog").arg(QLocale().toString(m_catalog->itemCount())));
}

void MainWindow::updateActions()
{
    const bool shown = m_catalog->hasEntry();
    ui->printPreviewAction->setEnabled(shown);
    ui->printAction->setEnabled(shown);
    ui->exportPdfAction->setEnabled(shown);
}

void MainWindow::retranslate()
{
    for (int row = 0; row < ui->navigationListWidget->count(); ++row) {
        QListWidgetItem *item = ui->navigationListWidget->item(row);
        const QString keys = QStringLiteral("Ctrl+%1").arg(row + 1);
        switch (Page(item->data(Qt::UserRole).toInt())) {
        case Page::Catalog:
            item->setText(tr("Catalog"));
            item->setToolTip(tr("Service items and their guides (%1); F2 starts an intake of "
                                "the selected item, Shift+F2 a consultation")
                                 .arg(keys));
            break;
        case Page::Intake:
            item->setText(tr("Intake"));
            item->setToolTip(tr("Check an applicant's materials and decide (%1)").arg(keys));
            break;
        case Page::Consultation:
            item->setText(tr("Consultation"));
            item->setToolTip(
                tr("Answer the situation questions and print the tailored material list, "
                   "without opening a case (%1)")
                    .arg(keys));
            break;
        }
    }
    // Wide enough for the longest page name in this language (English names are longer).
    QListWidget *navigation = ui->navigationListWidget;
    int width = navigation->fontMetrics().horizontalAdvance(u'M') * 6;
    for (int row = 0; row < navigation->count(); ++row) {
        width = std::max(
            width, navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text()));
    }
    navigation->setFixedWidth(width + 24);
    m_caseToolBar->setWindowTitle(tr("Open a case"));
    m_openCaseLabel->setText(tr("Open &case:"));
    m_openCaseField->setPlaceholderText(tr("Case or notice number — type or scan (Ctrl+O)"));
    m_openCaseField->setToolTip(
        tr("A case number opens the case and its documents; the number of a correction notice "
           "reopens the case for the resubmission."));
    updateStatusBar();
}

void MainWindow::showAbout()
{
    MessageBoxes::instance().information(
        this, tr("About OneTrip"),
        tr("OneTrip %1 — 一次办成\n\nThe window clerk's desktop for government service halls: "
           "service guides, intake, one-time correction notices and receipts.")
            .arg(QStringLiteral(ONETRIP_VERSION)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setCatalogSplitterState(m_catalog->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace gui
} // namespace onetrip
