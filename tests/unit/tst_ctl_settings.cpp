// `onetripctl settings`: the hall's deadline settings (the lights' warning window, the 差评
// follow-up days) shown and changed by the real onetripctl ($ONETRIP_CTL) on a real store,
// refused out of range with the store unchanged, and a damaged value reported, never read as
// the default.
#include "TestSupport.h"

#include "deadline/DeadlineSettings.h"
#include "rating/RatingSettings.h"
#include "storage/Database.h"
#include "storage/SettingTable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

class TestCtlSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    test::CtlRun ctl(const QStringList &args) const
    {
        return test::runCtl(QStringList{QStringLiteral("--store"), storePath(),
                                        QStringLiteral("--lang"), QStringLiteral("en")} +
                            args);
    }

    test::CtlRun set(const char *name, const char *value) const
    {
        return ctl({QStringLiteral("settings"), QStringLiteral("set"), QLatin1String(name),
                    QLatin1String(value)});
    }

    QString shown() const
    {
        const test::CtlRun r = ctl({QStringLiteral("settings"), QStringLiteral("show")});
        if (r.exitCode != 0)
            qFatal("settings show: %d %s", r.exitCode, qPrintable(r.err));
        return r.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::CtlRun init = ctl({QStringLiteral("demo"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void theDefaultsUntilSet()
    {
        QCOMPARE(shown(), QStringLiteral("warning-days 1\nwarning-percent 20\nfollow-up-days 5\n"));
    }

    void setAndShown()
    {
        test::CtlRun r = set("warning-days", "3");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("warning-days set to 3.\n"));
        QCOMPARE(set("warning-percent", "25").exitCode, 0);
        QCOMPARE(set("follow-up-days", "15").exitCode, 0);
        QCOMPARE(shown(),
                 QStringLiteral("warning-days 3\nwarning-percent 25\nfollow-up-days 15\n"));
        // Read back by the rules every screen uses.
        auto db = Database::open(storePath(), Database::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(db.describe()));
        const WarningPolicy policy = DeadlineSettings::load(*db.value()).value();
        QCOMPARE(policy.minimumWorkingDays, 3);
        QCOMPARE(policy.percentOfLimit, 25);
        QCOMPARE(RatingSettings::load(*db.value()).value(), 15);
    }

    void outOfRangeIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("31 days") << "warning-days"
                                 << "31" << 1 << "0 to 30 working days";
        QTest::newRow("-1 days") << "warning-days"
                                 << "-1" << 1 << "0 to 30 working days";
        QTest::newRow("101 %") << "warning-percent"
                               << "101" << 1 << "0 to 100 percent";
        QTest::newRow("6 days follow-up") << "follow-up-days"
                                          << "6" << 1 << "5, 7 or 15";
        QTest::newRow("not a number") << "warning-days"
                                      << "two" << 2 << "not a whole number";
        QTest::newRow("unknown setting") << "warning-colour"
                                         << "1" << 2 << "Usage:";
    }

    void outOfRangeIsRefusedAndNothingChanges()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::CtlRun r =
            ctl({QStringLiteral("settings"), QStringLiteral("set"), name, value});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(shown(),
                 QStringLiteral("warning-days 3\nwarning-percent 25\nfollow-up-days 15\n"));
    }

    void aDamagedValueIsAnErrorNotTheDefault()
    {
        {
            auto db = Database::open(storePath());
            QVERIFY2(db, qPrintable(db.describe()));
            QVERIFY(SettingTable::setValue(*db.value(), QStringLiteral("rating.follow-up-days"),
                                           QStringLiteral("fifteen")));
        }
        const test::CtlRun r = ctl({QStringLiteral("settings"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("fifteen")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        // Set again, it is sound.
        QCOMPARE(set("follow-up-days", "7").exitCode, 0);
        QCOMPARE(shown(), QStringLiteral("warning-days 3\nwarning-percent 25\nfollow-up-days 7\n"));
    }
};

QTEST_GUILESS_MAIN(TestCtlSettings)
#include "tst_ctl_settings.moc"
