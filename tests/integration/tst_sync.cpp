// Terminals and the real onetrip-server over real HTTP, on SQLite or (with the ctest fixture)
// a throwaway PostgreSQL cluster: offline work converges, nothing is lost or doubled, a
// change made on an old state is a conflict and never overwrites, sign-in rules hold.
#include "SyncHarness.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "catalog/CatalogRepository.h"
#include "sync/ConflictResolution.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;
using namespace onetrip::test;

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerDatabaseFixture> m_database;
    std::unique_ptr<ServerProcess> m_server;
    // The hall's terminals, kept across the tests (each builds on the one before).
    std::unique_ptr<Terminal> m_first;  // standalone with T01 before joining
    std::unique_ptr<Terminal> m_second; // standalone with T05
    std::unique_ptr<Terminal> m_fresh;  // no cases: the server assigns its code

    QString openCase(const Terminal &t, const QString &status)
    {
        QSqlQuery q(t.db().connection());
        q.exec(QStringLiteral("SELECT number FROM case_record WHERE status = '%1' ORDER BY "
                              "number LIMIT 1")
                   .arg(status));
        return q.next() ? q.value(0).toString() : QString();
    }
    Result<CaseRecord> withdraw(Terminal &t, const QString &number, const QString &reason)
    {
        SystemClock clock;
        auto calendar = CalendarRepository(t.db()).load();
        auto setup = HallSettings(t.db()).load();
        CaseService service(t.db(), clock, calendar.value(), setup.value()->hall,
                            setup.value()->terminal);
        User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        return service.withdraw(number, clerk, reason);
    }
    CaseService serviceOf(const Terminal &t, const Clock &clock)
    {
        auto calendar = CalendarRepository(t.db()).load();
        auto setup = HallSettings(t.db()).load();
        return CaseService(t.db(), clock, calendar.value(), setup.value()->hall,
                           setup.value()->terminal);
    }
    qint64 serverCount(const QString &sql)
    {
        QString value;
        return m_database->exec(sql, &value) ? value.toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<ServerDatabaseFixture>();
        QVERIFY2(m_database->error().isEmpty(), qPrintable(m_database->error()));
        // Every test here signs in, many times a minute from one address; the limit itself
        // is signInRateLimit's, on a server of its own.
        m_server = std::make_unique<ServerProcess>(
            m_database->url(),
            QStringList{QStringLiteral("--login-attempts-per-minute"), QStringLiteral("1000")});
        QVERIFY(m_server->bootstrap());
        QVERIFY(m_server->start());
        qInfo("server on %s", qPrintable(m_database->isPostgres() ? QStringLiteral("PostgreSQL")
                                                                  : QStringLiteral("SQLite")));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QVERIFY2(m_server->stop(), qPrintable(m_server->log().right(2000)));
    }

    // Two terminals worked standalone, a third is new; all join and converge.
    void offlineWorkConverges()
    {
        m_first = std::make_unique<Terminal>(QStringLiteral("T01"));
        m_second = std::make_unique<Terminal>(QStringLiteral("T05"));
        m_fresh = std::make_unique<Terminal>(QStringLiteral("T01"));
        QVERIFY2(m_first->generate(30, 1), "generate");
        QVERIFY2(m_second->generate(25, 7), "generate");
        const qint64 ownFirst = m_first->count(QStringLiteral("SELECT count(*) FROM case_event"));
        const qint64 ownSecond = m_second->count(QStringLiteral("SELECT count(*) FROM case_event"));
        QVERIFY(ownFirst > 30 && ownSecond > 25);

        for (Terminal *t : {m_first.get(), m_second.get(), m_fresh.get()}) {
            auto outcome = t->sync(m_server->url());
            QVERIFY2(outcome, qPrintable(outcome.message()));
            QVERIFY(outcome->registeredNow);
            QCOMPARE(outcome->report.rejected, 0);
        }
        // Standalone terminals keep their codes (their case numbers carry them); the new
        // one gets the first free code.
        QCOMPARE(m_first->terminal().terminalCode, QStringLiteral("T01"));
        QCOMPARE(m_second->terminal().terminalCode, QStringLiteral("T05"));
        QCOMPARE(m_fresh->terminal().terminalCode, QStringLiteral("T02"));

        for (Terminal *t : {m_first.get(), m_second.get(), m_fresh.get()}) {
            auto outcome = t->sync(m_server->url(), QStringLiteral("clerk01"));
            QVERIFY2(outcome, qPrintable(outcome.message()));
            QCOMPARE(outcome->counts.waiting, 0);
            QCOMPARE(outcome->counts.conflicts, 0);
        }
        // Exactly once everywhere.
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE state = "
                                            "'applied'")),
                 ownFirst + ownSecond);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(DISTINCT id) FROM sync_event")),
                 ownFirst + ownSecond);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM case_head")), 55);
        for (Terminal *t : {m_first.get(), m_second.get(), m_fresh.get()}) {
            QCOMPARE(t->count(QStringLiteral("SELECT count(*) FROM case_record")), 55);
            QCOMPARE(t->count(QStringLiteral("SELECT count(*) FROM case_event")),
                     ownFirst + ownSecond);
            auto audit = CaseAudit::verifyChain(t->db());
            QVERIFY(audit && audit->ok());
        }
        QCOMPARE(m_second->projections(), m_first->projections());
        QCOMPARE(m_fresh->projections(), m_first->projections());
        const CtlRun audit = m_server->command({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.out.contains(
                     QStringLiteral("ok, %1 events from 2 terminal(s).").arg(ownFirst + ownSecond)),
                 qPrintable(audit.out + audit.err));
    }

    // A second standalone terminal with T01 numbers cannot join: its numbers would collide.
    void takenCodeIsRefused()
    {
        Terminal other(QStringLiteral("T01"));
        QVERIFY(other.generate(3, 11));
        auto outcome = other.sync(m_server->url());
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().detail, QStringLiteral("terminal-code-taken"));
        QVERIFY2(outcome.message().contains(QStringLiteral("T01")), qPrintable(outcome.message()));
        QCOMPARE(other.terminal().terminalCode, QStringLiteral("T01"));
        SystemClock clock;
        auto state = SyncStore(other.db(), other.terminal(), clock).state();
        QVERIFY(state && state->terminalKey.isEmpty());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM case_head")), 55);
    }

    // The answer to a registration was lost: the same supervisor asking again for the same
    // code gets a new key (the lost one stops working); anyone else, or after the terminal
    // pushed, finds the code taken.
    void lostRegistrationAnswerIsRepeated()
    {
        const QUrl terminals = m_server->url().resolved(QUrl(QStringLiteral("/api/v1/terminals")));
        const QByteArray ask = QByteArrayLiteral(R"({"hall":"JNLX","code":"T07"})");
        const QString supervisor = signIn(m_server->url(), QStringLiteral("super01"), kPassword);
        const HttpExchange first = http("POST", terminals, ask, supervisor);
        QCOMPARE(first.status, 200);
        const HttpExchange again = http("POST", terminals, ask, supervisor);
        QCOMPARE(again.status, 200);
        auto keyOf = [](const HttpExchange &r) {
            return QJsonDocument::fromJson(r.body).object().value(QLatin1String("key")).toString();
        };
        QVERIFY(!keyOf(again).isEmpty() && keyOf(again) != keyOf(first));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM terminal WHERE code = 'T07'")),
                 1);
        auto loginWith = [this](const QString &key) {
            return http("POST", m_server->url().resolved(QUrl(QStringLiteral("/api/v1/login"))),
                        QJsonDocument(
                            QJsonObject{
                                {QStringLiteral("login"), QStringLiteral("clerk01")},
                                {QStringLiteral("password"), kPassword},
                                {QStringLiteral("terminal"),
                                 QJsonObject{{QStringLiteral("hall"), QStringLiteral("JNLX")},
                                             {QStringLiteral("code"), QStringLiteral("T07")},
                                             {QStringLiteral("key"), key}}}})
                            .toJson())
                .status;
        };
        QCOMPARE(loginWith(keyOf(first)), 403);
        QCOMPARE(loginWith(keyOf(again)), 200);

        const QString admin = signIn(m_server->url(), QStringLiteral("admin"), kPassword);
        const HttpExchange other = http("POST", terminals, ask, admin);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.code(), QStringLiteral("terminal-code-taken"));
        // T01 pushed long ago: its code stays taken, for its own registrar too.
        const HttpExchange used = http(
            "POST", terminals, QByteArrayLiteral(R"({"hall":"JNLX","code":"T01"})"), supervisor);
        QCOMPARE(used.code(), QStringLiteral("terminal-code-taken"));
    }

    // Two terminals change the same case while apart: the later one is a conflict, shown,
    // and the case everywhere is the server's.
    void sameCaseChangedApartIsAConflict()
    {
        const QString number = openCase(*m_first, QStringLiteral("received"));
        QVERIFY(!number.isEmpty());
        QVERIFY(withdraw(*m_first, number, QStringLiteral("申请人撤回（窗口一）")));
        QVERIFY(withdraw(*m_fresh, number, QStringLiteral("申请人撤回（窗口二）")));

        // A withdrawal is two events: the status change and its confirmation document.
        auto first = m_first->sync(m_server->url(), QStringLiteral("clerk01"));
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->report.pushed, 2);
        auto fresh = m_fresh->sync(m_server->url(), QStringLiteral("clerk01"));
        QVERIFY2(fresh, qPrintable(fresh.message()));
        QCOMPARE(fresh->report.rejected, 2);
        QCOMPARE(fresh->counts.conflicts, 2);

        SystemClock clock;
        auto conflicts = SyncStore(m_fresh->db(), m_fresh->terminal(), clock).conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 2);
        QCOMPARE(conflicts->constFirst().caseNumber, number);
        QCOMPARE(conflicts->constFirst().code, QStringLiteral("stale"));
        QVERIFY2(conflicts->constFirst().reason.contains(QStringLiteral("T01")),
                 qPrintable(conflicts->constFirst().reason));
        // The losing change is still in the log (audit), but not in the case: the status
        // change and the confirmation that quotes its reason.
        QCOMPARE(m_fresh->count(QStringLiteral("SELECT count(*) FROM case_event WHERE payload "
                                               "LIKE '%窗口二%'")),
                 2);
        auto audit = CaseAudit::verifyChain(m_fresh->db());
        QVERIFY(audit && audit->ok());
        QCOMPARE(m_fresh->projections(), m_first->projections());
        QCOMPARE(m_fresh->count(QStringLiteral("SELECT count(*) FROM case_record WHERE number "
                                               "= '%1' AND status = 'withdrawn'")
                                    .arg(number)),
                 1);
        // Rebuilding from the log leaves the conflict out just the same.
        const QString before = m_fresh->projections();
        QVERIFY(CaseRebuild::run(m_fresh->db()));
        QCOMPARE(m_fresh->projections(), before);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE state = "
                                            "'rejected' AND reject_code = 'stale'")),
                 2);
    }

    // The pull finds the competing change first: the local one becomes a conflict before
    // it is even sent, and the server refuses it too.
    void pullFindsTheConflictFirst()
    {
        const QString number = openCase(*m_first, QStringLiteral("correction-requested"));
        QVERIFY(!number.isEmpty());
        QVERIFY(withdraw(*m_first, number, QStringLiteral("甲")));
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(withdraw(*m_second, number, QStringLiteral("乙")));

        SystemClock clock;
        SyncStore store(m_second->db(), m_second->terminal(), clock);
        SyncClient::Options options;
        options.server = m_server->url();
        SyncClient client(options);
        auto state = store.state();
        QVERIFY(state);
        QVERIFY(client.login(QStringLiteral("clerk02"), kPassword,
                             SyncClient::TerminalProof{QStringLiteral("JNLX"),
                                                       QStringLiteral("T05"), state->terminalKey}));
        auto page = client.pull(state->pullCursor, 500);
        QVERIFY2(page, qPrintable(page.message()));
        auto applied = store.applyPull(page.value());
        QVERIFY2(applied, qPrintable(applied.message()));
        auto conflicts = store.conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 2); // the withdrawal's two events
        QCOMPARE(conflicts->constFirst().caseNumber, number);
        QCOMPARE(m_second->projections(), m_first->projections());

        auto outcome = m_second->sync(m_server->url(), QStringLiteral("clerk02"));
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->report.rejected, 2);
        QCOMPARE(outcome->counts.conflicts, 2);
        QCOMPARE(m_second->projections(), m_first->projections());
    }

    // A supervisor settles them: a change that no longer fits cannot be made again; both
    // conflicts are discarded with a reason, and that too syncs everywhere.
    void conflictsAreSettledBySupervisor()
    {
        SystemClock clock;
        const User supervisor{0, QStringLiteral("super01"), QStringLiteral("王芳"),
                              Role::Supervisor};
        const User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        for (Terminal *t : {m_fresh.get(), m_second.get()}) {
            auto open = SyncStore(t->db(), t->terminal(), clock).conflicts();
            QVERIFY(open && open->size() == 2);
            const QString number = open->constFirst().caseNumber;
            ConflictResolution resolution(t->db(), t->terminal(), clock);
            QVERIFY(!resolution.discard(number, clerk, QStringLiteral("重复撤回")));
            const Status again = resolution.reapply(number, supervisor);
            QVERIFY(!again);
            QVERIFY2(again.message().contains(number), qPrintable(again.message()));
            QVERIFY(!resolution.discard(number, supervisor, QStringLiteral("  ")));
            QVERIFY2(resolution.discard(number, supervisor,
                                        QStringLiteral("两窗口重复撤回，以先到者为准")),
                     "discard");
            auto after = t->sync(m_server->url(), QStringLiteral("super01"));
            QVERIFY2(after, qPrintable(after.message()));
            QCOMPARE(after->counts.conflicts, 0);
            QCOMPARE(after->report.rejected, 0);
        }
        for (Terminal *t : {m_first.get(), m_second.get(), m_fresh.get()})
            QVERIFY(t->sync(m_server->url(), QStringLiteral("clerk01")));
        QCOMPARE(m_second->projections(), m_first->projections());
        QCOMPARE(m_fresh->projections(), m_first->projections());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type = "
                                            "'case.conflict-resolved' AND state = 'applied'")),
                 4); // each refused event of both withdrawals
    }

    // The same batch again (its answer was lost): the same answer, nothing doubled. An
    // event the server holds, changed: refused as a broken history.
    void repeatedPushIsIdempotent()
    {
        SystemClock clock;
        const TerminalInfo terminal = m_first->terminal();
        auto events = CaseEventLog::terminalEventsAfter(m_first->db(), terminal, 0, 40);
        QVERIFY(events && events->size() == 40);
        SyncStore store(m_first->db(), terminal, clock);
        SyncClient::Options options;
        options.server = m_server->url();
        SyncClient client(options);
        QVERIFY(client.login(QStringLiteral("clerk01"), kPassword,
                             SyncClient::TerminalProof{terminal.hallCode, terminal.terminalCode,
                                                       store.state()->terminalKey}));
        const qint64 before = serverCount(QStringLiteral("SELECT count(*) FROM sync_event"));
        auto once = client.push({terminal.hallCode, terminal.terminalCode, events.value()});
        auto twice = client.push({terminal.hallCode, terminal.terminalCode, events.value()});
        QVERIFY2(once && twice, qPrintable(once.message() + twice.message()));
        QCOMPARE(once->results.size(), 40);
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(twice->results.at(i).eventId, once->results.at(i).eventId);
            QCOMPARE(twice->results.at(i).cursor, once->results.at(i).cursor);
            QVERIFY(once->results.at(i).cursor > 0);
        }
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event")), before);

        QList<CaseEvent> forged = events.value().mid(0, 1);
        forged[0].payload.insert(QStringLiteral("note"), QStringLiteral("改过"));
        forged[0].hash = forged[0].computeHash();
        auto refused = client.push({terminal.hallCode, terminal.terminalCode, forged});
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("chain-broken"));
        // Without recomputing the hash it does not even pass the hash check.
        forged[0].payload.insert(QStringLiteral("note"), QStringLiteral("再改"));
        auto tampered = client.push({terminal.hallCode, terminal.terminalCode, forged});
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().detail, QStringLiteral("bad-request"));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event")), before);
    }

    // The administrator publishes a catalog and a calendar; terminals take them at their
    // next sync with the same importers as onetripctl, once; a bad file is refused whole.
    void catalogAndCalendarFlowFromTheServer()
    {
        const QUrl url = m_server->url();
        const QString admin = signIn(url, QStringLiteral("admin"), kPassword);
        QVERIFY(!admin.isEmpty());
        const QUrl catalogUrl =
            url.resolved(QUrl(QStringLiteral("/api/v1/publications/catalog?name=example.json")));
        const HttpExchange bad =
            http("POST", catalogUrl,
                 readFile(testDataFile(QStringLiteral("catalog/several-bad.json"))), admin);
        QCOMPARE(bad.status, 400);
        QVERIFY2(QString::fromUtf8(bad.body).contains(QStringLiteral("problem")),
                 bad.body.constData());
        const QString clerk = signIn(url, QStringLiteral("clerk02"), kPassword);
        QCOMPARE(http("POST", catalogUrl,
                      readFile(testDataFile(QStringLiteral("catalog/example.json"))), clerk)
                     .code(),
                 QStringLiteral("forbidden"));
        const HttpExchange published =
            http("POST", catalogUrl, readFile(testDataFile(QStringLiteral("catalog/example.json"))),
                 admin);
        QCOMPARE(published.status, 201);
        // The calendar from the server machine's command line.
        const CtlRun calendar =
            m_server->command({QStringLiteral("publish"), QStringLiteral("calendar"),
                               dataFile(QStringLiteral("calendar/cn-workdays.json"))});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err));
        QVERIFY2(calendar.out.contains(QStringLiteral("version 1")), qPrintable(calendar.out));

        QCOMPARE(CatalogRepository(m_fresh->db()).guide(QStringLiteral("T-001")).ok(), false);
        auto outcome = m_fresh->sync(url, QStringLiteral("clerk01"));
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->report.catalogs, 1);
        QCOMPARE(outcome->report.calendars, 1);
        auto guide = CatalogRepository(m_fresh->db()).guide(QStringLiteral("T-001"));
        QVERIFY2(guide, qPrintable(guide.message()));
        QCOMPARE(m_fresh->count(QStringLiteral("SELECT catalog_version FROM sync_state")), 1);
        QCOMPARE(m_fresh->count(QStringLiteral("SELECT calendar_version FROM sync_state")), 1);
        auto again = m_fresh->sync(url, QStringLiteral("clerk01"));
        QVERIFY(again);
        QCOMPARE(again->report.catalogs + again->report.calendars, 0);
    }

    // A holiday announced later reaches the terminals through the server, and due dates
    // computed from then on count around it (DESIGN §2: the calendar is data, never code).
    void publishedCalendarMovesDueDates()
    {
        // Accepted on Monday 21 December 2026, due in 5 working days: Monday 28 December.
        const QDate accepted(2026, 12, 21);
        auto before = CalendarRepository(m_fresh->db()).load();
        QVERIFY(before);
        QCOMPARE(before->addWorkingDays(accepted, 5).date, QDate(2026, 12, 28));

        // The State Council adds Thursday 24 and Friday 25 December as days off.
        QJsonObject calendar =
            QJsonDocument::fromJson(readFile(dataFile(QStringLiteral("calendar/cn-workdays.json"))))
                .object();
        QJsonObject years = calendar.value(QLatin1String("years")).toObject();
        QJsonObject year = years.value(QLatin1String("2026")).toObject();
        QJsonArray holidays = year.value(QLatin1String("holidays")).toArray();
        holidays.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("临时放假")},
            {QStringLiteral("noticeText"), QStringLiteral("12月24日(周四)至25日(周五)放假")},
            {QStringLiteral("offDays"),
             QJsonArray{QStringLiteral("2026-12-24"), QStringLiteral("2026-12-25")}},
            {QStringLiteral("makeupWorkdays"), QJsonArray{}}});
        year.insert(QStringLiteral("holidays"), holidays);
        QJsonArray weekdayOff = year.value(QLatin1String("weekdayOffDays")).toArray();
        weekdayOff << QStringLiteral("2026-12-24") << QStringLiteral("2026-12-25");
        year.insert(QStringLiteral("weekdayOffDays"), weekdayOff);
        QCOMPARE(year.value(QLatin1String("workingDaysInYear")).toInt(), 248);
        year.insert(QStringLiteral("workingDaysInYear"), 246);
        years.insert(QStringLiteral("2026"), year);
        calendar.insert(QStringLiteral("years"), years);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cn-workdays-amended.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(calendar).toJson());
        out.close();
        const CtlRun published =
            m_server->command({QStringLiteral("publish"), QStringLiteral("calendar"), file});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));

        auto outcome = m_fresh->sync(m_server->url(), QStringLiteral("clerk01"));
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->report.calendars, 1);
        auto after = CalendarRepository(m_fresh->db()).load();
        QVERIFY(after);
        // 22, 23, then 28, 29, 30: Wednesday 30 December.
        QCOMPARE(after->addWorkingDays(accepted, 5).date, QDate(2026, 12, 30));
        QCOMPARE(after->addWorkingDays(QDate(2026, 11, 30), 5).date, QDate(2026, 12, 7));
    }

    // The case desk's events need nothing of the sync layer: a time limit stopped at one
    // terminal and run again at another arrives everywhere (who may record them:
    // tst_server_access).
    void stoppedTimeTravelsBetweenTerminals()
    {
        const QString number = openCase(*m_first, QStringLiteral("accepted"));
        QVERIFY(!number.isEmpty());
        SystemClock clock;
        User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        auto paused =
            serviceOf(*m_first, clock)
                .pauseClock(number, clerk, PauseKind::Inspection, QStringLiteral("现场核查"));
        QVERIFY2(paused, qPrintable(paused.message()));
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        User other{0, QStringLiteral("clerk02"), QStringLiteral("刘洋"), Role::Clerk};
        auto resumed = serviceOf(*m_second, clock).resumeClock(number, other);
        QVERIFY2(resumed, qPrintable(resumed.message()));
        auto pushed = m_second->sync(m_server->url(), QStringLiteral("clerk02"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_fresh->sync(m_server->url(), QStringLiteral("clerk01")));
        const QString pauses =
            QStringLiteral("SELECT pauses FROM case_record WHERE number = '%1'").arg(number);
        QSqlQuery q(m_first->db().connection());
        QVERIFY(q.exec(pauses) && q.next());
        const QString onFirst = q.value(0).toString();
        QVERIFY2(onFirst.contains(QStringLiteral("inspection")) &&
                     onFirst.contains(QStringLiteral("现场核查")),
                 qPrintable(onFirst));
        QCOMPARE(m_first->projections(), m_second->projections());
        QCOMPARE(m_first->projections(), m_fresh->projections());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type IN "
                                            "('case.clock-paused', 'case.clock-resumed') AND "
                                            "state = 'applied'")),
                 2);
    }

    void decisionAndHandOutTravelBetweenTerminals()
    {
        // Routed and decided at one window, handed out at another: the same case everywhere.
        const QString number = openCase(*m_first, QStringLiteral("accepted"));
        QVERIFY(!number.isEmpty());
        SystemClock clock;
        User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        CaseService first = serviceOf(*m_first, clock);
        auto routed = first.route(number, clerk, QStringLiteral("市市场监督管理局"), clock.today());
        QVERIFY2(routed, qPrintable(routed.message()));
        auto decided = first.decide(number, clerk, true, QStringLiteral("鲁DA5310200123"));
        QVERIFY2(decided, qPrintable(decided.message()));
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        User other{0, QStringLiteral("clerk02"), QStringLiteral("刘洋"), Role::Clerk};
        auto out = serviceOf(*m_second, clock)
                       .handOutAtWindow(number, other, CollectorKind::Applicant,
                                        decided->applicant.idNumber);
        QVERIFY2(out, qPrintable(out.message()));
        auto pushed = m_second->sync(m_server->url(), QStringLiteral("clerk02"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_fresh->sync(m_server->url(), QStringLiteral("clerk01")));
        QSqlQuery q(m_fresh->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, department, decision_number, hand_out FROM "
                                      "case_record WHERE number = '%1'")
                           .arg(number)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("handed-out"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("市市场监督管理局"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("鲁DA5310200123"));
        QVERIFY(q.value(3).toString().contains(decided->applicant.maskedId()));
        QCOMPARE(m_first->projections(), m_second->projections());
        QCOMPARE(m_first->projections(), m_fresh->projections());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type IN "
                                            "('case.routed', 'case.decided', 'case.handed-out') "
                                            "AND state = 'applied' AND case_number = '%1'")
                                 .arg(number)),
                 3);
    }

    void ratingFollowUpAndAppealTravelBetweenTerminals()
    {
        // 好差评 on three terminals: rated (and the ID shown) at the first window, the 回访 and
        // 整改 recorded at the second, the appeal refused and the rater's view recorded by the
        // supervisor on the third; the same case everywhere.
        const QString number = openCase(*m_first, QStringLiteral("accepted"));
        QVERIFY(!number.isEmpty());
        SystemClock clock;
        const User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        const User other{0, QStringLiteral("clerk02"), QStringLiteral("刘洋"), Role::Clerk};
        const User supervisor{0, QStringLiteral("super01"), QStringLiteral("王芳"),
                              Role::Supervisor};
        CaseService first = serviceOf(*m_first, clock);
        auto rated = first.rate(number, clerk, 1, RatingLevel::VeryDissatisfied, {1, 2, 3},
                                QStringLiteral("材料清单与窗口说法不一致"));
        QVERIFY2(rated, qPrintable(rated.message()));
        QVERIFY(first.revealId(number, clerk, false, QStringLiteral("回访前核对申请人")));
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));

        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        CaseService second = serviceOf(*m_second, clock);
        QVERIFY(second.followUpComplaint(number, other, 1, ComplaintFollowUpKind::ReturnVisit,
                                         QStringLiteral("电话回访，申请人说明了情况")));
        QVERIFY(second.followUpComplaint(number, other, 1, ComplaintFollowUpKind::Rectification,
                                         QStringLiteral("统一一次性告知口径")));
        auto pushed = m_second->sync(m_server->url(), QStringLiteral("clerk02"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);

        QVERIFY(m_fresh->sync(m_server->url(), QStringLiteral("super01")));
        CaseService third = serviceOf(*m_fresh, clock);
        QVERIFY(
            third.decideAppeal(number, supervisor, 1, false, QStringLiteral("评价属实，不予支持")));
        auto view = third.followUpComplaint(number, supervisor, 1, ComplaintFollowUpKind::RaterView,
                                            QStringLiteral("申请人认可整改"), true);
        QVERIFY2(view, qPrintable(view.message()));
        QCOMPARE(view->ratings.constFirst().state(), ComplaintFollowUpState::Closed);
        pushed = m_fresh->sync(m_server->url(), QStringLiteral("super01"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);

        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        auto seen = serviceOf(*m_first, clock).queries().open(number);
        QVERIFY(seen);
        QCOMPARE(seen->ratings.size(), 1);
        QCOMPARE(seen->ratings.constFirst().steps.size(), 4);
        QCOMPARE(seen->ratings.constFirst().state(), ComplaintFollowUpState::Closed);
        QCOMPARE(m_first->projections(), m_second->projections());
        QCOMPARE(m_first->projections(), m_fresh->projections());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type IN "
                                            "('case.rated', 'case.complaint-follow-up', "
                                            "'case.rating-appeal', 'case.id-revealed') AND state "
                                            "= 'applied' AND case_number = '%1'")
                                 .arg(number)),
                 6);
    }

    void proxyRelayTravelsBetweenTerminals()
    {
        // 代办 on three terminals: taken and the materials received at the first window, the
        // agent's relay pushed from the second (signed in as the agent), reassigned and ended
        // by the supervisor on the third; the server assigns the case to its agent.
        const QString number = openCase(*m_first, QStringLiteral("accepted"));
        QVERIFY(!number.isEmpty());
        SystemClock clock;
        const User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
        const User agent{0, QStringLiteral("agent01"), QStringLiteral("李强"), Role::Agent};
        const User supervisor{0, QStringLiteral("super01"), QStringLiteral("王芳"),
                              Role::Supervisor};
        CaseService first = serviceOf(*m_first, clock);
        auto taken = first.takeAsProxy(number, clerk, QStringLiteral("agent01"),
                                       ProxyScope{true, true, true}, QStringLiteral("13800000001"),
                                       clock.today().addDays(10));
        QVERIFY2(taken, qPrintable(taken.message()));
        const Party applicant = Party::applicant(taken->applicant.name);
        const Party carrier = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        const Party window = Party::department(QStringLiteral("济南市市场监督管理局窗口"));
        const QList<HandedMaterial> materials{{QStringLiteral("申请书"), 1}};
        QVERIFY(first.handOver(number, clerk, applicant, carrier, materials));
        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM case_head WHERE number = '%1' "
                                            "AND assigned_agent = 'agent01'")
                                 .arg(number)),
                 1);

        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        CaseService second = serviceOf(*m_second, clock);
        QVERIFY(second.handOver(number, agent, carrier, window, materials));
        QVERIFY(second.recordProxyStep(number, agent, QStringLiteral("济南市市场监督管理局"),
                                       QStringLiteral("递交材料，窗口受理")));
        auto pushed = m_second->sync(m_server->url(), QStringLiteral("agent01"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);

        QVERIFY(m_fresh->sync(m_server->url(), QStringLiteral("super01")));
        QVERIFY(
            UserRepository(m_fresh->db())
                .add(QStringLiteral("agent02"), QStringLiteral("孙丽"), Role::Agent, kPassword));
        CaseService third = serviceOf(*m_fresh, clock);
        QVERIFY(third.reassignProxy(number, supervisor, QStringLiteral("agent02"),
                                    QStringLiteral("李强外出，转孙丽")));
        const Party next = Party::agent(QStringLiteral("agent02"), QStringLiteral("孙丽"));
        QVERIFY(third.handOver(number, supervisor, window, next, materials));
        QVERIFY(third.handOver(number, supervisor, next, applicant, materials));
        auto done = third.completeProxy(number, supervisor, QStringLiteral("材料已退还申请人"));
        QVERIFY2(done, qPrintable(done.message()));
        pushed = m_fresh->sync(m_server->url(), QStringLiteral("super01"));
        QVERIFY2(pushed, qPrintable(pushed.message()));
        QCOMPARE(pushed->report.rejected, 0);

        QVERIFY(m_first->sync(m_server->url(), QStringLiteral("clerk01")));
        QVERIFY(m_second->sync(m_server->url(), QStringLiteral("clerk02")));
        auto seen = serviceOf(*m_first, clock).queries().open(number);
        QVERIFY(seen && seen->proxy);
        QCOMPARE(seen->proxy->handovers.size(), 4);
        QCOMPARE(seen->proxy->agentLogin, QStringLiteral("agent02"));
        QVERIFY(seen->proxy->completed());
        QCOMPARE(m_first->projections(), m_second->projections());
        QCOMPARE(m_first->projections(), m_fresh->projections());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type IN "
                                            "('case.proxy-taken', 'case.handover', "
                                            "'case.proxy-step', 'case.proxy-reassigned', "
                                            "'case.proxy-completed') AND state = 'applied' AND "
                                            "case_number = '%1'")
                                 .arg(number)),
                 8);
        // The papers travel too: the 委托书, a 交接单 for each of the four links — the
        // agent's issued on the agent's terminal and accepted from the agent — and the 办结单.
        QStringList papers;
        for (const CaseDocument &d : seen->documents) {
            if (d.data.proxy)
                papers << d.number.mid(number.size() + 1);
        }
        // (Numbered on from the case's own terminal T01; another terminal's carry its code.)
        const QString fresh = m_fresh->terminal().terminalCode;
        QCOMPARE(papers, (QStringList{QStringLiteral("WT1"), QStringLiteral("JJ1"),
                                      m_second->terminal().terminalCode + QStringLiteral("JJ2"),
                                      fresh + QStringLiteral("JJ3"), fresh + QStringLiteral("JJ4"),
                                      fresh + QStringLiteral("BJ1")}));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM sync_event WHERE type = "
                                            "'case.document' AND actor = 'agent01' AND state = "
                                            "'applied' AND case_number = '%1'")
                                 .arg(number)),
                 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM case_head WHERE number = '%1' "
                                            "AND assigned_agent = 'agent02'")
                                 .arg(number)),
                 1);
    }

    void signInRules()
    {
        const QUrl url = m_server->url();
        const QUrl me = url.resolved(QUrl(QStringLiteral("/api/v1/me")));
        QCOMPARE(signIn(url, QStringLiteral("clerk02"), QStringLiteral("wrong")), QString());
        QVERIFY(serverCount(QStringLiteral("SELECT count(*) FROM login_audit WHERE login = "
                                           "'clerk02' AND outcome = 'wrong-password'")) >= 1);
        QCOMPARE(signIn(url, QStringLiteral("nobody"), QStringLiteral("wrong")), QString());

        // Five wrong passwords lock the account, even for the right one afterwards.
        for (int i = 0; i < 5; ++i)
            signIn(url, QStringLiteral("clerk09"), QStringLiteral("wrong"));
        const HttpExchange locked =
            http("POST", url.resolved(QUrl(QStringLiteral("/api/v1/login"))),
                 QByteArrayLiteral(R"({"login":"clerk09","password":"password1"})"));
        QCOMPARE(locked.status, 403);
        QCOMPARE(locked.code(), QStringLiteral("account-locked"));

        QString refresh;
        const QString access = signIn(url, QStringLiteral("clerk02"), kPassword, &refresh);
        QVERIFY(!access.isEmpty());
        QCOMPARE(http("GET", me, {}, access).status, 200);
        QCOMPARE(http("GET", me, {}, access + QLatin1Char('x')).code(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(http("GET", me, {}, QStringLiteral("forged-token")).status, 401);
        QCOMPARE(http("GET", me).status, 401);

        // Refresh rotates. The old token again at once, its successor unused, is a retry
        // after a lost answer: a new pair, and the lost pair stops working.
        const QUrl refreshUrl = url.resolved(QUrl(QStringLiteral("/api/v1/refresh")));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), refresh}}).toJson();
        auto pair = [](const HttpExchange &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            return std::pair{o.value(QLatin1String("accessToken")).toString(),
                             o.value(QLatin1String("refreshToken")).toString()};
        };
        const HttpExchange lost = http("POST", refreshUrl, body);
        QCOMPARE(lost.status, 200);
        const auto [lostAccess, lostRefresh] = pair(lost);
        const HttpExchange retried = http("POST", refreshUrl, body);
        QCOMPARE(retried.status, 200);
        const auto [access2, refresh2] = pair(retried);
        QCOMPARE(http("GET", me, {}, access2).status, 200);
        QCOMPARE(http("GET", me, {}, lostAccess).status, 401);
        QCOMPARE(
            http("POST", refreshUrl,
                 QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), lostRefresh}}).toJson())
                .code(),
            QStringLiteral("unauthorized"));
        // That ended the sign-in: the lost pair's refresh token used means a copy.
        QCOMPARE(http("GET", me, {}, access2).status, 401);

        // Once the successor was used, the old token again is a copy: the sign-in ends.
        QString refreshB;
        const QString accessB = signIn(url, QStringLiteral("clerk02"), kPassword, &refreshB);
        const QByteArray bodyB =
            QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), refreshB}}).toJson();
        const auto [accessC, refreshC] = pair(http("POST", refreshUrl, bodyB));
        const auto [accessD, refreshD] = pair(
            http("POST", refreshUrl,
                 QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), refreshC}}).toJson()));
        QVERIFY(!accessD.isEmpty());
        QCOMPARE(http("POST", refreshUrl, bodyB).status, 401);
        QCOMPARE(http("GET", me, {}, accessD).status, 401);
        Q_UNUSED(accessB);
        Q_UNUSED(accessC);
        Q_UNUSED(refreshD);

        // An expired access token says so (the terminal then refreshes).
        const QString access3 = signIn(url, QStringLiteral("clerk02"), kPassword);
        QVERIFY(m_database->exec(QStringLiteral("UPDATE auth_token SET expires_at = "
                                                "'2000-01-01T00:00:00.000Z' WHERE kind = "
                                                "'access' AND login = 'clerk02'")));
        QCOMPARE(http("GET", me, {}, access3).code(), QStringLiteral("token-expired"));

        // Logout revokes.
        const QString access4 = signIn(url, QStringLiteral("clerk02"), kPassword);
        QCOMPARE(http("POST", url.resolved(QUrl(QStringLiteral("/api/v1/logout"))), "{}", access4)
                     .status,
                 200);
        QCOMPARE(http("GET", me, {}, access4).status, 401);
    }

    // Sign-ins from one address are limited per minute (a hall's terminals share one
    // address behind NAT, so the default is generous; here 3).
    void signInRateLimit()
    {
        ServerProcess limited(m_database->url(),
                              {QStringLiteral("--login-attempts-per-minute"), QStringLiteral("3")});
        QVERIFY(limited.start());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!signIn(limited.url(), QStringLiteral("clerk01"), kPassword).isEmpty());
        const HttpExchange fourth =
            http("POST", limited.url().resolved(QUrl(QStringLiteral("/api/v1/login"))),
                 QByteArrayLiteral(R"({"login":"clerk01","password":"password1"})"));
        QCOMPARE(fourth.status, 429);
        QCOMPARE(fourth.code(), QStringLiteral("rate-limited"));
        QVERIFY(serverCount(QStringLiteral("SELECT count(*) FROM login_audit WHERE outcome = "
                                           "'rate-limited'")) >= 1);
        QVERIFY(limited.stop());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
