// The real main window against the real server: a supervisor connects a standalone terminal
// from Settings › Connect to the central server (a wrong address and a wrong password are
// refused in the dialog, which stays open), the terminal's cases reach the server, and when
// the server's password is changed the window asks for the new one, keeps working
// meanwhile, and sends what waited once it is given.
#include "SyncHarness.h"

#include "Application.h"
#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "common/MessageBoxes.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/ConnectServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncPasswordDialog.h"
#include "sync/SyncStatusLabel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;
using namespace onetrip::test;

namespace {

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->clear();
    edit->insert(text); // QTest::keyClicks cannot type every character
}

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// One real case saved in the window's store, as the intake page saves it (its commit kicks
// the window's sync).
QString saveCase(const Database &db, int applicant)
{
    SystemClock clock;
    auto calendar = CalendarRepository(db).load();
    auto setup = HallSettings(db).load();
    CaseService service(db, clock, calendar.value(), setup.value()->hall, setup.value()->terminal);
    auto guide = CatalogRepository(db).guide(QStringLiteral("JN-SG01"));
    User clerk{0, QStringLiteral("super01"), QStringLiteral("王芳"), Role::Supervisor};
    auto saved = service.receive(
        IntakeSample::acceptance({guide.value()}, IntakeSample::person(applicant), clerk));
    return saved ? saved->number : QString();
}

} // namespace

class TestWindowSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RecordingMessageBoxes m_boxes;

