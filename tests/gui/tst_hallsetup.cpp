// First run of a terminal, driven like a clerk: log in, the hall setup asks for the hall and
// terminal; the catalog stays usable but an intake waits for it; an invalid code is refused
// with a message; once saved, the status bar shows it and the next start does not ask again.
#include "Application.h"
#include "cases/HallSettings.h"
#include "cases/HallSetupDialog.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "intake/IntakeWidget.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include <QApplication>
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
    void cleanupTestCase();

private:
    std::unique_ptr<Application> startAndLogIn();
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
}

std::unique_ptr<Application> TestHallSetup::startAndLogIn()
{
    StartupOptions options;
    options.storePath = m_dir.filePath(QStringLiteral("store/onetrip.sqlite"));
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.demo = true;
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
    m_app = startAndLogIn();
    m_window = m_app->mainWindow();
    QVERIFY(!m_window->hallSetup());
    HallSetupDialog *setup = dialog();
    QVERIFY(setup);
    QVERIFY(QTest::qWaitForWindowActive(setup));
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
    CatalogBrowserWidget *browser = m_window->catalogBrowser();
    browser->focusSearch();
    type(QStringLiteral("JN-SG08"));
    QVERIFY(browser->searchModel());
    press(Qt::Key_Return);
    QCOMPARE(browser->entryCode(), QStringLiteral("JN-SG08"));
    press(Qt::Key_F2);
    QVERIFY(dialog());
    QVERIFY(QTest::qWaitForWindowActive(dialog()));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Catalog);
    QVERIFY(!m_window->intakeWidget()->hasIntake());
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
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Intake);
    QVERIFY(m_window->intakeWidget()->hasIntake());
    QCOMPARE(m_window->intakeWidget()->entryCode(), QStringLiteral("JN-SG08"));
}

void TestHallSetup::secondStartDoesNotAskAgain()
{
    m_window = nullptr;
    m_app.reset();
    m_app = startAndLogIn();
    m_window = m_app->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!dialog());
    QVERIFY(!m_window->promptHallSetupIfNeeded());
    QVERIFY(hallStatus().contains(QStringLiteral("T01")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_window, "searchLineEdit"));
}

void TestHallSetup::cleanupTestCase()
{
    m_app.reset();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestHallSetup)
#include "tst_hallsetup.moc"
