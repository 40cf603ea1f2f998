// The window's background sync against the real server: a case saved at one window shows
// at another within seconds; with the server gone the terminal says offline and keeps the
// events, and sends them when the server is back.
#include "SyncHarness.h"

#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "sync/BackgroundSync.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace onetrip;
using namespace onetrip::test;

namespace {

// Saves one new case at terminal `t`, through the window's own command.
QString saveCase(const Terminal &t, int applicant)
{
    SystemClock clock;
    auto calendar = CalendarRepository(t.db()).load();
    auto setup = HallSettings(t.db()).load();
    CaseService service(t.db(), clock, calendar.value(), setup.value()->hall,
                        setup.value()->terminal);
    auto guide = CatalogRepository(t.db()).guide(QStringLiteral("JN-SG01"));
    User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
    auto saved = service.receive(
        IntakeSample::acceptance({guide.value()}, IntakeSample::person(applicant), clerk));
    return saved ? saved->number : QString();
}

} // namespace

class TestBackgroundSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleAtTheOtherWindowWithinSeconds()
    {
        ServerDatabaseFixture database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        ServerProcess server(database.url());
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal a(QStringLiteral("T01"));
        Terminal b(QStringLiteral("T01"));
        QVERIFY(a.sync(server.url())); // registers (T01), as a supervisor does once
        QVERIFY(b.sync(server.url())); // registers (T02)

        SystemClock clock;
        BackgroundSync syncA(a.path(), clock, 500);
        BackgroundSync syncB(b.path(), clock, 500);
        QSignalSpy statusA(&syncA, &BackgroundSync::statusChanged);
        QSignalSpy casesB(&syncB, &BackgroundSync::casesChanged);
        syncA.signIn(QStringLiteral("clerk01"), kPassword);
        syncB.signIn(QStringLiteral("clerk02"), kPassword);

        const QString number = saveCase(a, 1);
        QVERIFY(!number.isEmpty());
        QElapsedTimer timer;
        timer.start();
        syncA.kick(); // what the window does after a commit
        const QString has =
            QStringLiteral("SELECT count(*) FROM case_record WHERE number = '%1'").arg(number);
        QTRY_VERIFY_WITH_TIMEOUT(b.count(has) == 1, 10000);
        qInfo("case %s at the other window after %lld ms", qPrintable(number), timer.elapsed());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!casesB.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !statusA.isEmpty() &&
                statusA.constLast().constFirst().value<BackgroundSync::Status>().waiting == 0,
            5000);
        const auto online = statusA.constLast().constFirst().value<BackgroundSync::Status>();
        QVERIFY(online.registered && online.online);
        QVERIFY(!online.lastSuccess.isEmpty());

        // The server goes away: offline, the new case waits, nothing is lost.
        QVERIFY(server.stop());
        const QString offline = saveCase(a, 2);
        statusA.clear();
        syncA.kick();
        QTRY_VERIFY_WITH_TIMEOUT(!statusA.isEmpty(), 10000);
        const auto down = statusA.constLast().constFirst().value<BackgroundSync::Status>();
        QVERIFY(!down.online);
        QCOMPARE(down.waiting, a.count(QStringLiteral("SELECT count(*) FROM case_event WHERE "
                                                      "case_number = '%1'")
                                           .arg(offline)));
        QVERIFY(down.waiting >= 1);
        QVERIFY2(!down.lastError.isEmpty(), "the reason is shown");

        // Back: the retry (backoff with jitter) sends it without anyone doing anything.
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(b.count(QStringLiteral("SELECT count(*) FROM case_record WHERE "
                                                        "number = '%1'")
                                             .arg(offline)) == 1,
                                 30000);
        QCOMPARE(a.projections(), b.projections());
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "tst_backgroundsync.moc"
