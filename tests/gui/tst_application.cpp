// Startup: the command line, stores that cannot be opened, and the startup probe.
#include "Application.h"
#include "StartupOptions.h"
#include "common/MessageBoxes.h"
#include "login/LoginDialog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
