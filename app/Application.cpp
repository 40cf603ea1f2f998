#include "Application.h"

#include "common/Fonts.h"
#include "common/MessageBoxes.h"
#include "common/Paths.h"
#include "common/StartupProbe.h"
#include "common/Translations.h"
#include "demo/DemoData.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusLabel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace onetrip {
namespace gui {

namespace {

// --help, or a usage error: the answer on the terminal, in the saved (or asked) language.
int answerCommandLine(const QStringList &arguments)
{
    const Result<StartupOptions> asked = StartupOptions::parse(arguments);
    const AppSettings settings;
    Translations::install(asked && !asked->language.isEmpty() ? asked->language
                                                              : settings.language());
    const Result<StartupOptions> options = StartupOptions::parse(arguments); // now translated
    if (!options) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(options.message()),
                     qPrintable(StartupOptions::usage()));
        return 2;
    }
    std::fprintf(stdout, "%s", qPrintable(StartupOptions::usage()));
    return 0;
}

} // namespace

Application::Application(StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty()
                     ? std::make_unique<AppSettings>()
                     : std::make_unique<AppSettings>(m_options.settingsFile))
{
}

Application::~Application()
{
    delete m_login.data();
    m_sync.reset();       // stops the sync thread before the store goes
    m_mainWindow.reset(); // before the context and the store it reads
    m_context.reset();
}

LoginDialog *Application::loginDialog() const
{
    return m_login.data();
}

Status Application::start(QElapsedTimer sinceMain)
{
    const QString language =
        m_options.language.isEmpty() ? m_settings->language() : m_options.language;
    if (language != Translations::current()) {
        QLocale::setDefault(QLocale(language));
        Translations::install(language);
    }
    Fonts::applyToApplication();

    const QString path =
        m_options.storePath.isEmpty() ? Paths::defaultStorePath() : m_options.storePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Status::failure(tr("The folder for the store %1 cannot be created. Check the "
                                  "path and your permissions, or choose another with --store.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    Result<std::unique_ptr<Database>> db = StoreOpener::open(path, nullptr, &m_storeWork);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_context = std::make_unique<AppContext>(*m_db, *m_settings);
    if (m_options.demo) {
        if (Status demo = DemoData::ensure(*m_db, Paths::dataDirectory(), m_context->clock());
            !demo)
            return demo;
    }

    // Until the main window is up, closing the login dialog must not end the event loop
    // by itself: login decides.
    QApplication::setQuitOnLastWindowClosed(false);
    m_login = new LoginDialog(*m_db, m_options.demo || DemoData::isDemoStore(*m_db));
    m_login->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!m_settings->lastLogin().isEmpty())
        m_login->setLogin(m_settings->lastLogin()); // and the password gets the focus
    connect(m_login, &QDialog::accepted, this, &Application::onLoggedIn);
    connect(m_login, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    if (StartupProbe::requested() && sinceMain.isValid())
        StartupProbe::watch(m_login, sinceMain);
    m_login->show();
    return {};
}

Status Application::startOrShowError(QElapsedTimer sinceMain)
{
    Status started = start(sinceMain);
    if (!started) {
        if (!started.error().detail.isEmpty())
            qWarning("store: %s", qPrintable(started.error().detail));
        MessageBoxes::instance().critical(nullptr, tr("OneTrip cannot start"), started.message());
    }
    return started;
}

void Application::onLoggedIn()
{
    const User user = m_login->user();
    m_settings->setLastLogin(user.login);
    m_context->setUser(user);
    m_mainWindow = std::make_unique<MainWindow>(*m_context);
    // Sync in the background from now on (idle while the store is standalone).
    m_sync = std::make_unique<SyncController>(*m_db, m_context->clock());
    m_mainWindow->setSyncController(m_sync.get());
    connect(m_sync.get(), &SyncController::referenceDataChanged, m_mainWindow.get(), [this] {
        // The server published a catalog or calendar: pages read them again.
        m_context->loadCalendar();
        (void)m_mainWindow->loadCatalog();
    });
    m_sync->start(user.login, m_login->takePassword());
    m_mainWindow->setOfferDemoHall(m_options.demo);
    if (Status loaded = m_mainWindow->loadCatalog(); !loaded) {
        MessageBoxes::instance().warning(m_mainWindow.get(), tr("Catalog not available"),
                                         loaded.message());
    }
    m_mainWindow->show();
    // First run of a terminal: the hall and terminal codes before any intake.
    m_mainWindow->promptHallSetupIfNeeded();
    // 容缺 supplements past their date end now, and at every midnight from here on.
    m_mainWindow->sweepSupplements();
    m_login->deleteLater();
    QApplication::setQuitOnLastWindowClosed(true);
    Q_EMIT mainWindowShown();
}

int Application::run(int &argc, char **argv, QElapsedTimer sinceMain)
{
    QCoreApplication::setOrganizationName(QStringLiteral("OneTrip"));
    QCoreApplication::setApplicationName(QStringLiteral("onetrip"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONETRIP_VERSION));

    QStringList arguments;
    bool qtOptions = false; // -platform, -style ...: QApplication takes those
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        qtOptions = qtOptions || (arguments.constLast().startsWith(u'-') &&
                                  !arguments.constLast().startsWith(QLatin1String("--")) &&
                                  arguments.constLast() != QLatin1String("-h"));
    }
    Result<StartupOptions> options = StartupOptions::parse(arguments);
    if ((options && options->help) || (!options && !qtOptions)) {
        const QCoreApplication app(argc, argv); // no window: works without a display
        return answerCommandLine(arguments);
    }

    QApplication app(argc, argv);
    arguments = QApplication::arguments().mid(1); // without Qt's own options
    options = StartupOptions::parse(arguments);
    if (!options || options->help)
        return answerCommandLine(arguments);
    Application application(std::move(options).value());
    if (!application.startOrShowError(sinceMain))
        return 1;
    return QApplication::exec();
}

} // namespace gui
} // namespace onetrip
