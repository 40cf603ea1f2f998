#include "main/MainWindow.h"

#include "sync/SyncStatusLabel.h"

#include "ui_MainWindow.h"

#include "auth/User.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/ScannerInput.h"
#include "cases/SupervisorApprovalDialog.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "intake/ConsultationPage.h"
#include "intake/IntakePage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/AppContext.h"
#include "shell/PageRegistry.h"
#include "storage/Database.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistPage.h"

#include <QCloseEvent>
#include <QDir>
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

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    ui->setupUi(this);
    buildPages();
    buildNavigation();
    connectPages();
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
    m_syncLabel = new SyncStatusLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);

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
    connect(ui->connectServerAction, &QAction::triggered, this, &MainWindow::openConnectServer);
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_context, &AppContext::hallChanged, this, &MainWindow::updateStatusBar);

    retranslate();
    updateActions();
    if (!restoreGeometry(m_context.settings().mainWindowGeometry()))
        resize(1366, 768);
    restoreState(m_context.settings().mainWindowState());
    if (CatalogBrowserWidget *catalog = catalogBrowser()) {
        catalog->restoreState(m_context.settings().catalogSplitterState());
        catalog->focusSearch();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    // Only the pages the role sees are made: the others cannot be reached at all.
    for (const ShellPage *spec : PageRegistry::visibleTo(m_context.user().role)) {
        QWidget *widget = spec->create(m_context, ui->pagesStackedWidget);
        widget->setObjectName(QString::fromLatin1(spec->id) + QStringLiteral("Page"));
        ui->pagesStackedWidget->addWidget(widget);
        m_pages.append({spec, widget});
    }
}

