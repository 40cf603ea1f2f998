#include "TestSupport.h"

#include "calendar/CalendarRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// Runs the real onetripctl ($ONETRIP_CTL) against a store in a temporary folder.
class TestCtlCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    Run ctl(const QStringList &args, const QString &store = {}) const
    {
        QProcess p;
        p.setProgram(qEnvironmentVariable("ONETRIP_CTL"));
        p.setArguments(
            QStringList{QStringLiteral("--store"), store.isEmpty() ? storePath() : store} + args);
        p.start();
        if (!p.waitForFinished(60000))
            qFatal("onetripctl did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(qEnvironmentVariable("ONETRIP_CTL")).isExecutable(),
                 "build onetripctl first");
    }

    void deadlineWithoutStoreUsesShippedCalendar()
    {
        const Run r =
            ctl({QStringLiteral("deadline"), QStringLiteral("2026-09-30"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("2026-10-13\n"));
        QVERIFY2(r.err.contains(QLatin1String("shipped calendar")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Warning:")));
        QVERIFY(!QFileInfo::exists(storePath())); // computing never creates a store
    }

    void deadlineIntoAnUnknownYearWarns()
    {
        const Run r =
            ctl({QStringLiteral("deadline"), QStringLiteral("2026-12-28"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("2027-01-11\n"));
        QVERIFY2(r.err.contains(QLatin1String("Warning: No working-day calendar is loaded for "
                                              "2027")),
                 qPrintable(r.err));
    }

    void deadlineRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no such date")
            << QStringList{QStringLiteral("2026-02-30"), QStringLiteral("5")}
            << QStringLiteral("\"2026-02-30\" is not a date");
        QTest::newRow("not ISO") << QStringList{QStringLiteral("30.09.2026"), QStringLiteral("5")}
                                 << QStringLiteral("is not a date");
        QTest::newRow("N not a number")
            << QStringList{QStringLiteral("2026-09-30"), QStringLiteral("five")}
            << QStringLiteral("\"five\" is not a number");
        QTest::newRow("N negative")
            << QStringList{QStringLiteral("2026-09-30"), QStringLiteral("-1")}
            << QStringLiteral("is not a number of working days");
        QTest::newRow("N missing")
            << QStringList{QStringLiteral("2026-09-30")} << QStringLiteral("Usage:");
    }

    void deadlineRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        const Run r = ctl(QStringList{QStringLiteral("deadline")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    }

    void idCheckMasksAndSetsTheExitCode()
    {
        const QString valid = QStringLiteral("37010219900101001X");
        const QString wrong = QStringLiteral("370102199001010010");
        const QString credit = QStringLiteral("91370102MA0000007F");

        Run r = ctl({QStringLiteral("id"), QStringLiteral("check"), valid, credit});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("370102********001X  valid  as resident ID"));
        QCOMPARE(lines.at(1), QStringLiteral("91370102MA0000007F  valid  as credit code"));

        r = ctl({QStringLiteral("id"), QStringLiteral("check"), valid, wrong,
                 QStringLiteral("3701021990010100")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("370102********0010  invalid  as resident ID  The "
                                              "check character")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("must be X")), qPrintable(r.out));
        // A short value is guessed as a credit code but still may be an ID: masked too.
        QVERIFY2(r.out.contains(QLatin1String("************0100  invalid  as credit code")),
                 qPrintable(r.out));
        for (const QString &full : {valid, wrong, QStringLiteral("3701021990010100")})
            QVERIFY2(!r.out.contains(full) && !r.err.contains(full), "a full ID was printed");

        r = ctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--kind"),
                 QStringLiteral("credit-code"), credit});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("91370102MA0000007F  valid\n"));

        r = ctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--kind=resident"),
                 credit});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("invalid")));
        QVERIFY(!r.out.contains(credit));
    }

    void idCheckUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no values") << QStringList{QStringLiteral("check")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral("--kind=passport"),
                                                 QStringLiteral("E12345678")};
        QTest::newRow("no subcommand") << QStringList{};
    }

    void idCheckUsage()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(QStringList{QStringLiteral("id")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage:")));
    }

    void importOfABadFileLoadsNothing()
    {
        QByteArray json =
            test::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        json.replace("\"2026-10-10\"", "\"2026-10-12\"");                   // a Monday as make-up
        json.replace("\"legalNotes\"", "\"colour\": 1,\n  \"legalNotes\""); // unknown field
        const QString bad = writeFile(QStringLiteral("bad.json"), json);

        const QString store = m_dir.filePath(QStringLiteral("import.sqlite"));
        const Run r = ctl({QStringLiteral("calendar"), QStringLiteral("import"), bad}, store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing was imported")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("years.2026.makeupWorkdays[5]")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("colour")), qPrintable(r.err));

        if (QFileInfo::exists(store)) {
            auto db = Database::open(store);
            QVERIFY(db);
            QCOMPARE(CalendarRepository(*db.value()).years().value(), QList<int>{});
        }
    }

    void importThenShowAndCompute()
    {
        const QString store = m_dir.filePath(QStringLiteral("good.sqlite"));
        const QString file = test::dataFile(QStringLiteral("calendar/cn-workdays.json"));
        Run r = ctl({QStringLiteral("calendar"), QStringLiteral("import"), file}, store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Loaded the working-day calendar for 2024, 2025, "
                                              "2026.")),
                 qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QLatin1String("Replaced")));

        r = ctl({QStringLiteral("calendar"), QStringLiteral("import"), file}, store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Replaced the calendar stored before for 2024, "
                                             "2025, 2026.")));

        r = ctl({QStringLiteral("deadline"), QStringLiteral("2025-12-31"), QStringLiteral("2")},
                store);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("2026-01-05\n"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // the store's calendar, no note

        r = ctl({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2026")},
                store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知")));
        QVERIFY(r.out.contains(QStringLiteral("春节: 2026-02-15 to 2026-02-23, 9 days off; "
                                              "make-up workdays: 2026-02-14, 2026-02-28")));
        QVERIFY(r.out.contains(QLatin1String("Weekday off days (19):")));
        QVERIFY(r.out.contains(QLatin1String("Make-up workdays (6):")));
        QVERIFY(r.out.contains(QLatin1String("Working days in 2026: 248")));

        r = ctl({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")},
                store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No working-day calendar is loaded for 2027")));

        r = ctl({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("next")},
                store);
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCtlCalendar)
#include "tst_ctl_calendar.moc"
