#pragma once

#include "auth/User.h"
#include "common/Result.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

class AppSettings;
class CatalogBrowserWidget;
class SettingsDialog;

// The clerk's window: a left navigation of pages (事项 for now), menus for printing,
// settings and help, and a status bar with the user, the store and the catalog size.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Database &db, const User &user, AppSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the catalog's search index: once, after login.
    Status loadCatalog();
    CatalogBrowserWidget *catalogBrowser() const { return m_catalog; }

    // Switches the interface language at once and remembers it ("zh_CN" or "en").
    void setLanguage(const QString &language);
    // The settings dialog, window-modal and not blocking; returns it for tests.
    SettingsDialog *openSettings();

    void printPreview();
    void print();
    void exportPdf();                           // asks for a file name
    Status exportGuidePdf(const QString &path); // the shown guide to `path`

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatusBar();
    void updateActions();
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    const Database &m_db;
    User m_user;
    AppSettings &m_settings;
    CatalogBrowserWidget *m_catalog = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
};

} // namespace gui
} // namespace onetrip
