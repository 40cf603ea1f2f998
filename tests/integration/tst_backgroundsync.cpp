// The window's background sync against the real server: a case saved at one window shows
// at another within seconds; with the server gone the terminal says offline and keeps the
// events, and sends them when the server is back.
#include "SyncHarness.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "sync/BackgroundSync.h"
#include "sync/OnlineSignIn.h"
#include "sync/SyncClient.h"

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

    // The sign-in outlives the program in the vault: the next start syncs without sending
    // the password; a revoked one asks for it. The server's password is kept as this
    // terminal's verifier for offline sign-in.
    void signInKeptInTheVault()
    {
        ServerDatabaseFixture database;
        ServerProcess server(database.url());
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal a(QStringLiteral("T01"));
        QVERIFY(a.sync(server.url()));
        SystemClock clock;
        auto vault = std::make_shared<MemoryTokenVault>();
        // A vault shared by both runs, as the OS keychain is.
        struct Shared final : TokenVault
        {
            std::shared_ptr<MemoryTokenVault> inner;
            Result<QString> read(const QString &k) override { return inner->read(k); }
            Status write(const QString &k, const QString &v) override { return inner->write(k, v); }
            Status remove(const QString &k) override { return inner->remove(k); }
        };
        auto factory = [vault] {
            auto v = std::make_unique<Shared>();
            v->inner = vault;
            return std::unique_ptr<TokenVault>(std::move(v));
        };
        {
            BackgroundSync first(a.path(), clock, 60000, factory);
            QSignalSpy status(&first, &BackgroundSync::statusChanged);
            first.signIn(QStringLiteral("clerk02"), kPassword);
            QTRY_VERIFY_WITH_TIMEOUT(status.size() >= 2, 10000);
            QVERIFY(status.constLast().constFirst().value<BackgroundSync::Status>().online);
        }
        // clerk02 was never a user of this store: now it can sign in here offline.
        QVERIFY(UserRepository(a.db()).authenticate(QStringLiteral("clerk02"), kPassword));
        const qint64 logins = [&] {
            QString v;
            database.exec(QStringLiteral("SELECT count(*) FROM login_audit WHERE login = "
                                         "'clerk02' AND outcome = 'ok'"),
                          &v);
            return v.toLongLong();
        }();
        QCOMPARE(logins, 1);

        const QString number = saveCase(a, 3);
        BackgroundSync second(a.path(), clock, 60000, factory);
        QSignalSpy status(&second, &BackgroundSync::statusChanged);
        QSignalSpy password(&second, &BackgroundSync::passwordNeeded);
        second.signIn(QStringLiteral("clerk02"), QString()); // no password this time
        QTRY_VERIFY_WITH_TIMEOUT(
            !status.isEmpty() &&
                status.constLast().constFirst().value<BackgroundSync::Status>().waiting == 0,
            10000);
        QString onServer;
        QVERIFY(database.exec(
            QStringLiteral("SELECT count(*) FROM case_head WHERE number = '%1'").arg(number),
            &onServer));
        QCOMPARE(onServer, QStringLiteral("1"));
        QVERIFY(password.isEmpty());
        QString stillOne;
        database.exec(QStringLiteral("SELECT count(*) FROM login_audit WHERE login = 'clerk02' "
                                     "AND outcome = 'ok'"),
                      &stillOne);
        QCOMPARE(stillOne, QStringLiteral("1")); // refreshed, not signed in with the password
        QVERIFY(server.stop());
    }

    // New staff at this terminal: the window's sign-in asks the server once, then works
    // offline; a wrong password is the server's refusal, not a local guess.
    void newStaffSignsInOnlineThenOffline()
    {
        ServerDatabaseFixture database;
        ServerProcess server(database.url());
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal a(QStringLiteral("T01"));
        SystemClock clock;
        QVERIFY(!OnlineSignIn::available(a.db(), clock)); // standalone until registered
        QVERIFY(a.sync(server.url()));
        QVERIFY(OnlineSignIn::available(a.db(), clock));
        QVERIFY(!UserRepository(a.db()).authenticate(QStringLiteral("clerk02"), kPassword));
        auto wrong = OnlineSignIn::signIn(a.db(), clock, QStringLiteral("clerk02"),
                                          QStringLiteral("not-it"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().detail, QStringLiteral("unauthorized"));
        auto user = OnlineSignIn::signIn(a.db(), clock, QStringLiteral("clerk02"), kPassword);
        QVERIFY2(user, qPrintable(user.message()));
        QCOMPARE(user->displayName, QStringLiteral("刘洋"));
        QCOMPARE(user->role, Role::Clerk);
        QVERIFY(server.stop());
        auto offline = UserRepository(a.db()).authenticate(QStringLiteral("clerk02"), kPassword);
        QVERIFY(offline);
        auto unreachable =
            OnlineSignIn::signIn(a.db(), clock, QStringLiteral("clerk09"), kPassword, 2000);
        QVERIFY(!unreachable);
        QVERIFY(SyncClient::isTransient(unreachable.error()));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "tst_backgroundsync.moc"
