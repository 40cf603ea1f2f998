// 红黄牌 and excluded time, against the State Council's 2026 calendar (shared/data): 调休
// weekends that count, weekday holidays that do not, the warning window (one working day or
// 20% of the limit, whichever is larger), pauses that move the due day, pauses after it that
// do not, and the warning for a year with no calendar. Expected days counted by hand from
// the 2026 notice: 中秋 25 Sep (Fri) off; 国庆 1–7 Oct off with 20 Sep (Sun) and 10 Oct (Sat)
// worked.
#include "TestSupport.h"

#include "calendar/CalendarJson.h"
#include "deadline/CaseClock.h"
#include "deadline/DeadlineSettings.h"
#include "storage/Database.h"

#include <QTest>

using namespace onetrip;

Q_DECLARE_METATYPE(onetrip::DeadlineLight)

namespace {

QDate d(int month, int day, int year = 2026)
{
    return QDate(year, month, day);
}

} // namespace

class TestCaseClock : public QObject
{
    Q_OBJECT

    WorkdayCalendar m_calendar;

private Q_SLOTS:
    void initTestCase()
    {
        const auto read =
            CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        QVERIFY(read.ok());
        m_calendar = WorkdayCalendar(read.file.years);
    }

    void warningWindow_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("window");
        QTest::newRow("5 days: one day is larger") << 1 << 20 << 5 << 1;
        QTest::newRow("20 days: 20% is 4") << 1 << 20 << 20 << 4;
        QTest::newRow("12 days: 20% rounds up to 3") << 1 << 20 << 12 << 3;
        QTest::newRow("即办件 (0 days)") << 1 << 20 << 0 << 1;
        QTest::newRow("hall setting: 2 days or 10%") << 2 << 10 << 45 << 5;
        QTest::newRow("hall setting: 2 days or 10%, short limit") << 2 << 10 << 10 << 2;
    }
    void warningWindow()
    {
        QFETCH(int, days);
        QFETCH(int, percent);
        QFETCH(int, limit);
        QFETCH(int, window);
        auto policy = WarningPolicy::make(days, percent);
        QVERIFY(policy);
        QCOMPARE(policy->windowFor(limit), window);
    }

    void badPolicyRefused()
    {
        QVERIFY(!WarningPolicy::make(-1, 20));
        QVERIFY(!WarningPolicy::make(31, 20));
        QVERIFY(!WarningPolicy::make(1, 101));
        QVERIFY2(WarningPolicy::make(1, -5).message().contains(QStringLiteral("percent")),
                 qPrintable(WarningPolicy::make(1, -5).message()));
    }

    void dueDay_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QDate>("due");
        // Fri 18 Sep + 5: Sun 20 (调休, worked) 21 22 23 24.
        QTest::newRow("make-up Sunday counts") << d(9, 18) << 5 << d(9, 24);
        // Thu 24 Sep + 3: Fri 25 中秋 off, weekend, then 28 29 30.
        QTest::newRow("weekday holiday does not") << d(9, 24) << 3 << d(9, 30);
        // Wed 30 Sep + 5: 1–7 Oct off, then Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13.
        QTest::newRow("国庆 with a make-up Saturday") << d(9, 30) << 5 << d(10, 13);
        QTest::newRow("即办件: the same day") << d(9, 25) << 0 << d(9, 25);
        // Accepted on a holiday: counting starts on the next working day (Art. 82).
        QTest::newRow("accepted on a holiday") << d(10, 3) << 1 << d(10, 8);
    }
    void dueDay()
    {
        QFETCH(QDate, start);
        QFETCH(int, limit);
        QFETCH(QDate, due);
        const DeadlineStatus s = CaseClock::evaluate(start, limit, {}, start, m_calendar, {});
        QCOMPARE(s.due, due);
        QVERIFY(!s.hasWarning());
        QCOMPARE(s.pausedWorkingDays, 0);
    }

    void lights_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineLight>("light");
        QTest::addColumn<int>("left");
        // Accepted Wed 30 Sep, 5 working days: due Tue 13 Oct, window 1 day: yellow from
        // Mon 12 Oct.
        QTest::newRow("on acceptance") << d(9, 30) << DeadlineLight::Green << 5;
        QTest::newRow("in the holiday") << d(10, 5) << DeadlineLight::Green << 5;
        QTest::newRow("make-up Saturday worked") << d(10, 10) << DeadlineLight::Green << 2;
        QTest::newRow("Sunday before") << d(10, 11) << DeadlineLight::Green << 2;
        QTest::newRow("one working day left") << d(10, 12) << DeadlineLight::Yellow << 1;
        QTest::newRow("due today") << d(10, 13) << DeadlineLight::Yellow << 0;
        QTest::newRow("a day late") << d(10, 14) << DeadlineLight::Red << -1;
        QTest::newRow("late over a weekend") << d(10, 19) << DeadlineLight::Red << -4;
    }
    void lights()
    {
        QFETCH(QDate, today);
        QFETCH(DeadlineLight, light);
        QFETCH(int, left);
        const DeadlineStatus s = CaseClock::evaluate(d(9, 30), 5, {}, today, m_calendar, {});
        QCOMPARE(s.due, d(10, 13));
        QCOMPARE(s.warnFrom, d(10, 12));
        QCOMPARE(s.light, light);
        QCOMPARE(s.workingDaysLeft, left);
    }

    void twentyPercentWindow()
    {
        // Mon 2 Nov + 20 working days (no holiday in November 2026): due Mon 30 Nov; 20% is
        // 4 days, so yellow from Tue 24 Nov (24, 25, 26, 27 … the 4th counted day back).
        const DeadlineStatus s = CaseClock::evaluate(d(11, 2), 20, {}, d(11, 23), m_calendar, {});
        QCOMPARE(s.due, d(11, 30));
        QCOMPARE(s.warnFrom, d(11, 24));
        QCOMPARE(s.light, DeadlineLight::Green);
        QCOMPARE(CaseClock::evaluate(d(11, 2), 20, {}, d(11, 24), m_calendar, {}).light,
                 DeadlineLight::Yellow);
    }

    void pauses_data()
    {
        QTest::addColumn<QList<ClockPause>>("pauses");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("paused");
        QTest::addColumn<DeadlineLight>("light");
        const ClockPause hearing{PauseKind::Hearing, QStringLiteral("听证"), d(12, 23), d(12, 25)};
        // Mon 21 Dec + 5 = Mon 28 Dec without pauses.
        QTest::newRow("no pause") << QList<ClockPause>{} << d(12, 22) << d(12, 28) << 0
                                  << DeadlineLight::Green;
        // Stopped Wed 23, running again Fri 25: 23 and 24 not counted.
        QTest::newRow("a hearing, ended")
            << QList<ClockPause>{hearing} << d(12, 25) << d(12, 30) << 2 << DeadlineLight::Green;
        ClockPause open = hearing;
        open.until = QDate();
        // Still stopped on Thu 24: due as if it ran again on Friday.
        QTest::newRow("still stopped")
            << QList<ClockPause>{open} << d(12, 24) << d(12, 30) << 2 << DeadlineLight::Paused;
        // Still stopped on Tue 29: 23 24 25 28 29 not counted; 22, 30, 31, then Fri 1 and
        // Mon 4 January 2027.
        QTest::newRow("still stopped, a week on")
            << QList<ClockPause>{open} << d(12, 29) << d(1, 4, 2027) << 5 << DeadlineLight::Paused;
        // Two stops: Tue 22 alone and Thu 24 alone.
        QTest::newRow("two stops")
            << QList<ClockPause>{{PauseKind::Testing, QStringLiteral("检测"), d(12, 22), d(12, 23)},
                                 {PauseKind::ExpertReview, QStringLiteral("专家评审"), d(12, 24),
                                  d(12, 25)}}
            << d(12, 28) << d(12, 30) << 2 << DeadlineLight::Green;
        // Stopped after the due day: what is late stays late.
        QTest::newRow("stopped when already late")
            << QList<ClockPause>{{PauseKind::Inspection, QStringLiteral("检验"), d(12, 29), {}}}
            << d(12, 29) << d(12, 28) << 0 << DeadlineLight::Red;
    }
    void pauses()
    {
        QFETCH(QList<ClockPause>, pauses);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(int, paused);
        QFETCH(DeadlineLight, light);
        const DeadlineStatus s = CaseClock::evaluate(d(12, 21), 5, pauses, today, m_calendar, {});
        QCOMPARE(s.due, due);
        QCOMPARE(s.pausedWorkingDays, paused);
        QCOMPARE(s.light, light);
    }

    void unloadedYearWarns()
    {
        // Mon 28 Dec 2026 + 5: 29, 30, 31, then Fri 1 and Mon 4 January 2027 (no notice yet:
        // counted as weekdays).
        const DeadlineStatus s = CaseClock::evaluate(d(12, 28), 5, {}, d(12, 28), m_calendar, {});
        QCOMPARE(s.due, d(1, 4, 2027));
        QCOMPARE(s.missingYears, QList<int>{2027});
        QVERIFY(s.warning().contains(QStringLiteral("2027")));
    }

    // The hall's warning window in the store: defaults until set, kept, and a damaged value
    // is an error, never the default.
    void storedWarningPolicy()
    {
        test::TempStore store;
        auto defaults = DeadlineSettings::load(store.db());
        QVERIFY2(defaults, qPrintable(defaults.message()));
        QCOMPARE(defaults.value(), (WarningPolicy{1, 20}));
        QVERIFY(DeadlineSettings::save(store.db(), WarningPolicy{2, 10}));
        QCOMPARE(DeadlineSettings::load(store.db()).value(), (WarningPolicy{2, 10}));
        QVERIFY(!DeadlineSettings::save(store.db(), WarningPolicy{2, 150}));
        QCOMPARE(DeadlineSettings::load(store.db()).value(), (WarningPolicy{2, 10}));
        QVERIFY(store.db().exec(QStringLiteral(
            "UPDATE setting SET value = 'two' WHERE key = 'deadline.warning-days'")));
        QVERIFY(!DeadlineSettings::load(store.db()));
        QVERIFY(store.db().exec(
            QStringLiteral("UPDATE setting SET value = '99' WHERE key = 'deadline.warning-days'")));
        auto outOfRange = DeadlineSettings::load(store.db());
        QVERIFY(!outOfRange);
        QVERIFY2(outOfRange.message().contains(QStringLiteral("warning")),
                 qPrintable(outOfRange.message()));
    }

    void keys()
    {
        for (DeadlineLight l : {DeadlineLight::Green, DeadlineLight::Yellow, DeadlineLight::Red,
                                DeadlineLight::Paused})
            QCOMPARE(deadlineLightFromKey(toKey(l)), l);
        QVERIFY(!deadlineLightFromKey(QStringLiteral("amber")));
        for (PauseKind k : allPauseKinds()) {
            QCOMPARE(pauseKindFromKey(toKey(k)), k);
            QVERIFY(!displayName(k).isEmpty());
        }
        QCOMPARE(allPauseKinds().size(), 9);
        QVERIFY(!pauseKindFromKey(QStringLiteral("lunch")));
    }
};

QTEST_GUILESS_MAIN(TestCaseClock)
#include "tst_caseclock.moc"
