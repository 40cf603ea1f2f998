#include "TestSupport.h"

#include "calendar/CalendarJson.h"
#include "calendar/WorkdayCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace onetrip;

Q_DECLARE_METATYPE(DayKind)

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The raw reference calendar (tests/data, a copy of the shared file): an independent source
// for the converted data/calendar/cn-workdays.json that the program ships.
QJsonObject rawYears()
{
    return QJsonDocument::fromJson(
               test::readFile(test::testDataFile(QStringLiteral("cn_workday_calendar.json"))))
        .object()
        .value(QLatin1String("years"))
        .toObject();
}

QList<int> rawPublishedYears()
{
    QList<int> out;
    const QJsonObject years = rawYears();
    for (auto it = years.begin(); it != years.end(); ++it) {
        if (it.value().toObject().contains(QLatin1String("weekday_off_days")))
            out << it.key().toInt();
    }
    return out;
}

QSet<QDate> rawDates(int year, const char *key)
{
    QSet<QDate> out;
    const QJsonArray list =
        rawYears().value(QString::number(year)).toObject().value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : list)
        out.insert(QDate::fromString(v.toString(), Qt::ISODate));
    return out;
}

WorkdayCalendar shipped()
{
    const CalendarJson::ReadResult read =
        CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
    if (!read.ok())
        qFatal("shipped calendar invalid: %s", qPrintable(read.problems.first().toString()));
    return WorkdayCalendar(read.file.years);
}

} // namespace

class TestWorkdayCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCoversThePublishedYears()
    {
        QCOMPARE(rawPublishedYears(), (QList<int>{2024, 2025, 2026}));
        QCOMPARE(shipped().years(), rawPublishedYears());
        QVERIFY(!shipped().hasYear(2027)); // not published: must stay unknown
    }

    void weekdayHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        for (int year : rawPublishedYears()) {
            for (const QDate d : rawDates(year, "weekday_off_days"))
                QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
        }
    }

    void weekdayHolidays()
    {
        QFETCH(QDate, date);
        QVERIFY(date.dayOfWeek() <= Qt::Friday);
        const DayCheck c = shipped().checkDay(date);
        QCOMPARE(c.kind, DayKind::Holiday);
        QVERIFY(!c.isWorkingDay());
        QVERIFY(!shipped().isWorkingDay(date));
        QVERIFY(!c.holidayName.isEmpty());
        QVERIFY(!c.hasWarning());
    }

    void makeupWorkdays_data()
    {
        QTest::addColumn<QDate>("date");
        for (int year : rawPublishedYears()) {
            for (const QDate d : rawDates(year, "makeup_workdays"))
                QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
        }
    }

    void makeupWorkdays()
    {
        QFETCH(QDate, date);
        QVERIFY(date.dayOfWeek() >= Qt::Saturday);
        const DayCheck c = shipped().checkDay(date);
        QCOMPARE(c.kind, DayKind::MakeupWorkday);
        QVERIFY(c.isWorkingDay());
        QVERIFY(shipped().isWorkingDay(date));
        QVERIFY(!c.holidayName.isEmpty());
        QVERIFY(!c.hasWarning());
    }

    // Every day of every published year by the reference rule, weekends included.
    void everyDayFollowsTheReference()
    {
        const WorkdayCalendar calendar = shipped();
        for (int year : rawPublishedYears()) {
            const QSet<QDate> off = rawDates(year, "off_days");
            const QSet<QDate> makeup = rawDates(year, "makeup_workdays");
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                const bool expected =
                    makeup.contains(d) || (d.dayOfWeek() <= Qt::Friday && !off.contains(d));
                QVERIFY2(calendar.isWorkingDay(d) == expected, qPrintable(d.toString(Qt::ISODate)));
            }
        }
    }

    // Counts and deadlines (worked out from running sums, not by walking the days) against a
    // walk over the reference rule, near and far, across years with and without a calendar.
    void countsMatchAWalkOverTheReference()
    {
        const WorkdayCalendar calendar = shipped();
        const QList<int> published = rawPublishedYears();
        QHash<int, QPair<QSet<QDate>, QSet<QDate>>> reference;
        for (int year : published)
            reference.insert(year, {rawDates(year, "off_days"), rawDates(year, "makeup_workdays")});
        const auto works = [&](QDate d) {
            const auto it = reference.constFind(d.year());
            if (it == reference.cend())
                return d.dayOfWeek() <= Qt::Friday; // no calendar: plain weekdays
            return it->second.contains(d) ||
                   (d.dayOfWeek() <= Qt::Friday && !it->first.contains(d));
        };
        const auto unknownIn = [&](QDate first, QDate last) {
            QList<int> out;
            for (int y = first.year(); y <= last.year(); ++y) {
                if (!reference.contains(y))
                    out << y;
            }
            return out;
        };
        const QDate first(published.constFirst() - 1, 11, 1);
        const QDate last(published.constLast() + 1, 2, 28);
        int checked = 0;
        for (QDate from = first; from <= last; from = from.addDays(5)) {
            for (int span : {0, 1, 2, 3, 6, 9, 17, 44, 365, 1100}) {
                const QDate to = from.addDays(span);
                int walked = 0;
                for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
                    walked += works(d) ? 1 : 0;
                const WorkingDayCount c = calendar.workingDaysBetween(from, to);
                QVERIFY2(c.count == walked,
                         qPrintable(from.toString(Qt::ISODate) + QLatin1Char(' ') +
                                    to.toString(Qt::ISODate)));
                QCOMPARE(c.missingYears, span == 0 ? QList<int>{} : unknownIn(from.addDays(1), to));
                ++checked;
            }
            for (int n : {1, 2, 5, 20, 60, 250, -1, -3, -20}) {
                QDate d = from;
                for (int left = qAbs(n); left > 0;) {
                    d = d.addDays(n > 0 ? 1 : -1);
                    left -= works(d) ? 1 : 0;
                }
                const DueDate due = calendar.addWorkingDays(from, n);
                QVERIFY2(due.date == d, qPrintable(QStringLiteral("%1 %2: %3, walked to %4")
                                                       .arg(from.toString(Qt::ISODate))
                                                       .arg(n)
                                                       .arg(due.date.toString(Qt::ISODate),
                                                            d.toString(Qt::ISODate))));
                QList<int> unknown =
                    n > 0 ? unknownIn(from.addDays(1), d) : unknownIn(d, from.addDays(-1));
                if (n < 0)
                    std::reverse(unknown.begin(), unknown.end()); // met counting back
                QCOMPARE(due.missingYears, unknown);
                ++checked;
            }
        }
        QVERIFY(checked > 2000);
    }

    void yearlyCounts_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("expected");
        const QJsonObject years = rawYears();
        for (int year : rawPublishedYears()) {
            QTest::newRow(qPrintable(QString::number(year)))
                << year
                << years.value(QString::number(year))
                       .toObject()
                       .value(QLatin1String("counts"))
                       .toObject()
                       .value(QLatin1String("working_days_in_year"))
                       .toInt();
        }
    }

    void yearlyCounts()
    {
        QFETCH(int, year);
        QFETCH(int, expected);
        QVERIFY(expected > 240);
        const WorkingDayCount count = shipped().workingDaysInYear(year);
        QCOMPARE(count.count, expected);
        QVERIFY(!count.hasWarning());
        QCOMPARE(shipped().year(year)->workingDayCount(), expected);
    }

    void deadlines_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("due");
        // Worked by hand from the notices. The day of acceptance never counts.
        QTest::newRow("National Day 2026: 09-30 + 5")
            << day("2026-09-30") << 5 << day("2026-10-13"); // 10-08, 09, 10 (Sat), 12, 13
        QTest::newRow("Art. 42, 20 days over 中秋 and 国庆 2026")
            << day("2026-09-15") << 20 << day("2026-10-19");
        QTest::newRow("Spring Festival 2026: make-up Saturday first")
            << day("2026-02-13") << 3 << day("2026-02-25"); // 02-14 (Sat), 24, 25
        QTest::newRow("Spring Festival 2025")
            << day("2025-01-24") << 5 << day("2025-02-07"); // 01-26 (Sun), 27, 02-05, 06, 07
        QTest::newRow("National Day 2024: make-up Sunday")
            << day("2024-09-27") << 3 << day("2024-10-08"); // 09-29 (Sun), 30, 10-08
        QTest::newRow("Labour Day 2024") << day("2024-04-26") << 2 << day("2024-04-29");
        QTest::newRow("across 2024/2025") << day("2024-12-30") << 3 << day("2025-01-03");
        QTest::newRow("across 2025/2026: 01-04 is worked")
            << day("2025-12-31") << 2 << day("2026-01-05");
        QTest::newRow("n = 0 on a holiday") << day("2026-10-01") << 0 << day("2026-10-01");
        QTest::newRow("n = 0 on a Sunday") << day("2026-03-01") << 0 << day("2026-03-01");
        QTest::newRow("start on a holiday") << day("2026-10-03") << 1 << day("2026-10-08");
        QTest::newRow("start on a make-up day") << day("2026-10-10") << 1 << day("2026-10-12");
        QTest::newRow("start on a Friday") << day("2026-03-06") << 1 << day("2026-03-09");
        QTest::newRow("back one day over 国庆") << day("2026-10-08") << -1 << day("2026-09-30");
    }

    void deadlines()
    {
        QFETCH(QDate, start);
        QFETCH(int, n);
        QFETCH(QDate, due);
        const DueDate result = shipped().addWorkingDays(start, n);
        QCOMPARE(result.date, due);
        QVERIFY(!result.hasWarning());
        QVERIFY(result.warning().isEmpty());
        if (n >= 0)
            QCOMPARE(shipped().workingDaysBetween(start, due).count, n);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("count");
        QTest::newRow("same day") << day("2026-03-02") << day("2026-03-02") << 0;
        QTest::newRow("backwards") << day("2026-03-09") << day("2026-03-02") << 0;
        QTest::newRow("plain week") << day("2026-03-01") << day("2026-03-08") << 5;
        QTest::newRow("国庆 week 2026") << day("2026-09-30") << day("2026-10-07") << 0;
        QTest::newRow("国庆 2026 with make-up") << day("2026-09-30") << day("2026-10-11") << 3;
        QTest::newRow("whole of 2025") << day("2024-12-31") << day("2025-12-31") << 248;
        QTest::newRow("春节 2024 fortnight") << day("2024-02-03") << day("2024-02-18") << 7;
    }

    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, count);
        const WorkingDayCount c = shipped().workingDaysBetween(from, to);
        QCOMPARE(c.count, count);
        QVERIFY(!c.hasWarning());
    }

    // addWorkingDays and workingDaysBetween are inverse for every start and n.
    void countsAndDeadlinesAgree()
    {
        const WorkdayCalendar calendar = shipped();
        for (QDate start = day("2024-01-01"); start.year() < 2026; start = start.addDays(7)) {
            for (int n = 0; n <= 25; n += 5) {
                const DueDate due = calendar.addWorkingDays(start, n);
                QCOMPARE(calendar.workingDaysBetween(start, due.date).count, n);
                QVERIFY(n == 0 || calendar.isWorkingDay(due.date));
            }
        }
    }

    void unknownYearIsWarnedAbout()
    {
        const WorkdayCalendar calendar = shipped();
        const DueDate due = calendar.addWorkingDays(day("2026-12-28"), 10);
        // 12-29, 30, 31, then 2027 by plain weekdays: 01-01 (Fri), 04 ... 08, 11.
        QCOMPARE(due.date, day("2027-01-11"));
        QCOMPARE(due.missingYears, QList<int>{2027});
        QVERIFY(due.hasWarning());
        QVERIFY2(due.warning().contains(QLatin1String("2027")), qPrintable(due.warning()));

        const WorkingDayCount count =
            calendar.workingDaysBetween(day("2026-12-28"), day("2027-01-11"));
        QCOMPARE(count.count, 10);
        QCOMPARE(count.missingYears, QList<int>{2027});
        QVERIFY(count.warning().contains(QLatin1String("2027")));

        const DayCheck check = calendar.checkDay(day("2027-01-01"));
        QVERIFY(check.isWorkingDay()); // only a guess, hence the warning
        QCOMPARE(check.missingYears, QList<int>{2027});
        QVERIFY(check.warning().contains(QLatin1String("2027")));

        // Two missing years on one deadline, named in order.
        const DueDate longOne = calendar.addWorkingDays(day("2023-12-29"), 800);
        QCOMPARE(longOne.missingYears, (QList<int>{2023, 2027}));
        QVERIFY(longOne.warning().contains(QLatin1String("2023")));
        QVERIFY(longOne.warning().contains(QLatin1String("2027")));

        // A start inside the calendar that never leaves it touches nothing unknown.
        QVERIFY(!calendar.addWorkingDays(day("2026-12-28"), 3).hasWarning());
    }

    void emptyCalendarWarnsEverywhere()
    {
        const WorkdayCalendar empty;
        const DueDate due = empty.addWorkingDays(day("2026-09-30"), 5);
        QCOMPARE(due.date, day("2026-10-07")); // plain weekdays: wrong, and it says so
        QCOMPARE(due.missingYears, QList<int>{2026});
        QVERIFY(!empty.isWorkingDay(day("2026-10-10"))); // a Saturday, as far as it knows
        QVERIFY(empty.isWorkingDay(day("2026-10-01")));
    }

    void dayChecks_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DayKind>("kind");
        QTest::addColumn<QString>("holiday");
        QTest::addColumn<bool>("warned");
        QTest::newRow("春节 weekday")
            << day("2026-02-16") << DayKind::Holiday << QStringLiteral("春节") << false;
        QTest::newRow("春节 make-up")
            << day("2026-02-14") << DayKind::MakeupWorkday << QStringLiteral("春节") << false;
        QTest::newRow("春节 weekend off")
            << day("2026-02-15") << DayKind::Weekend << QStringLiteral("春节") << false;
        QTest::newRow("plain Monday")
            << day("2026-03-02") << DayKind::Workday << QString() << false;
        QTest::newRow("plain Sunday")
            << day("2026-03-01") << DayKind::Weekend << QString() << false;
        QTest::newRow("元旦 2024 began in 2023")
            << day("2023-12-30") << DayKind::Weekend << QStringLiteral("元旦") << true;
    }

    void dayChecks()
    {
        QFETCH(QDate, date);
        QFETCH(DayKind, kind);
        QFETCH(QString, holiday);
        QFETCH(bool, warned);
        const DayCheck c = shipped().checkDay(date);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.holidayName, holiday);
        QCOMPARE(c.hasWarning(), warned);
    }

    void setYearReplacesAndCopiesAreIndependent()
    {
        const WorkdayCalendar original = shipped();
        WorkdayCalendar corrected = original;
        CalendarYear y = *original.year(2026);
        y.makeupWorkdays.removeAll(day("2026-10-10"));
        corrected.setYear(y);
        QVERIFY(!corrected.isWorkingDay(day("2026-10-10")));
        QVERIFY(original.isWorkingDay(day("2026-10-10")));
        QCOMPARE(corrected.years(), original.years());
        QCOMPARE(corrected.workingDaysInYear(2026).count,
                 original.workingDaysInYear(2026).count - 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkdayCalendar)
#include "tst_workdaycalendar.moc"
