#include "tst_casefixture.h"

#include "cases/CaseEventLog.h"

#include <QSignalSpy>

using namespace onetrip;
using test::CaseFixture;

// The append-only, hash-chained case events and the projections written with them.
class TestCaseEvents : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;

    // A few cases with notices, acceptances and a resubmission: a realistic log.
    void writeSomeCases()
    {
        for (int n = 0; n < 3; ++n)
            QVERIFY(f.service().confirm(f.intake({QStringLiteral("JN-SG08")}, n)));
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG24")}, 50);
        c.checks = IntakeSample::with(c.checks, CaseFixture::row("JN-SG24", "m01"),
                                      MaterialState::Missing);
        CaseFixture::refresh(c);
        c.outcome = Outcome::CorrectionNeeded;
        auto noticed = f.service().confirm(c);
        QVERIFY(noticed);
        c.caseNumber = noticed->number;
        c.checks = IntakeSample::with(c.checks, CaseFixture::row("JN-SG24", "m01"),
                                      MaterialState::Provided);
        c.outcome = Outcome::Accept;
        CaseFixture::refresh(c);
        QVERIFY(f.service().confirm(c));
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(); }
    void cleanup() { f.close(); }

    void chainIsIntact()
    {
        writeSomeCases();
        auto report = CaseAudit::verifyChain(f.db());
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->terminals, 1);
        QCOMPARE(report->events, f.count(QStringLiteral("SELECT count(*) FROM case_event")));
        QVERIFY(report->events > 10);
        // Gapless terminal sequence; each case's events carry consecutive base versions,
        // ending at the version its projection shows.
        QCOMPARE(f.count(QStringLiteral("SELECT max(terminal_seq) FROM case_event")),
                 report->events);
        QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM case_record r WHERE r.version != (SELECT count(*) "
                     "FROM case_event e WHERE e.case_number = r.number) OR r.version != (SELECT "
                     "max(base_version) + 1 FROM case_event e WHERE e.case_number = r.number)")),
                 0);
        auto events = CaseEventLog::eventsOf(
            f.db(), f.service().queries().open(QStringLiteral("JNLX-20260930-T01-00004"))->number);
        QVERIFY(events);
        QCOMPARE(events->constFirst().type, QLatin1String(CaseEventType::Received));
        for (qsizetype i = 0; i < events->size(); ++i)
            QCOMPARE(events->at(i).baseVersion, int(i));
    }

    void eventsAreAppendOnly()
    {
        writeSomeCases();
        QVERIFY(!f.db().exec(QStringLiteral("UPDATE case_event SET actor = 'x'")));
        QVERIFY(!f.db().exec(QStringLiteral("DELETE FROM case_event WHERE terminal_seq = 1")));
        QVERIFY(CaseAudit::verifyChain(f.db())->ok());
    }

    // Past the triggers (someone with the file and a SQLite shell), the chain still tells.
    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("expected");
        QTest::newRow("payload edited")
            << "UPDATE case_event SET payload = replace(payload, 'accepted', 'declined') "
               "WHERE terminal_seq = (SELECT min(terminal_seq) FROM case_event WHERE type = "
               "'case.status')"
            << "changed after it was written";
        QTest::newRow("actor edited") << "UPDATE case_event SET actor = 'super01' WHERE "
                                         "terminal_seq = 2"
                                      << "changed after it was written";
        QTest::newRow("time edited")
            << "UPDATE case_event SET at = '2026-09-29T09:00:00.000+08:00' "
               "WHERE terminal_seq = 3"
            << "changed after it was written";
        QTest::newRow("event deleted") << "DELETE FROM case_event WHERE terminal_seq = 5"
                                       << "are missing";
        QTest::newRow("hash recomputed by hand, chain broken")
            << "UPDATE case_event SET hash = 'ab' || substr(hash, 3) WHERE terminal_seq = 4"
            << "does not follow the event before it";
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, expected);
        writeSomeCases();
        QVERIFY(f.exec(QStringLiteral("DROP TRIGGER case_event_no_update")));
        QVERIFY(f.exec(QStringLiteral("DROP TRIGGER case_event_no_delete")));
        QVERIFY(f.exec(tamper));
        auto report = CaseAudit::verifyChain(f.db());
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY2(report->problems.join(u'\n').contains(expected),
                 qPrintable(report->problems.join(u'\n')));
    }

    // The log answers "every event after N", and listeners hear of each commit once, after
    // it, with the position of its last event.
    void eventsAfterAndCommitSignal()
    {
        QSignalSpy committed(&f.db().notifier(), &StoreNotifier::eventsCommitted);
        writeSomeCases();
        const int total = f.count(QStringLiteral("SELECT count(*) FROM case_event"));
        QCOMPARE(committed.size(), 5); // five commands, five commits
        QCOMPARE(committed.constLast().at(0).toLongLong(), qint64(total));
        auto all = CaseEventLog::eventsAfter(f.db(), 0, 1000);
        QVERIFY(all);
        QCOMPARE(all->size(), total);
        for (qsizetype i = 0; i < all->size(); ++i)
            QCOMPARE(all->at(i).sequence, qint64(i + 1));
        const qint64 mark = committed.at(2).at(0).toLongLong();
        auto rest = CaseEventLog::eventsAfter(f.db(), mark, 1000);
        QCOMPARE(rest->size(), total - int(mark));
        QCOMPARE(rest->constFirst().id, all->at(mark).id);
        QCOMPARE(CaseEventLog::eventsAfter(f.db(), 0, 3)->size(), 3);
        QCOMPARE(CaseEventLog::lastSequence(f.db()).value(), qint64(total));

        // A refused command commits nothing and says nothing.
        IntakeConfirmation bad = f.intake({QStringLiteral("JN-SG08")}, 70);
        bad.applicant.idNumber = QStringLiteral("370102199001011230");
        QVERIFY(!f.service().confirm(bad));
        QCOMPARE(committed.size(), 5);
    }

    // Every write of an intake is one transaction: a failure part-way leaves nothing.
    void failedWriteLeavesNothing()
    {
        // Break the last write of confirm (the event insert) on purpose.
        QVERIFY(
            f.exec(QStringLiteral("CREATE TRIGGER fail_events BEFORE INSERT ON case_event BEGIN "
                                  "SELECT RAISE(ABORT, 'disk full'); END")));
        auto r = f.service().confirm(f.intake({QStringLiteral("JN-SG08")}));
        QVERIFY(!r);
        for (const char *table : {"case_record", "case_check", "case_document", "case_visit",
                                  "applicant", "terminal_sequence"})
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     0);
        QVERIFY(f.exec(QStringLiteral("DROP TRIGGER fail_events")));
        auto again = f.service().confirm(f.intake({QStringLiteral("JN-SG08")}));
        QVERIFY2(again, qPrintable(again.describe()));
        QCOMPARE(again->number, QStringLiteral("JNLX-20260930-T01-00001")); // number not lost
    }
};

QTEST_GUILESS_MAIN(TestCaseEvents)
#include "tst_caseevents.moc"
