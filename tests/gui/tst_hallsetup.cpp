// First run of a terminal, driven like a clerk: log in, the hall setup asks for the hall and
// terminal; the catalog stays usable but an intake waits for it; an invalid code is refused
// with a message; once saved, the status bar shows it and the next start does not ask again.
#include "Application.h"
#include "cases/HallSettings.h"
#include "cases/HallSetupDialog.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "common/Paths.h"
#include "demo/DemoData.h"
#include "intake/IntakePage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

// Types into the focused widget, as a person does.
void type(const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        return;
    }
    // Chinese arrives from the input method as a committed string.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(QApplication::focusWidget(), &event);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace

class TestHallSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstLoginAsksForTheHall();
    void cancelledSetupKeepsTheCatalogButNotIntake();
    void invalidCodesAreRefusedWithAMessage();
    void savedHallShowsInTheStatusBarAndStartsThePendingIntake();
    void secondStartDoesNotAskAgain();
    void demoOffersAHallTakenWithOneEnter();
    void unreadableHallSettingsAreAnErrorNotTheSetup();
    void cleanupTestCase();

private:
    // Starts on the store (with --demo or not) and logs in as clerk01.
    std::unique_ptr<Application> startAndLogIn(const QString &store, bool demo);
    QString storePath() const { return m_dir.filePath(QStringLiteral("store/onetrip.sqlite")); }
    HallSetupDialog *dialog() const { return m_window->findChild<HallSetupDialog *>(); }
    QString hallStatus() const { return child<QLabel>(m_window, "hallStatusLabel")->text(); }

    QTemporaryDir m_dir;
    RecordingMessageBoxes m_boxes;
    std::unique_ptr<Application> m_app;
    MainWindow *m_window = nullptr;
};

void TestHallSetup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBoxes::install(&m_boxes);
    // The demo catalog and users, but started without --demo: the setup fields stay empty.
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    auto db = Database::open(storePath());
    QVERIFY2(db, qPrintable(db.describe()));
    const Status demo = DemoData::ensure(*db.value(), Paths::dataDirectory(), SystemClock());
    QVERIFY2(demo, qPrintable(demo.describe()));
}

std::unique_ptr<Application> TestHallSetup::startAndLogIn(const QString &store, bool demo)
{
    StartupOptions options;
    options.storePath = store;
    options.settingsFile = QFileInfo(store).absolutePath() + QStringLiteral("/settings.ini");
    options.demo = demo;
    auto app = std::make_unique<Application>(options);
    const Status started = app->start();
    if (!started)
        qFatal("start: %s", qPrintable(started.message()));
    LoginDialog *login = app->loginDialog();
    if (!QTest::qWaitForWindowActive(login))
        qFatal("no login dialog");
    // The last login is remembered after the first start; the password has the focus then.
    auto *loginField = child<QLineEdit>(login, "loginLineEdit");
    if (loginField->text().isEmpty()) {
        QTest::keyClicks(loginField, QStringLiteral("clerk01"));
        QTest::keyClick(loginField, Qt::Key_Tab);
    }
    type(QStringLiteral("demo"));
    QSignalSpy shown(app.get(), &Application::mainWindowShown);
    press(Qt::Key_Return);
    if (shown.count() != 1)
        qFatal("not logged in");
    return app;
}

void TestHallSetup::firstLoginAsksForTheHall()
{
    m_app = startAndLogIn(storePath(), false);
    m_window = m_app->mainWindow();
    QVERIFY(!m_window->hallSetup());
    HallSetupDialog *setup = dialog();
    QVERIFY(setup);
    QVERIFY(QTest::qWaitForWindowActive(setup));
    // Without --demo nothing is filled in and no demo note is shown.
    for (const char *field : {"hallCodeLineEdit", "hallNameLineEdit", "addressLineEdit",
                              "phoneLineEdit", "terminalCodeLineEdit"})
        QVERIFY2(child<QLineEdit>(setup, field)->text().isEmpty(), field);
    QVERIFY(!child<QLabel>(setup, "demoLabel")->isVisible());
    QVERIFY(setup->isModal() || setup->windowModality() != Qt::NonModal);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(setup, "hallCodeLineEdit"));
    // Until it is set up, the status bar says so.
    const QString status = hallStatus();
    QVERIFY(!status.isEmpty());
    QVERIFY2(!status.contains(QStringLiteral("T01")), qPrintable(status));
}

