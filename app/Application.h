#pragma once

#include "StartupOptions.h"
#include "common/Result.h"
#include "common/StoreOpener.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

class AppContext;
class AppSettings;
class LoginDialog;
class MainWindow;
class SyncController;

// Wires the application: store, language, fonts, login, then the main window.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(StartupOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Installs the language and fonts, opens the store (creating its folder; loading the demo
    // data with --demo) and shows the login dialog. A store that cannot be opened is an error
    // whose message says why.
    Status start(QElapsedTimer sinceMain = {});
    // start(), and when it fails the message box a person sees (the detail goes to the log):
    // what run() does at start-up.
    Status startOrShowError(QElapsedTimer sinceMain = {});

    LoginDialog *loginDialog() const; // until login succeeds
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    const Database *database() const { return m_db.get(); }
    // The pages' context, once the store is open (the user in it once logged in).
    AppContext *context() const { return m_context.get(); }
    AppSettings &settings() { return *m_settings; }
    // What opening the store took before it could be used (an upgrade, a check).
    StoreOpener::Work storeWork() const { return m_storeWork; }

    // The whole program, for main(): exit code 0, 1 (store cannot be opened) or 2 (usage).
    static int run(int &argc, char **argv, QElapsedTimer sinceMain);

Q_SIGNALS:
    void mainWindowShown();

private:
    void onLoggedIn();

    StartupOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_context;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<SyncController> m_sync;
    StoreOpener::Work m_storeWork = StoreOpener::Work::None;
};

} // namespace gui
} // namespace onetrip
