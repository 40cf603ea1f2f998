// Startup: the command line, stores that cannot be opened, an older store upgraded and a store
// not closed cleanly checked behind a busy dialog, and the startup probe.
#include "Application.h"
#include "StartupOptions.h"
#include "common/MessageBoxes.h"
#include "login/LoginDialog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace onetrip;
using namespace onetrip::gui;

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheCommandLine_data();
    void parsesTheCommandLine();
    void damagedStoreIsRefusedWithAMessage();
    void newerStoreIsRefusedWithAMessage();
    void createsTheStoreFolder();
    void anOlderStoreIsUpgradedBehindABusyDialog();
    void aStoreNotClosedCleanlyIsCheckedBehindABusyDialog();
    void startupProbeReportsTimeAndMemory();
    void usageErrorsNeedNoDisplay();
};

void TestApplication::parsesTheCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("store");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("language");

    const QString s = QStringLiteral("/tmp/x.sqlite");
    QTest::newRow("nothing") << QStringList{} << true << QString() << false << QString();
    QTest::newRow("store") << QStringList{QStringLiteral("--store"), s} << true << s << false
                           << QString();
    QTest::newRow("demo, english")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")}
        << true << QString() << true << QStringLiteral("en");
    QTest::newRow("chinese") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")}
                             << true << QString() << false << QStringLiteral("zh_CN");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                                      << false << QString() << false << QString();
    QTest::newRow("store without file")
        << QStringList{QStringLiteral("--store")} << false << QString() << false << QString();
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << false << QString() << false << QString();
}

void TestApplication::parsesTheCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, store);
    QFETCH(bool, demo);
    QFETCH(QString, language);
    const Result<StartupOptions> options = StartupOptions::parse(args);
    QCOMPARE(options.ok(), ok);
    if (!ok) {
        QVERIFY(!options.message().isEmpty());
        return;
    }
    QVERIFY(!options->storePath.isEmpty()); // the default when none was given
    if (!store.isEmpty())
        QCOMPARE(options->storePath, store);
    QCOMPARE(options->demo, demo);
    QCOMPARE(options->language, language);
}

void TestApplication::damagedStoreIsRefusedWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    StartupOptions options;
    options.storePath = path;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.language = QStringLiteral("en"); // the texts compared below
    RecordingMessageBoxes boxes;
    MessageBoxes::install(&boxes);
    Application app(options);
    const Status started = app.startOrShowError();
    MessageBoxes::install(nullptr);
    QVERIFY(!started.ok());
    QVERIFY(!app.loginDialog()); // no login on a store that cannot be read
    // What the person sees: one message saying the store file is damaged, that nothing was
    // changed, and the command that puts a backup back (with this store's path).
    QCOMPARE(boxes.messages.size(), 1);
    const RecordingMessageBoxes::Message shown = boxes.messages.at(0);
    QCOMPARE(shown.kind, MessageBoxes::Kind::Critical);
    QCOMPARE(shown.text, started.message());
    QVERIFY2(shown.text.contains(QStringLiteral("is damaged")), qPrintable(shown.text));
    QVERIFY2(shown.text.contains(QStringLiteral("Nothing was changed")), qPrintable(shown.text));
    QVERIFY2(shown.text.contains(QStringLiteral("onetripctl --store \"%1\" db restore BACKUP")
                                     .arg(QDir::toNativeSeparators(path))),
             qPrintable(shown.text));
    QCOMPARE(QFile(path).size(), 8192); // the damaged file is left as it was
}

void TestApplication::newerStoreIsRefusedWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    StartupOptions options;
    options.storePath = path;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    Application app(options);
    const Status started = app.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.message().contains(QStringLiteral("999")), qPrintable(started.message()));
}

void TestApplication::createsTheStoreFolder()
{
    QTemporaryDir dir;
    StartupOptions options;
    options.storePath = dir.filePath(QStringLiteral("a/b/store.sqlite"));
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    Application app(options);
    const Status started = app.start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QVERIFY(QFile::exists(options.storePath));
    QVERIFY(app.loginDialog() && app.loginDialog()->isVisible());
}