void TestHallSetup::cancelledSetupKeepsTheCatalogButNotIntake()
{
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog());
    QVERIFY(!m_window->hallSetup());
    QVERIFY(!HallSettings(*m_app->database()).load().value().has_value());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // The catalog works; F2 on an item asks for the hall again instead of starting.
    QVERIFY(m_window->showPage(u"catalog"));
    CatalogBrowserWidget *browser = m_window->catalogBrowser();
    browser->focusSearch();
    type(QStringLiteral("JN-SG08"));
    QVERIFY(browser->searchModel());
    press(Qt::Key_Return);
    QCOMPARE(browser->entryCode(), QStringLiteral("JN-SG08"));
    press(Qt::Key_F2);
    QVERIFY(dialog());
    QVERIFY(QTest::qWaitForWindowActive(dialog()));
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
    QVERIFY(!m_window->intakePage()->hasIntake());
}

void TestHallSetup::invalidCodesAreRefusedWithAMessage()
{
    HallSetupDialog *setup = dialog();
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(setup, "hallCodeLineEdit"));
    type(QStringLiteral("J")); // too short
    press(Qt::Key_Tab);
    type(QStringLiteral("历下区政务服务中心"));
    press(Qt::Key_Tab);
    type(QStringLiteral("济南市历下区龙鼎大道1号"));
    press(Qt::Key_Tab);
    type(QStringLiteral("0531-12345"));
    press(Qt::Key_Tab);
    type(QStringLiteral("T-1")); // a dash is not allowed
    press(Qt::Key_Return);

    QVERIFY(setup->isVisible());
    const QString refused = setup->errorText();
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.split(u'\n').size(), 2); // both codes, each with its own message
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(setup, "hallCodeLineEdit"));
    QVERIFY(!HallSettings(*m_app->database()).load().value().has_value());

    // The hall code fixed (typed in lower case: kept in capitals), the terminal still wrong.
    type(QStringLiteral("jnlx")); // replaces the selected text
    press(Qt::Key_Return);
    QVERIFY(setup->isVisible());
    QCOMPARE(setup->errorText().split(u'\n').size(), 1);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(setup, "terminalCodeLineEdit"));
    QVERIFY(!HallSettings(*m_app->database()).load().value().has_value());

    // The address is required: it is printed on every document.
    auto *address = child<QLineEdit>(setup, "addressLineEdit");
    address->setFocus();
    address->selectAll();
    press(Qt::Key_Backspace);
    child<QLineEdit>(setup, "terminalCodeLineEdit")->setFocus();
    child<QLineEdit>(setup, "terminalCodeLineEdit")->selectAll();
    type(QStringLiteral("t01"));
    press(Qt::Key_Return);
    QVERIFY(setup->isVisible());
    QCOMPARE(QApplication::focusWidget(), address);
    QVERIFY(!setup->errorText().isEmpty());
    type(QStringLiteral("济南市历下区龙鼎大道1号"));
}

void TestHallSetup::savedHallShowsInTheStatusBarAndStartsThePendingIntake()
{
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog());
    QVERIFY(m_boxes.messages.isEmpty());

    const auto saved = HallSettings(*m_app->database()).load();
    QVERIFY(saved && saved->has_value());
    QCOMPARE(saved->value().hall.code, QStringLiteral("JNLX"));
    QCOMPARE(saved->value().hall.name, QStringLiteral("历下区政务服务中心"));
    QCOMPARE(saved->value().hall.address, QStringLiteral("济南市历下区龙鼎大道1号"));
    QCOMPARE(saved->value().hall.phone, QStringLiteral("0531-12345"));
    QCOMPARE(saved->value().terminal.terminalCode, QStringLiteral("T01"));
    QVERIFY(m_window->hallSetup().has_value());

    const QString status = hallStatus();
    QVERIFY2(status.contains(QStringLiteral("历下区政务服务中心")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("T01")), qPrintable(status));

    // The intake asked for before the setup starts now.
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    QVERIFY(m_window->intakePage()->hasIntake());
    QCOMPARE(m_window->intakePage()->entryCode(), QStringLiteral("JN-SG08"));
}

void TestHallSetup::secondStartDoesNotAskAgain()
{
    m_window = nullptr;
    m_app.reset();
    m_app = startAndLogIn(storePath(), false);
    m_window = m_app->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!dialog());
    QVERIFY(!m_window->promptHallSetupIfNeeded());
    QVERIFY(hallStatus().contains(QStringLiteral("T01")));
    // Straight to the desk, the open-case field ready.
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    QCOMPARE(QApplication::focusWidget(), m_window->openCaseField());
}

