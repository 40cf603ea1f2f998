#include "main/MainWindow.h"

#include "ui_MainWindow.h"

#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "printing/GuidePrinter.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStatusBar>

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

} // namespace

MainWindow::MainWindow(const Database &db, const User &user, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_user(user)
    , m_settings(settings)
{
    ui->setupUi(this);

    // Pages of the left navigation; more arrive with intake, cases and reports.
    m_catalog = new CatalogBrowserWidget(db, this);
    ui->pagesStackedWidget->addWidget(m_catalog);
    ui->navigationListWidget->addItem(QString());
    ui->navigationListWidget->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 8);
    ui->navigationListWidget->setStyleSheet(
        QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    QFont navigationFont = ui->navigationListWidget->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    ui->navigationListWidget->setFont(navigationFont);
    connect(ui->navigationListWidget, &QListWidget::currentRowChanged, ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    ui->navigationListWidget->setCurrentRow(0);
    for (int page = 0; page < ui->navigationListWidget->count(); ++page) {
        auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)), this);
        connect(jump, &QShortcut::activated, this, [this, page] {
            ui->navigationListWidget->setCurrentRow(page);
            ui->pagesStackedWidget->currentWidget()->setFocus();
        });
    }

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setObjectName(QStringLiteral("catalogStatusLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);

    connect(ui->printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    connect(ui->printAction, &QAction::triggered, this, &MainWindow::print);
    connect(ui->exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_catalog, &CatalogBrowserWidget::entryChanged, this, &MainWindow::updateActions);

    retranslate();
    updateActions();
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1366, 768);
    restoreState(m_settings.mainWindowState());
    m_catalog->restoreState(m_settings.catalogSplitterState());
    m_catalog->focusSearch();
}

MainWindow::~MainWindow() = default;

Status MainWindow::loadCatalog()
{
    Status loaded = m_catalog->load();
    updateStatusBar();
    return loaded;
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
    ui->navigationListWidget->item(0)->setText(tr("Catalog"));
    ui->navigationListWidget->item(0)->setToolTip(tr("Service items and their guides (Ctrl+1)"));
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