private Q_SLOTS:
    void initTestCase() { MessageBoxes::install(&m_boxes); }

    void connectFromTheWindowThenSignInAgain()
    {
        ServerDatabaseFixture database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        ServerProcess server(database.url());
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal standalone(QStringLiteral("T01"));
        QVERIFY(standalone.generate(4, 21)); // worked on its own before
        const qint64 ownCases =
            standalone.count(QStringLiteral("SELECT count(*) FROM case_record"));
        QVERIFY(ownCases >= 4);

        StartupOptions options;
        options.storePath = standalone.path();
        options.settingsFile = m_dir.filePath(QStringLiteral("window.ini"));
        options.language = QStringLiteral("en");
        Application app(options);
        QVERIFY(app.start());
        LoginDialog *login = app.loginDialog();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        type(login, "loginLineEdit", QStringLiteral("super01"));
        type(login, "passwordLineEdit", QStringLiteral("demo"));
        QSignalSpy shown(&app, &Application::mainWindowShown);
        QTest::keyClick(login->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")),
                        Qt::Key_Return);
        QTRY_COMPARE(shown.size(), 1);
        MainWindow *window = app.mainWindow();
        auto *action = window->findChild<QAction *>(QStringLiteral("connectServerAction"));
        QVERIFY(action);
        QVERIFY(action->isVisible()); // a supervisor's step
        QTRY_VERIFY(action->isEnabled());
        auto *status = window->syncStatusLabel();

        action->trigger();
        QPointer<ConnectServerDialog> dialog = window->findChild<ConnectServerDialog *>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        // Plain http across a network: refused at once, nothing sent.
        type(dialog, "serverUrlLineEdit", QStringLiteral("http://sync.example.gov.cn"));
        type(dialog, "passwordLineEdit", kPassword);
        clickOk(dialog);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("https")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!dialog->isConnecting());
        // The server refuses a wrong password: said in the dialog, which stays open.
        type(dialog, "serverUrlLineEdit", server.url().toString());
        type(dialog, "passwordLineEdit", QStringLiteral("not-the-password"));
        clickOk(dialog);
        QVERIFY(dialog->isConnecting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isConnecting(), 10000);
        QVERIFY2(!dialog->errorText().isEmpty(), "the refusal is shown");
        QVERIFY(dialog->isVisible());
        QString registered;
        QVERIFY(database.exec(QStringLiteral("SELECT count(*) FROM terminal"), &registered));
        QCOMPARE(registered, QStringLiteral("0"));

        // The right one: registered, the dialog closes, the terminal's cases go up.
        type(dialog, "passwordLineEdit", kPassword);
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status->status().registered && status->status().waiting == 0,
                                 15000);
        QVERIFY(status->status().online);
        QString onServer;
        QVERIFY(database.exec(QStringLiteral("SELECT count(*) FROM case_head"), &onServer));
        QCOMPARE(onServer.toLongLong(), ownCases);
        QVERIFY(!action->isEnabled()); // connected: nothing more to connect
        QCOMPARE(window->hallSetup()->terminal.terminalCode, QStringLiteral("T01"));

        // An administrator changes super01's password on the server: that ends its sign-ins.
        const CtlRun changed = server.command(
            {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("super01")},
            "a-new-password\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        // The window keeps working: a case saved now waits, and the password is asked for.
        const QString waiting = saveCase(*app.database(), 7);
        QVERIFY(!waiting.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncPasswordDialog() && window->syncPasswordDialog()->isVisible(), 15000);
        SyncPasswordDialog *prompt = window->syncPasswordDialog();
        QVERIFY(status->status().waiting >= 1);
        auto *reason = prompt->findChild<QLabel *>(QStringLiteral("reasonLabel"));
        QVERIFY(!reason->text().isEmpty());
        type(prompt, "passwordLineEdit", QStringLiteral("a-new-password"));
        clickOk(prompt);
        QTRY_VERIFY_WITH_TIMEOUT(status->status().waiting == 0 && status->status().online, 15000);
        QString sent;
        QVERIFY(database.exec(
            QStringLiteral("SELECT count(*) FROM case_head WHERE number = '%1'").arg(waiting),
            &sent));
        QCOMPARE(sent, QStringLiteral("1"));
        // Nothing went wrong enough for a warning; the supervisor was told, at sign-in, of the
        // generated 容缺 cases whose supplement date had passed (ended by the sweep).
        for (const auto &m : std::as_const(m_boxes.messages))
            QVERIFY2(m.kind == MessageBoxes::Kind::Information, qPrintable(m.text));
        window->close();
    }

    // Staff this terminal has never seen sign in at the window: the dialog asks the server
    // on another thread (the window does not freeze), a wrong password is the server's
    // refusal, the right one opens the window and works offline from then on.
    void newStaffSignInDoesNotFreezeTheWindow()
    {
        ServerDatabaseFixture database;
        ServerProcess server(database.url());
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal terminal(QStringLiteral("T01"));
        QVERIFY(terminal.sync(server.url())); // registered by a supervisor before
        StartupOptions options;
        options.storePath = terminal.path();
        options.settingsFile = m_dir.filePath(QStringLiteral("new-staff.ini"));
        options.language = QStringLiteral("en");
        Application app(options);
        QVERIFY(app.start());
        LoginDialog *login = app.loginDialog();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        auto *button = login->findChild<QPushButton *>(QStringLiteral("loginPushButton"));
        type(login, "loginLineEdit", QStringLiteral("clerk02"));
        type(login, "passwordLineEdit", QStringLiteral("not-it"));
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returned at once: the server is being asked, the dialog says so.
        QVERIFY(login->isCheckingOnline());
        QVERIFY(!button->isEnabled());
        QVERIFY2(login->errorText().contains(QStringLiteral("central server")),
                 qPrintable(login->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isCheckingOnline(), 10000);
        QVERIFY(button->isEnabled());
        QVERIFY(login->isVisible());
        QVERIFY(!login->errorText().isEmpty()); // the server's refusal

        QSignalSpy shown(&app, &Application::mainWindowShown);
        type(login, "passwordLineEdit", kPassword);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(login->isCheckingOnline());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        MainWindow *window = app.mainWindow();
        QCOMPARE(window->context().user().login, QStringLiteral("clerk02"));
        QCOMPARE(window->context().user().displayName, QStringLiteral("刘洋")); // the server's
        QCOMPARE(window->context().user().role, Role::Clerk);
        // Kept here: the next sign-in needs no server.
        QVERIFY(server.stop());
        QVERIFY(UserRepository(terminal.db()).authenticate(QStringLiteral("clerk02"), kPassword));
        window->close();
    }
};

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