void TestHallSetup::demoOffersAHallTakenWithOneEnter()
{
    m_window = nullptr;
    m_app.reset();
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    m_app = startAndLogIn(fresh.filePath(QStringLiteral("demo.sqlite")), true);
    m_window = m_app->mainWindow();
    HallSetupDialog *setup = dialog();
    QVERIFY(setup);
    QVERIFY(QTest::qWaitForWindowActive(setup));
    QVERIFY(child<QLabel>(setup, "demoLabel")->isVisible());
    QCOMPARE(child<QLineEdit>(setup, "hallCodeLineEdit")->text(), QStringLiteral("JNLX"));
    QCOMPARE(child<QLineEdit>(setup, "terminalCodeLineEdit")->text(), QStringLiteral("T01"));
    QVERIFY(!HallSettings(*m_app->database()).load().value().has_value()); // offered, not saved

    const qsizetype messagesBefore = m_boxes.messages.size();
    press(Qt::Key_Return); // the one key press
    QTRY_VERIFY(!dialog());
    QCOMPARE(m_boxes.messages.size(), messagesBefore);
    const auto saved = HallSettings(*m_app->database()).load();
    QVERIFY2(saved, qPrintable(saved.describe()));
    QVERIFY(saved->has_value());
    const HallSetup demo = DemoData::demoHall();
    QCOMPARE(saved->value().hall.code, QStringLiteral("JNLX"));
    QCOMPARE(saved->value().hall.name, QStringLiteral("济南市历下区政务服务中心"));
    QCOMPARE(saved->value().hall.address, demo.hall.address);
    QVERIFY(!saved->value().hall.address.isEmpty());
    QCOMPARE(saved->value().hall.phone, demo.hall.phone);
    QVERIFY(!saved->value().hall.phone.isEmpty());
    QCOMPARE(saved->value().terminal.terminalCode, QStringLiteral("T01"));
    QVERIFY(m_window->hallSetup().has_value());
    // Straight on to the desk.
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    QVERIFY2(hallStatus().contains(QStringLiteral("T01")), qPrintable(hallStatus()));
    m_window = nullptr;
    m_app.reset(); // before the store's folder goes
}

void TestHallSetup::unreadableHallSettingsAreAnErrorNotTheSetup()
{
    m_window = nullptr;
    m_app.reset();
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    const QString store = fresh.filePath(QStringLiteral("unreadable.sqlite"));
    {
        auto db = Database::open(store);
        QVERIFY2(db, qPrintable(db.describe()));
        const Status demo = DemoData::ensure(*db.value(), Paths::dataDirectory(), SystemClock());
        QVERIFY2(demo, qPrintable(demo.describe()));
        // The hall settings' table can no longer be read (as after a failed repair).
        QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE setting RENAME TO setting_moved")));
        QVERIFY(!HallSettings(*db.value()).load().ok());
    }
    m_boxes.messages.clear();
    m_app = startAndLogIn(store, false);
    m_window = m_app->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    // The error, not the first-run dialog.
    QVERIFY(!dialog());
    QVERIFY(m_window->hallError().has_value());
    QVERIFY(!m_window->hallSetup());
    QCOMPARE(m_boxes.messages.size(), 1);
    const RecordingMessageBoxes::Message shown = m_boxes.messages.at(0);
    QCOMPARE(shown.kind, MessageBoxes::Kind::Critical);
    QVERIFY2(shown.text.contains(m_window->hallError()->message), qPrintable(shown.text));
    QVERIFY2(shown.text.contains(QStringLiteral("onetripctl db check")), qPrintable(shown.text));
    // The status bar says it too (not "not set up"), with the reason as its tooltip.
    QCOMPARE(child<QLabel>(m_window, "hallStatusLabel")->toolTip(), m_window->hallError()->message);

    // Asking for an intake, or for the setup itself, shows the error again: no dialog.
    const Status intake = m_window->startIntake(QStringLiteral("JN-SG08"), false);
    QVERIFY(!intake.ok());
    QVERIFY(!dialog());
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk")); // not on to the intake
    QVERIFY(!m_window->openHallSetup());
    QVERIFY(!dialog());
    QCOMPARE(m_boxes.messages.size(), 3);
    m_window = nullptr;
    m_app.reset();
}

void TestHallSetup::cleanupTestCase()
{
    m_app.reset();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestHallSetup)
#include "tst_hallsetup.moc"
