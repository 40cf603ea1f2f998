#include "TestSupport.h"

#include "calendar/CalendarJson.h"
#include "calendar/CalendarRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace onetrip;

namespace {

CalendarFile shippedFile()
{
    const CalendarJson::ReadResult r =
        CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
    if (!r.ok())
        qFatal("shipped calendar invalid: %s", qPrintable(r.problems.first().toString()));
    return r.file;
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

const ManualClock testClock(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));

} // namespace

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenLoadIsEqual()
    {
        test::TempStore store;
        CalendarRepository repo(store.db());
        QCOMPARE(repo.years().value(), QList<int>{});
        const CalendarFile file = shippedFile();
        const Status s = repo.importYears(file.years, testClock);
        QVERIFY2(s, qPrintable(s.message() + s.error().detail));
        QCOMPARE(repo.years().value(), (QList<int>{2024, 2025, 2026}));

        store.reopen(); // from the file, not from a cache
        auto loaded = CalendarRepository(store.db()).load();
        QVERIFY2(loaded, qPrintable(loaded.message()));
        QCOMPARE(loaded->years(), (QList<int>{2024, 2025, 2026}));
        for (const CalendarYear &y : file.years)
            QCOMPARE(*loaded->year(y.year), y);

        int days = 0;
        for (const CalendarYear &y : file.years)
            days += y.weekdayOffDays.size() + y.makeupWorkdays.size();
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM calendar_day")), days);
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT kind, note FROM calendar_day WHERE day = '2026-02-14'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("makeup"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("春节"));
        QVERIFY(q.exec(QStringLiteral("SELECT imported_at, source FROM calendar_year WHERE "
                                      "year = 2025")) &&
                q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("2026-01-05T09:00")));
        QCOMPARE(q.value(1).toString(), file.years.at(1).source);
    }

    void reimportReplacesTheYear()
    {
        test::TempStore store;
        CalendarRepository repo(store.db());
        const CalendarFile file = shippedFile();
        QVERIFY(repo.importYears(file.years, testClock));

        // A supervisor's correction: 2026 without the 10-10 make-up Saturday.
        CalendarYear corrected = file.years.last();
        QCOMPARE(corrected.year, 2026);
        corrected.makeupWorkdays.removeAll(QDate(2026, 10, 10));
        for (Holiday &h : corrected.holidays)
            h.makeupWorkdays.removeAll(QDate(2026, 10, 10));
        corrected.source += QStringLiteral("（更正）");
        const Status s = repo.importYears({corrected}, testClock);
        QVERIFY2(s, qPrintable(s.message() + s.error().detail));

        auto loaded = repo.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->years(), (QList<int>{2024, 2025, 2026}));
        QCOMPARE(*loaded->year(2026), corrected);
        QCOMPARE(*loaded->year(2025), file.years.at(1)); // untouched
        QVERIFY(!loaded->isWorkingDay(QDate(2026, 10, 10)));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM calendar_day WHERE "
                                                  "year = 2026")),
                 corrected.weekdayOffDays.size() + corrected.makeupWorkdays.size());
    }

    void invalidYearsChangeNothing()
    {
        test::TempStore store;
        CalendarRepository repo(store.db());
        const CalendarFile file = shippedFile();
        QVERIFY(repo.importYears({file.years.first()}, testClock));

        CalendarYear bad = file.years.last();
        bad.makeupWorkdays.append(QDate(2026, 10, 9)); // a Friday
        const Status s = repo.importYears({file.years.at(1), bad}, testClock);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QLatin1String("2026-10-09")));
        QCOMPARE(repo.years().value(), QList<int>{2024});

        QVERIFY(!repo.importYears({file.years.at(1), file.years.at(1)}, testClock)); // twice
        QVERIFY(!repo.importYears({}, testClock));
        QCOMPARE(repo.years().value(), QList<int>{2024});
        QCOMPARE(*repo.load()->year(2024), file.years.first());
    }

    void invalidFileChangesNothing()
    {
        test::TempStore store;
        CalendarRepository repo(store.db());
        QVERIFY(repo.importYears(shippedFile().years, testClock));
        const int before = count(store.db(), QStringLiteral("SELECT count(*) FROM calendar_day"));

        // What `calendar import` does: read, and only a clean file reaches the store.
        QByteArray json =
            test::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        json.replace("\"2026-10-10\"", "\"2026-10-12\""); // a Monday as a make-up workday
        const CalendarJson::ReadResult r = CalendarJson::read(json);
        QVERIFY(!r.ok());
        QVERIFY(!repo.importYears(r.file.years, testClock)); // the same checks guard the store
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM calendar_day")), before);
        QVERIFY(repo.load()->isWorkingDay(QDate(2026, 10, 10)));
    }

    void loaderFallsBackToTheShippedFile()
    {
        test::TempStore store;
        const QString dataDir = qEnvironmentVariable("ONETRIP_DATA_DIR");
        auto fromEmptyStore = CalendarLoader::load(store.path(), dataDir);
        QVERIFY2(fromEmptyStore, qPrintable(fromEmptyStore.message()));
        QVERIFY(fromEmptyStore->fromShippedFile());
        QCOMPARE(fromEmptyStore->calendar.years(), (QList<int>{2024, 2025, 2026}));

        const QString missing = store.dir() + QStringLiteral("/none.sqlite");
        auto fromNoStore = CalendarLoader::load(missing, dataDir);
        QVERIFY(fromNoStore && fromNoStore->fromShippedFile());
        QVERIFY(!QFileInfo::exists(missing)); // not created as a side effect

        QVERIFY(CalendarRepository(store.db()).importYears({shippedFile().years.at(1)}, testClock));
        auto fromStore = CalendarLoader::load(store.path(), dataDir);
        QVERIFY(fromStore && !fromStore->fromShippedFile());
        QCOMPARE(fromStore->calendar.years(), QList<int>{2025});

        QVERIFY(!CalendarLoader::load(missing, store.dir())); // no shipped file there
    }
};

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"
