// The main window as a shell of pages: the navigation shows the pages of the page table that
// the signed-in role may see, Ctrl+1 … reach only those, a hidden page is refused, and work
// not saved on a page is asked about before the window closes. Logged in with the keyboard
// as the demo users agent01, clerk01 and super01.
#include "Application.h"
#include "cases/HallSettings.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "intake/IntakePage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "shell/AppContext.h"
#include "shell/PageRegistry.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

const QString LegalAid = QStringLiteral("JN-SG24"); // 法律援助申请

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

QStringList ids(const QList<const ShellPage *> &pages)
{
    QStringList out;
    for (const ShellPage *page : pages)
        out << QString::fromLatin1(page->id);
    return out;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theTableSaysWhoSeesWhat();
    void agentSeesNeitherIntakeNorConsultation();
    void clerkSeesIntakeAndReachesItByShortcut();
    void supervisorSeesIntake();
    void closingAsksAboutAnIntakeNotConfirmed();
    void cleanup();
    void cleanupTestCase();

private:
    // Starts the application on the demo store and logs in with the keyboard.
    MainWindow *logIn(const QString &login);
    QListWidget *navigation() const
    {
        return m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    }

    QTemporaryDir m_dir;
    RecordingMessageBoxes m_boxes;
    std::unique_ptr<Application> m_app;
    MainWindow *m_window = nullptr;
};

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBoxes::install(&m_boxes);
}

MainWindow *TestShell::logIn(const QString &login)
{
    StartupOptions options;
    options.storePath = m_dir.filePath(QStringLiteral("store/onetrip.sqlite"));
    options.settingsFile = m_dir.filePath(login + QStringLiteral(".ini"));
    options.demo = true;
    m_app = std::make_unique<Application>(options);
    if (const Status started = m_app->start(); !started)
        qFatal("start: %s", qPrintable(started.message()));
    // This terminal was set up before (tst_hallsetup covers the first run).
    const Status hall =
        HallSettings(*m_app->database())
            .save(HallInfo{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                           QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")},
                  QStringLiteral("T01"));
    if (!hall)
        qFatal("hall: %s", qPrintable(hall.message()));
    LoginDialog *dialog = m_app->loginDialog();
    if (!QTest::qWaitForWindowActive(dialog))
        qFatal("no login dialog");
    auto *loginField = dialog->findChild<QLineEdit *>(QStringLiteral("loginLineEdit"));
    loginField->clear(); // the last login of this settings file is filled in
    loginField->setFocus();
    QTest::keyClicks(loginField, login);
    QTest::keyClick(loginField, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("demo"));
    QSignalSpy shown(m_app.get(), &Application::mainWindowShown);
    press(Qt::Key_Return);
    if (shown.count() != 1)
        qFatal("%s not logged in", qPrintable(login));
    m_window = m_app->mainWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        qFatal("no main window");
    return m_window;
}

void TestShell::theTableSaysWhoSeesWhat()
{
    const QStringList windowStaff = {QStringLiteral("desk"), QStringLiteral("catalog"),
                                     QStringLiteral("intake"), QStringLiteral("consultation"),
                                     QStringLiteral("worklists")};
    QCOMPARE(ids(PageRegistry::visibleTo(Role::Clerk)), windowStaff);
    // Settling sync conflicts decides which window's change stands: supervisors only.
    QCOMPARE(ids(PageRegistry::visibleTo(Role::Supervisor)),
             windowStaff + QStringList{QStringLiteral("conflicts")});
    // An agent: their desk and their own 代办 list, and the guides.
    QCOMPARE(ids(PageRegistry::visibleTo(Role::Agent)),
             (QStringList{QStringLiteral("desk"), QStringLiteral("catalog"),
                          QStringLiteral("worklists")}));
    // An administrator watches the desk's counts and serves no applicant.
    QCOMPARE(ids(PageRegistry::visibleTo(Role::Admin)),
             (QStringList{QStringLiteral("desk"), QStringLiteral("catalog")}));
    QVERIFY(!PageRegistry::find(u"nowhere"));
    // Every page has an id of its own, a title and a tool tip naming its shortcut.
    QStringList seen;
    for (const ShellPage &page : PageRegistry::pages()) {
        QVERIFY2(!seen.contains(QString::fromLatin1(page.id)), page.id);
        seen << QString::fromLatin1(page.id);
        QCOMPARE(PageRegistry::find(QString::fromLatin1(page.id)), &page);
        QVERIFY(!page.translatedTitle().isEmpty());
        QVERIFY2(
            page.translatedToolTip(QStringLiteral("Ctrl+9")).contains(QStringLiteral("Ctrl+9")),
            page.id);
        QVERIFY(page.create);
    }
}

void TestShell::agentSeesNeitherIntakeNorConsultation()
{
    logIn(QStringLiteral("agent01"));
    QCOMPARE(m_window->context().user().role, Role::Agent);
    QCOMPARE(m_window->pageIds(), (QStringList{QStringLiteral("desk"), QStringLiteral("catalog"),
                                               QStringLiteral("worklists")}));
    QCOMPARE(navigation()->count(), 3);
    QVERIFY(!m_window->intakePage());
    QVERIFY(!m_window->consultationPage());
    QVERIFY(!m_window->findChild<IntakePage *>()); // not made at all
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));

    // Ctrl+1 … follow the agent's own rows: Ctrl+3 is their list, not a clerk's intake; Ctrl+4
    // leads nowhere.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("worklists"));
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("worklists"));
    QVERIFY(m_window->showPage(u"catalog"));
    // Asked for by id: refused, saying why.
    const Status refused = m_window->showPage(u"intake");
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(displayName(Role::Agent)), qPrintable(refused.message()));
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));

    // F2 on an item of the catalog: refused with a message, nothing started.
    QVERIFY(m_window->catalogBrowser()->showCode(LegalAid));
    m_window->catalogBrowser()->focusSearch();
    press(Qt::Key_F2);
    QCOMPARE(m_boxes.messages.size(), 1);
    QCOMPARE(m_boxes.messages.constFirst().kind, MessageBoxes::Kind::Warning);
    QCOMPARE(m_boxes.messages.constFirst().text, refused.message());
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
}