namespace {

// The clerk app started in Chinese on `path`, its settings in `dir`.
StartupOptions chineseStartOn(const QString &path, const QTemporaryDir &dir)
{
    StartupOptions options;
    options.storePath = path;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.language = QStringLiteral("zh_CN");
    return options;
}

// The busy dialog's text, read as the event loop turns for the first time while the store is
// opened (the posted call runs before the thread's "finished", posted after it).
QString busyDialogTextDuring(Application &app, Status &started)
{
    QString text;
    QTimer::singleShot(0, qApp, [&text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *busy = qobject_cast<QProgressDialog *>(w);
            if (busy && busy->isVisible() &&
                busy->objectName() == QLatin1String("storeOpenerProgressDialog"))
                text = busy->labelText();
        }
    });
    started = app.start();
    return text;
}

} // namespace

void TestApplication::anOlderStoreIsUpgradedBehindABusyDialog()
{
    // A store of schema 20, as the version before this one left it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sqlite"));
    {
        auto raw = Database::openRaw(path);
        QVERIFY2(raw, qPrintable(raw.describe()));
        QVERIFY(Migrations::apply(*raw.value(), 20));
        QCOMPARE(raw.value()->userVersion(), 20);
    }
    QCOMPARE(StoreOpener::workAhead(path), StoreOpener::Work::Upgrade);
    Application app(chineseStartOn(path, dir));
    Status started;
    const QString shown = busyDialogTextDuring(app, started);
    QVERIFY2(started.ok(), qPrintable(started.describe()));
    QCOMPARE(app.storeWork(), StoreOpener::Work::Upgrade);
    QVERIFY2(shown.contains(QStringLiteral("新版本")) && shown.contains(QStringLiteral("请勿关闭")),
             qPrintable(shown));
    QCOMPARE(app.database()->userVersion(), Migrations::latestVersion());
    QVERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    // Gone once the store is open.
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QProgressDialog *>(w) || !w->isVisible());
}

void TestApplication::aStoreNotClosedCleanlyIsCheckedBehindABusyDialog()
{
    // The files of a store whose program was killed: the write-ahead log left beside it.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    {
        auto db = Database::open(live);
        QVERIFY2(db, qPrintable(db.describe()));
        QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO t VALUES (42)")));
        QVERIFY(QFile::copy(live, path));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    QVERIFY(!Database::closedCleanly(path));
    QCOMPARE(StoreOpener::workAhead(path), StoreOpener::Work::Check);
    Application app(chineseStartOn(path, dir));
    Status started;
    const QString shown = busyDialogTextDuring(app, started);
    QVERIFY2(started.ok(), qPrintable(started.describe()));
    QCOMPARE(app.storeWork(), StoreOpener::Work::Check);
    QVERIFY2(shown.contains(QStringLiteral("未正常关闭")) && shown.contains(QStringLiteral("检查")),
             qPrintable(shown));
    // Nothing saved before the kill is lost.
    QSqlQuery q(app.database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 42);
}

void TestApplication::startupProbeReportsTimeAndMemory()
{
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/onetrip");
    // Built with the tests (ONETRIP_BUILD_APP): missing is a failure, never a skip.
    QVERIFY2(QFile::exists(program), qPrintable(QStringLiteral("the onetrip executable is not "
                                                               "built: %1")
                                                    .arg(program)));
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONETRIP_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("--store"), dir.filePath(QStringLiteral("s.sqlite"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QRegularExpression line(QStringLiteral("^startup-ms=(\\d+) rss-kb=(\\d+)$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(2).toLongLong() > 0);
}

void TestApplication::usageErrorsNeedNoDisplay()
{
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/onetrip");
    // Built with the tests (ONETRIP_BUILD_APP): missing is a failure, never a skip.
    QVERIFY2(QFile::exists(program), qPrintable(QStringLiteral("the onetrip executable is not "
                                                               "built: %1")
                                                    .arg(program)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    const struct
    {
        QStringList args;
        int exitCode;
        const char *expected; // in stdout for 0, stderr otherwise
    } cases[] = {
        {{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
         0,
         "--store FILE"},
        {{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bogus")}, 2, "--bogus"},
        {{QStringLiteral("--lang"), QStringLiteral("xx")}, 2, "xx"},
    };
    for (const auto &c : cases) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, c.args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), c.exitCode);
        const QByteArray out =
            c.exitCode == 0 ? process.readAllStandardOutput() : process.readAllStandardError();
        QVERIFY2(out.contains(c.expected), out.constData());
    }
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
