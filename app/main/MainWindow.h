#pragma once

#include "cases/HallInfo.h"
#include "common/Result.h"
#include "deadline/WarningPolicy.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;
class QLineEdit;
class QTimer;
class QToolBar;

namespace onetrip {
namespace gui {

class ConnectServerDialog;
class SyncController;
class SyncPasswordDialog;
class SyncStatusLabel;

class AppContext;
class CaseChooserDialog;
class ComplaintFollowUpDialog;
class RatingDialog;
class RevealIdDialog;
class HandoverDialog;
class ProxyNoteDialog;
class ProxyTakeDialog;
class CaseDocumentsDialog;
class ScannerInput;
class CatalogBrowserWidget;
class HallSetupDialog;
class ConsultationPage;
class IntakePage;
class SettingsDialog;
class StopClockDialog;
class RouteDialog;
class DecisionDialog;
class HandOutDialog;
struct ShellPage;

// The clerk's window, a shell around pages: the left navigation shows the pages of
// PageRegistry's table that the signed-in user's role may see (Ctrl+1, Ctrl+2 … jump to
// them), each page made once with the application context. Around them: a tool bar with the
// global "open case" field (Ctrl+O; a barcode scanner types into it), menus for printing,
// settings and help, and a status bar with the user and role, the hall and terminal, the
// store and the catalog size.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The context (store, clock, calendar, user, hall, services, settings) outlives the window.
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the catalog's search index and reads the calendar and the hall: once, after login.
    Status loadCatalog();
    AppContext &context() const { return m_context; }

    // The pages of the navigation, by id (PageRegistry), in order: those the role sees.
    QStringList pageIds() const;
    // A page's widget; nullptr when the role does not see it.
    QWidget *page(QStringView id) const;
    // The pages the main window works with across pages (nullptr when the role lacks them).
    CatalogBrowserWidget *catalogBrowser() const;
    IntakePage *intakePage() const;
    ConsultationPage *consultationPage() const;
    QLineEdit *openCaseField() const { return m_openCaseField; }

    // The hall and terminal of this store, empty before the first run's setup.
    const std::optional<HallSetup> &hallSetup() const;
    // First run of a terminal: opens the hall setup (window-modal, not blocking) when the
    // store has no hall yet; returns it, or nullptr when the hall is set up. When the hall
    // settings cannot be read, that error is shown instead and nothing is offered.
    HallSetupDialog *promptHallSetupIfNeeded();
    // Started with --demo: the hall setup offers the demo hall (DemoData::demoHall()) filled in.
    void setOfferDemoHall(bool offer) { m_offerDemoHall = offer; }
    // Online/offline, waiting events, last sync, conflicts (fed by the SyncController).
    SyncStatusLabel *syncStatusLabel() const { return m_syncLabel; }
    // The background sync of this window (owned by the application; set once after login):
    // its status feeds the status bar and the connect action, and a refused sign-in asks
    // for the password.
    void setSyncController(SyncController *sync);
    // Settings › Connect to the central server (supervisors and administrators, while the
    // terminal is standalone); window-modal, not blocking; returns it for tests (nullptr
    // when it may not be used now, after saying why).
    ConnectServerDialog *openConnectServer();
    // The password prompt opened when the server no longer takes the sign-in.
    SyncPasswordDialog *syncPasswordDialog() const;
    // The hall setup dialog (also from Settings › Hall and terminal); returns it for tests.
    // nullptr (after showing why) while the saved hall settings cannot be read.
    HallSetupDialog *openHallSetup();
    // The error reading the hall settings, when the last read failed.
    const std::optional<Error> &hallError() const;

    // The id of the page shown, and showing one (it gets the focus). A page the role does not
    // see is refused with a message, returned (not shown).
    QString currentPage() const;
    Status showPage(QStringView id);
    // Starts an intake (or a consultation) of an item or bundle and shows its page. An intake
    // needs the hall: without it the setup opens first and the intake starts once saved.
    Status startIntake(const QString &code, bool isBundle, bool consultation = false);
    // The "open case" field's action: a case number opens the case view; the number of a
    // correction notice of a case waiting for corrections reopens it in the intake page.
    // Anything else is searched for (CaseSearch: a name or its start, a resident ID or
    // credit code, the start of a number): one case found opens, several are offered in
    // the chooser. Refusals are shown as a message and returned.
    Status openCase(const QString &typed);
    // The list openCase offers when what was typed matches several cases, while it is open.
    CaseChooserDialog *caseChooser() const;
    // Scanned numbers typed into any field of the window open their case (ScannerInput).
    ScannerInput *scannerInput() const { return m_scanner; }
    // The case view opened last by openCase, while it is open.
    CaseDocumentsDialog *caseDialog() const;
    // 容缺 cases of this terminal whose supplement date has passed are ended (SupplementSweep):
    // after sign-in, and again at every midnight while the window is open. What was ended is
    // said in the status bar, and to a supervisor in a message. Returns the case numbers.
    QStringList sweepSupplements();
    // The case view's steps after acceptance (MainWindowDecision.cpp), while open: 分转, the
    // decision, the hand-out.
    RouteDialog *routeDialog() const;
    DecisionDialog *decisionDialog() const;
    HandOutDialog *handOutDialog() const;
    // 好差评 and the ID reveal from the case view (MainWindowRatings.cpp), while open.
    RatingDialog *ratingDialog() const;
    ComplaintFollowUpDialog *complaintFollowUpDialog() const;
    RevealIdDialog *revealIdDialog() const;
    // 代办 from the case view (MainWindowProxy.cpp), while open.
    ProxyTakeDialog *proxyTakeDialog() const;
    HandoverDialog *handoverDialog() const;
    ProxyNoteDialog *proxyNoteDialog() const;
    // The dialog asking why a case's time limit stops, while it is open.
    StopClockDialog *stopClockDialog() const;

