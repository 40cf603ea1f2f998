#pragma once

#include "auth/User.h"
#include "calendar/WorkdayCalendar.h"
#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;
class QLineEdit;
class QToolBar;

namespace onetrip {
class CaseService;
class Database;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppSettings;
class CaseDocumentsDialog;
class CatalogBrowserWidget;
class HallSetupDialog;
class IntakeWidget;
class SettingsDialog;

// The clerk's window: a left navigation of pages by role (事项 catalog, 受理 intake, 咨询
// consultation), a tool bar with the global "open case" field (Ctrl+O; a barcode scanner
// types into it), menus for printing, settings and help, and a status bar with the user and
// role, the hall and terminal, the store and the catalog size.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages of the left navigation, in order (Ctrl+1, Ctrl+2 ... jump to them).
    enum class Page
    {
        Catalog,
        Intake,
        Consultation,
    };

    MainWindow(const Database &db, const User &user, AppSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the catalog's search index and loads the working-day calendar: once, after login.
    Status loadCatalog();
    // What "today" is for intake, due dates and case numbers (tests move it). Not owned;
    // nullptr: the system clock.
    void setClock(const Clock *clock);
    CatalogBrowserWidget *catalogBrowser() const { return m_catalog; }
    IntakeWidget *intakeWidget() const { return m_intake; }
    IntakeWidget *consultationWidget() const { return m_consultation; }
    QLineEdit *openCaseField() const { return m_openCaseField; }

    // The hall and terminal of this store, empty before the first run's setup.
    const std::optional<HallSetup> &hallSetup() const { return m_hall; }
    // First run of a terminal: opens the hall setup (window-modal, not blocking) when the
    // store has no hall yet; returns it, or nullptr when the hall is set up. When the hall
    // settings cannot be read, that error is shown instead and nothing is offered.
    HallSetupDialog *promptHallSetupIfNeeded();
    // Started with --demo: the hall setup offers the demo hall (DemoData::demoHall()) filled in.
    void setOfferDemoHall(bool offer) { m_offerDemoHall = offer; }
    // The hall setup dialog (also from Settings › Hall and terminal); returns it for tests.
    // nullptr (after showing why) while the saved hall settings cannot be read.
    HallSetupDialog *openHallSetup();
    // The error reading the hall settings, when the last read failed.
    const std::optional<Error> &hallError() const { return m_hallError; }

    // The page shown, and showing one (it gets the focus).
    Page currentPage() const;
    void showPage(Page page);
    // Starts an intake (or a consultation) of an item or bundle and shows its page. An intake
    // needs the hall: without it the setup opens first and the intake starts once saved.
    Status startIntake(const QString &code, bool isBundle, bool consultation = false);
    // The "open case" field's action: a case number opens the case view; the number of a
    // correction notice of a case waiting for corrections reopens it in the intake page.
    // Refusals are shown as a message and returned.
    Status openCase(const QString &number);
    // The case view opened last by openCase, while it is open.
    CaseDocumentsDialog *caseDialog() const;

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
    void buildNavigation();
    QWidget *pageWidget(Page page) const;
    void buildCaseToolBar();
    void loadHall();
    void showHallError();
    void hallSaved();
    void countConsultation(const QString &entryCode);
    bool confirmDiscardIntake(IntakeWidget *widget);
    void updateStatusBar();
    void updateActions();
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    const Database &m_db;
    User m_user;
    AppSettings &m_settings;
    const Clock *m_clock = nullptr;
    WorkdayCalendar m_calendar;
    std::optional<HallSetup> m_hall;
    // Why the saved hall could not be read: an error, never the first run (no setup offered).
    std::optional<Error> m_hallError;
    std::unique_ptr<CaseService> m_service; // with the hall set up

    CatalogBrowserWidget *m_catalog = nullptr;
    IntakeWidget *m_intake = nullptr;
    IntakeWidget *m_consultation = nullptr;
    bool m_intakeSaved = true; // the intake page holds nothing unsaved

    QToolBar *m_caseToolBar = nullptr;
    QLabel *m_openCaseLabel = nullptr;
    QLineEdit *m_openCaseField = nullptr;
    QPointer<HallSetupDialog> m_hallDialog;
    bool m_offerDemoHall = false;
    QPointer<CaseDocumentsDialog> m_caseDialog;
    // An intake asked for before the hall was set up: started once it is.
    struct PendingIntake
    {
        QString code;
        bool isBundle = false;
    };
    std::optional<PendingIntake> m_pendingIntake;

    QLabel *m_userLabel = nullptr;
    QLabel *m_hallLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
};

} // namespace gui
} // namespace onetrip