void TestShell::clerkSeesIntakeAndReachesItByShortcut()
{
    logIn(QStringLiteral("clerk01"));
    QCOMPARE(
        m_window->pageIds(),
        (QStringList{QStringLiteral("desk"), QStringLiteral("catalog"), QStringLiteral("intake"),
                     QStringLiteral("consultation"), QStringLiteral("worklists")}));
    QCOMPARE(navigation()->count(), 5);
    // The desk is the page after sign-in.
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    // The navigation's names come from the table, in the current language.
    for (int row = 0; row < navigation()->count(); ++row) {
        const ShellPage *page = PageRegistry::find(m_window->pageIds().at(row));
        QVERIFY(page);
        QCOMPARE(navigation()->item(row)->text(), page->translatedTitle());
        QVERIFY(
            navigation()->item(row)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(row + 1)));
    }
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    QVERIFY(m_window->intakePage()->isVisible());
    QVERIFY(m_window->intakePage()->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == m_window->intakePage());
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("consultation"));
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("worklists"));
    QVERIFY(m_window->showPage(u"intake"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    QVERIFY(m_boxes.messages.isEmpty());
    // Sync conflicts are a supervisor's: not reachable for a clerk.
    QVERIFY(!m_window->showPage(u"conflicts"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
}

void TestShell::supervisorSeesIntake()
{
    logIn(QStringLiteral("super01"));
    QCOMPARE(m_window->context().user().role, Role::Supervisor);
    QVERIFY(m_window->pageIds().contains(QStringLiteral("intake")));
    press(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("conflicts"));
    QVERIFY(m_window->intakePage());
    QVERIFY(m_window->startIntake(LegalAid, false));
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
}

void TestShell::closingAsksAboutAnIntakeNotConfirmed()
{
    logIn(QStringLiteral("clerk01"));
    QVERIFY(m_window->startIntake(LegalAid, false));
    QVERIFY(m_window->intakePage()->hasUnsavedIntake());
    m_boxes.answers = {false}; // no, keep it
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_boxes.messages.size(), 1);
    QCOMPARE(m_boxes.messages.constFirst().kind, MessageBoxes::Kind::Question);
    QVERIFY2(m_boxes.messages.constFirst().text.contains(LegalAid),
             qPrintable(m_boxes.messages.constFirst().text));
    m_boxes.answers = {true};
    QVERIFY(m_window->close());
    QCOMPARE(m_boxes.messages.size(), 2);
}

void TestShell::cleanup()
{
    m_window = nullptr;
    m_app.reset();
    m_boxes.messages.clear();
    m_boxes.answers.clear();
}

void TestShell::cleanupTestCase()
{
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