    // Switches the interface language at once and remembers it ("zh_CN" or "en").
    void setLanguage(const QString &language);
    // The settings dialog, window-modal and not blocking; returns it for tests.
    SettingsDialog *openSettings();

    // The shown guide through the context's PrintService; failures are shown.
    void printPreview();
    void print();
    void exportPdf();                           // asks for a file name
    Status exportGuidePdf(const QString &path); // the shown guide to `path`

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // A page of the navigation: its row in the table and its widget.
    struct Page
    {
        const ShellPage *spec;
        QWidget *widget;
    };

    void buildPages();
    void buildNavigation();
    void connectPages();
    const Page *findPage(QStringView id) const;
    void buildCaseToolBar();
    void showHallError();
    void hallSaved();
    void countConsultation(const QString &entryCode);
    // Asks before the unsaved work of page `id` is replaced; true to go on.
    bool confirmDiscard(QStringView id);
    void resumeInIntake(const QString &caseOrNoticeNumber);
    // The open case view's deadlines and lights (MainWindowDeadlines.cpp), and its clock.
    void showCaseDeadlines(const WarningPolicy &policy);
    void stopCaseClock(const QString &caseNumber);
    void restartCaseClock(const QString &caseNumber);
    void routeCase(const QString &caseNumber);
    void decideCase(const QString &caseNumber);
    void handOutCase(const QString &caseNumber);
    void rateVisit(const QString &caseNumber, int trip);
    void followUpComplaint(const QString &caseNumber, int trip, bool appeal);
    void revealId(const QString &caseNumber);
    // The case view's visits, ratings and rating buttons (MainWindowRatings.cpp).
    void showCaseVisits(const WarningPolicy &policy);
    void showCaseProxy();
    void takeAsProxy(const QString &caseNumber);
    void handOverMaterials(const QString &caseNumber);
    // A relay step, a reassignment or the end (ProxyNoteDialog::Mode as int).
    void proxyNote(const QString &caseNumber, int mode);
    void proxyChanged(const QString &caseNumber, const QString &said);
    // The case view again after a change (its status, deadlines and buttons).
    void caseChanged(const QString &caseNumber, const QString &said);
    void reportPrinting(const Status &status);
    void updateStatusBar();
    void updateActions();
    void updateSyncActions();
    void askSyncPassword(const QString &why);
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    AppContext &m_context;
    QList<Page> m_pages;

    QToolBar *m_caseToolBar = nullptr;
    QLabel *m_openCaseLabel = nullptr;
    QLineEdit *m_openCaseField = nullptr;
    QPointer<HallSetupDialog> m_hallDialog;
    bool m_offerDemoHall = false;
    QPointer<CaseDocumentsDialog> m_caseDialog;
    QPointer<CaseChooserDialog> m_caseChooser;
    QPointer<RouteDialog> m_routeDialog;
    QPointer<DecisionDialog> m_decisionDialog;
    QPointer<HandOutDialog> m_handOutDialog;
    QPointer<RatingDialog> m_ratingDialog;
    QPointer<ComplaintFollowUpDialog> m_complaintFollowUpDialog;
    QPointer<RevealIdDialog> m_revealIdDialog;
    QPointer<ProxyTakeDialog> m_proxyTakeDialog;
    QPointer<HandoverDialog> m_handoverDialog;
    QPointer<ProxyNoteDialog> m_proxyNoteDialog;
    ScannerInput *m_scanner = nullptr;
    QPointer<StopClockDialog> m_stopClockDialog;
    QTimer *m_midnight = nullptr;
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
    SyncStatusLabel *m_syncLabel = nullptr;
    QPointer<SyncController> m_sync;
    QPointer<ConnectServerDialog> m_connectDialog;
    QPointer<SyncPasswordDialog> m_passwordDialog;
    QLabel *m_catalogLabel = nullptr;
};

} // namespace gui
} // namespace onetrip