void MainWindow::buildNavigation()
{
    ui->navigationListWidget->setStyleSheet(
        QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    QFont navigationFont = ui->navigationListWidget->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    ui->navigationListWidget->setFont(navigationFont);

    for (const Page &page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(ui->navigationListWidget);
        item->setData(Qt::UserRole, QString::fromLatin1(page.spec->id));
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

void MainWindow::connectPages()
{
    // What flows between pages: the catalog starts intakes and consultations; the intake
    // page reports saved cases and asks for a supervisor's approval.
    if (CatalogBrowserWidget *catalog = catalogBrowser()) {
        connect(catalog, &CatalogBrowserWidget::intakeRequested, this,
                [this](const QString &code, bool isBundle, bool consultation) {
                    static_cast<void>(startIntake(code, isBundle, consultation));
                });
        connect(catalog, &CatalogBrowserWidget::entryChanged, this, &MainWindow::updateActions);
    }
    if (IntakePage *intake = intakePage()) {
        intake->approvalProvider = [this](const QStringList &newDeficiencies) {
            return SupervisorApprovalDialog::ask(m_context.database(), newDeficiencies, this);
        };
        connect(intake, &IntakePage::caseConfirmed, this, [this](const QString &number) {
            statusBar()->showMessage(tr("Case %1 saved.").arg(number), 10000);
        });
    }
    auto *worklists = qobject_cast<WorklistPage *>(page(u"worklists"));
    if (worklists) {
        connect(worklists, &WorklistPage::openCaseRequested, this,
                [this](const QString &number) { static_cast<void>(openCase(number)); });
    }
    if (auto *desk = qobject_cast<DeskPage *>(page(u"desk"))) {
        connect(desk, &DeskPage::worklistRequested, this,
                [this, worklists](WorklistKind kind, const WorklistFilter &filter) {
                    if (!worklists || !showPage(u"worklists"))
                        return;
                    worklists->showList(kind, filter);
                });
    }
    if (ConsultationPage *consultation = consultationPage()) {
        connect(consultation, &ConsultationPage::consultationGiven, this,
                [this](const QString &entryCode) { countConsultation(entryCode); });
    }
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
    // A scanned number opens its case from any field, not only this one.
    m_scanner = new ScannerInput(this);
    m_scanner->setOwnField(m_openCaseField);
    connect(m_scanner, &ScannerInput::scanned, this,
            [this](const QString &number) { static_cast<void>(openCase(number)); });
}

const MainWindow::Page *MainWindow::findPage(QStringView id) const
{
    for (const Page &page : m_pages) {
        if (id == QLatin1String(page.spec->id))
            return &page;
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page &page : m_pages)
        ids << QString::fromLatin1(page.spec->id);
    return ids;
}

QWidget *MainWindow::page(QStringView id) const
{
    const Page *found = findPage(id);
    return found ? found->widget : nullptr;
}

CatalogBrowserWidget *MainWindow::catalogBrowser() const
{
    return qobject_cast<CatalogBrowserWidget *>(page(u"catalog"));
}

IntakePage *MainWindow::intakePage() const
{
    return qobject_cast<IntakePage *>(page(u"intake"));
}

ConsultationPage *MainWindow::consultationPage() const
{
    return qobject_cast<ConsultationPage *>(page(u"consultation"));
}

QString MainWindow::currentPage() const
{
    const QListWidgetItem *item = ui->navigationListWidget->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Status MainWindow::showPage(QStringView id)
{
    for (int row = 0; row < ui->navigationListWidget->count(); ++row) {
        if (ui->navigationListWidget->item(row)->data(Qt::UserRole).toString() == id) {
            ui->navigationListWidget->setCurrentRow(row);
            ui->pagesStackedWidget->currentWidget()->setFocus();
            return {};
        }
    }
    const ShellPage *spec = PageRegistry::find(id);
    const QString name = spec ? spec->translatedTitle() : id.toString();
    return Status::failure(tr("The page %1 is not available to the role %2.")
                               .arg(name, displayName(m_context.user().role)));
}

bool MainWindow::confirmDiscard(QStringView id)
{
    const Page *found = findPage(id);
    const QString unsaved = found ? found->spec->unsavedWorkOf(found->widget) : QString();
    if (unsaved.isEmpty())
        return true;
    return MessageBoxes::instance().ask(this, tr("Work not saved"),
                                        tr("%1 Start another and discard it?").arg(unsaved));
}

Status MainWindow::loadCatalog()
{
    CatalogBrowserWidget *catalog = catalogBrowser();
    Status loaded = catalog ? catalog->load() : Status();
    m_context.load(); // the calendar and the hall: every page hears of them
    updateStatusBar();
    return loaded;
}

const std::optional<HallSetup> &MainWindow::hallSetup() const
{
    return m_context.hall();
}

const std::optional<Error> &MainWindow::hallError() const
{
    return m_context.hallError();
}

void MainWindow::setLanguage(const QString &language)
{
    m_context.settings().setLanguage(language);
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

void MainWindow::updateStatusBar()
{
    const User &user = m_context.user();
    m_userLabel->setText(tr("%1 · %2").arg(user.displayName, displayName(user.role)));
    m_userLabel->setToolTip(tr("Logged in as %1").arg(user.login));
    const std::optional<HallSetup> &hall = m_context.hall();
    if (hall) {
        m_hallLabel->setText(
            tr("%1 · terminal %2").arg(hall->hall.name, hall->terminal.terminalCode));
        m_hallLabel->setToolTip(
            tr("Hall %1, %2, %3").arg(hall->hall.code, hall->hall.address, hall->hall.phone));
        m_hallLabel->setStyleSheet(QString());
    } else if (m_context.hallError()) {
        m_hallLabel->setText(tr("Hall settings cannot be read"));
        m_hallLabel->setToolTip(m_context.hallError()->message);
        m_hallLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    } else {
        m_hallLabel->setText(tr("Hall not set up"));
        m_hallLabel->setToolTip(
            tr("Intake needs the hall and this terminal: Settings › Hall and terminal."));
        m_hallLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    }
    const Database &db = m_context.database();
    m_storeLabel->setText(tr("Embedded store: %1").arg(QFileInfo(db.path()).fileName()));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(db.path()));
    const CatalogBrowserWidget *catalog = catalogBrowser();
    m_catalogLabel->setText(
        tr("%1 items in the catalog").arg(QLocale().toString(catalog ? catalog->itemCount() : 0)));
}

void MainWindow::updateActions()
{
    const CatalogBrowserWidget *catalog = catalogBrowser();
    const bool shown = catalog && catalog->hasEntry();
    ui->printPreviewAction->setEnabled(shown);
    ui->printAction->setEnabled(shown);
    ui->exportPdfAction->setEnabled(shown);
    updateSyncActions();
}

void MainWindow::retranslate()
{
    // The navigation's names and tool tips come from the page table.
    for (int row = 0; row < ui->navigationListWidget->count(); ++row) {
        QListWidgetItem *item = ui->navigationListWidget->item(row);
        const ShellPage *spec = m_pages.at(row).spec;
        item->setText(spec->translatedTitle());
        item->setToolTip(spec->translatedToolTip(QStringLiteral("Ctrl+%1").arg(row + 1)));
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
    m_openCaseField->setPlaceholderText(
        tr("Case or notice number, name or ID — type or scan (Ctrl+O)"));
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
    // Closing loses what a page holds unsaved (an intake not confirmed): ask first.
    for (const Page &page : std::as_const(m_pages)) {
        const QString unsaved = page.spec->unsavedWorkOf(page.widget);
        if (!unsaved.isEmpty() &&
            !MessageBoxes::instance().ask(this, tr("Work not saved"),
                                          tr("%1 Close OneTrip and discard it?").arg(unsaved))) {
            event->ignore();
            return;
        }
    }
    AppSettings &settings = m_context.settings();
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    if (const CatalogBrowserWidget *catalog = catalogBrowser())
        settings.setCatalogSplitterState(catalog->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace gui
} // namespace onetrip
