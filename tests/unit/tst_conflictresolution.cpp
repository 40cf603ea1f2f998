// A supervisor settles sync conflicts: the refused changes are made again on the case as it
// stands (checked like any change) or discarded with a reason, both as case events.
#include "tst_casefixture.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseRebuild.h"
#include "sync/ConflictResolution.h"
#include "sync/SyncStore.h"

#include <QTest>

using namespace onetrip;

class TestConflictResolution : public QObject
{
    Q_OBJECT

    test::CaseFixture f;
    const User supervisor{0, QStringLiteral("super01"), QStringLiteral("王芳"), Role::Supervisor};

    // Marks every event of `number` after its first `keep` as a conflict and rebuilds, as a
    // refused push would leave the store.
    void refuse(const QString &number, int keep)
    {
        QVERIFY(f.exec(QStringLiteral("INSERT INTO case_conflict (event_id, case_number, code, "
                                      "reason, detected_at) SELECT id, case_number, 'stale', "
                                      "'changed elsewhere', '2026-09-30T10:00:00' FROM "
                                      "case_event WHERE case_number = '%1' AND base_version >= "
                                      "%2")
                           .arg(number)
                           .arg(keep)));
        QVERIFY(CaseRebuild::run(f.db()));
    }
    QString status(const QString &number)
    {
        QSqlQuery q(f.db().connection());
        q.exec(QStringLiteral("SELECT status FROM case_record WHERE number = '%1'").arg(number));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(); }

    void reappliedOnTheCaseAsItStands()
    {
        auto received = f.service().receive(f.intake({QStringLiteral("JN-SG01")}));
        QVERIFY2(received, qPrintable(received.message()));
        const QString number = received->number;
        const int before = f.count(QStringLiteral("SELECT count(*) FROM case_event"));
        QVERIFY(f.service().withdraw(number, f.clerk(), QStringLiteral("申请人撤回")));
        refuse(number, received->version);
        QCOMPARE(status(number), QStringLiteral("received"));

        ConflictResolution resolution(f.db(), {QStringLiteral("JNLX"), QStringLiteral("T01")},
                                      f.clock());
        QVERIFY(!resolution.reapply(number, f.clerk())); // a clerk may not
        QCOMPARE(status(number), QStringLiteral("received"));
        const Status done = resolution.reapply(number, supervisor);
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(status(number), QStringLiteral("withdrawn"));
        // The withdrawal is two events (the status change and its confirmation document).
        // The refused events stay; a new copy and a resolution follow each.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event")), before + 2 * 3);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event WHERE type = "
                                        "'case.conflict-resolved' AND actor = 'super01'")),
                 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_conflict WHERE resolution = "
                                        "'reapplied' AND resolved_by = 'super01'")),
                 2);
        SyncStore store(f.db(), {QStringLiteral("JNLX"), QStringLiteral("T01")}, f.clock());
        QCOMPARE(store.counts()->conflicts, 0);
        QVERIFY(!resolution.reapply(number, supervisor)); // nothing open any more
        auto audit = CaseAudit::verifyChain(f.db());
        QVERIFY(audit && audit->ok());
        const QStringList projections = test::CaseFixture::projections(f.db());
        QVERIFY(CaseRebuild::run(f.db()));
        QCOMPARE(test::CaseFixture::projections(f.db()), projections);
    }

    void discardedWithAReason()
    {
        auto received = f.service().receive(f.intake({QStringLiteral("JN-SG01")}));
        QVERIFY(received);
        const QString number = received->number;
        QVERIFY(f.service().withdraw(number, f.clerk(), QStringLiteral("申请人撤回")));
        refuse(number, received->version);
        ConflictResolution resolution(f.db(), {QStringLiteral("JNLX"), QStringLiteral("T01")},
                                      f.clock());
        QVERIFY(!resolution.discard(number, supervisor, QStringLiteral(" ")));
        QVERIFY(resolution.discard(number, supervisor, QStringLiteral("申请人改变主意")));
        QCOMPARE(status(number), QStringLiteral("received"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event WHERE type = "
                                        "'case.conflict-resolved' AND payload LIKE "
                                        "'%申请人改变主意%'")),
                 2); // one per refused event: the status change and its document
    }

    // A refused first event: the case exists nowhere. Discarding leaves no case (and no
    // case event); applying again creates it.
    void refusedNewCase()
    {
        auto first = f.service().receive(f.intake({QStringLiteral("JN-SG01")}, 1));
        auto second = f.service().receive(f.intake({QStringLiteral("JN-SG01")}, 2));
        QVERIFY(first && second);
        refuse(first->number, 0);
        refuse(second->number, 0);
        QCOMPARE(status(first->number), QString());
        ConflictResolution resolution(f.db(), {QStringLiteral("JNLX"), QStringLiteral("T01")},
                                      f.clock());
        const int events = f.count(QStringLiteral("SELECT count(*) FROM case_event"));
        QVERIFY(resolution.discard(first->number, supervisor, QStringLiteral("重复录入")));
        QCOMPARE(status(first->number), QString());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event")), events);
        QVERIFY(resolution.reapply(second->number, supervisor));
        QCOMPARE(status(second->number), QStringLiteral("received"));
    }
};

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
