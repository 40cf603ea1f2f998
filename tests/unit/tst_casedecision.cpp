// After acceptance, through the real commands on a real store: 分转 to the deciding
// department (its due day not after the case's), the decision (容缺 materials first; a
// refusal says why), and 一口出 — the collector checked against the case (applicant, agent
// with and without an authorisation to collect, a stranger, a bad ID, an organisation) or
// express mail. Every event rebuilds into the same projection. Dates counted by hand:
// JN-SG08 accepted Tue 1 December 2026, 15 working days, due Tue 22 December.
#include "tst_casefixture.h"

#include "cases/CaseDeadlines.h"
#include "cases/CaseDecisionRules.h"
#include "cases/CaseRebuild.h"

using namespace onetrip;
using namespace onetrip::test;

namespace {

QDate dec(int day)
{
    return QDate(2026, 12, day);
}

const Agent kAgent{QStringLiteral("赵代办"), IntakeSample::person(900).idNumber,
                   QStringLiteral("授权委托书 2026-11-30"), QStringLiteral("13900000900"), true};

} // namespace

class TestCaseDecision : public QObject
{
    Q_OBJECT

    CaseFixture f;

    QString decided(int applicant, std::optional<Agent> agent = std::nullopt)
    {
        const QString number = f.accept(applicant, agent);
        auto d = f.service().decide(number, f.clerk(), true, QStringLiteral("鲁DA5310200123"));
        if (!d)
            qFatal("decide: %s", qPrintable(d.message()));
        return number;
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(QDateTime(dec(1), QTime(9, 0))); }

    void routedDecidedAndHandedOut()
    {
        CaseService &s = f.service();
        const QString number = f.accept(1);
        // Due at the department on Fri 18; the case itself is due Tue 22.
        auto late = s.route(number, f.clerk(), QStringLiteral("市市场监督管理局"), dec(23));
        QVERIFY(!late);
        QVERIFY2(late.message().contains(QStringLiteral("2026-12-22")), qPrintable(late.message()));
        QVERIFY(!s.route(number, f.clerk(), QStringLiteral("  "), dec(18)));
        auto routed = s.route(number, f.clerk(), QStringLiteral(" 市市场监督管理局 "), dec(18),
                              QStringLiteral("现场核查"));
        QVERIFY2(routed, qPrintable(routed.message()));
        QCOMPARE(routed->department, QStringLiteral("市市场监督管理局"));
        QCOMPARE(routed->routedOn, dec(1));
        QCOMPARE(routed->departmentDue, dec(18));
        QCOMPARE(routed->status, CaseStatus::Accepted); // still in progress

        f.clock().setNow(QDateTime(dec(10), QTime(15, 0)));
        QVERIFY(!s.decide(number, f.clerk(), true, QStringLiteral("  "))); // no number
        auto approved = s.decide(number, f.clerk(), true, QStringLiteral("鲁DA5310200123"));
        QVERIFY2(approved, qPrintable(approved.message()));
        QCOMPARE(approved->status, CaseStatus::Approved);
        QCOMPARE(approved->decidedOn, dec(10));
        QCOMPARE(approved->decisionNumber, QStringLiteral("鲁DA5310200123"));
        // Decided: no time limit runs any more, and it is not decided twice.
        QVERIFY(!CaseDeadlines::processing(approved.value(), dec(23), f.service().calendar(), {}));
        QVERIFY(!s.decide(number, f.clerk(), false, QStringLiteral("X1"), QStringLiteral("r")));
        QVERIFY(!s.route(number, f.clerk(), QStringLiteral("别的部门"), dec(18)));

        f.clock().setNow(QDateTime(dec(11), QTime(10, 0)));
        auto out = s.handOutAtWindow(number, f.clerk(), CollectorKind::Applicant,
                                     IntakeSample::person(1).idNumber.toLower());
        QVERIFY2(out, qPrintable(out.message()));
        QCOMPARE(out->status, CaseStatus::HandedOut);
        QCOMPARE(out->handedOutOn, dec(11));
        QVERIFY(out->handOut);
        QCOMPARE(out->handOut->collectorName, IntakeSample::person(1).name);
        QCOMPARE(out->handOut->collectorIdMasked, IntakeSample::person(1).maskedId());
        QCOMPARE(out->trips, 2); // collecting at the window is a trip
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM case_visit WHERE outcome = "
                                        "'handed-out'")),
                 1);
        // Never in full in the store.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM case_event WHERE type = "
                                        "'case.handed-out' AND payload LIKE '%%1%'")
                             .arg(IntakeSample::person(1).idNumber)),
                 0);
        QVERIFY(!s.sendByExpress(number, f.clerk(), QStringLiteral("地址"), QStringLiteral("EMS"),
                                 QStringLiteral("EA123456789CN")));

        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(CaseRebuild::run(f.db()));
        QCOMPARE(CaseFixture::projections(f.db()), before);
    }

    void refusalStatesItsReason()
    {
        const QString number = f.accept(2);
        auto noReason = f.service().decide(
            number, f.clerk(), false, QStringLiteral("历市监不许〔2026〕8号"), QStringLiteral(" "));
        QVERIFY(!noReason);
        QVERIFY2(noReason.message().contains(QStringLiteral("reason")),
                 qPrintable(noReason.message()));
        auto refused =
            f.service().decide(number, f.clerk(), false, QStringLiteral("历市监不许〔2026〕8号"),
                               QStringLiteral("经营场所不符合《药品经营质量管理规范》"));
        QVERIFY2(refused, qPrintable(refused.message()));
        QCOMPARE(refused->status, CaseStatus::Refused);
        QCOMPARE(refused->refusalReason, QStringLiteral("经营场所不符合《药品经营质量管理规范》"));
        // A refusal is handed out too (the decision letter).
        QVERIFY(f.service().sendByExpress(
            number, f.clerk(), QStringLiteral("济南市历下区泉城路2号"),
            QStringLiteral("中国邮政 EMS"), QStringLiteral("ea123456789cn")));
        const CaseRecord r = f.open(number);
        QCOMPARE(r.status, CaseStatus::HandedOut);
        QCOMPARE(r.handOut->method, HandOutMethod::Express);
        QCOMPARE(r.handOut->tracking, QStringLiteral("EA123456789CN"));
        QCOMPARE(r.trips, 1); // sent: no second trip
    }

    void deferredMaterialsComeFirst()
    {
        auto deferred = f.service().confirm(f.deferral("JN-SG08", "m05", 3, 3));
        QVERIFY2(deferred, qPrintable(deferred.message()));
        // Routing may start while the materials are awaited; the decision may not.
        QVERIFY(
            f.service().route(deferred->number, f.clerk(), QStringLiteral("市卫健委"), dec(18)));
        auto early = f.service().decide(deferred->number, f.clerk(), true, QStringLiteral("N1"));
        QVERIFY(!early);
        QVERIFY2(early.message().contains(QStringLiteral("容缺")), qPrintable(early.message()));
        QVERIFY(f.service().completeSupplement(deferred->number, f.clerk()));
        QVERIFY(f.service().decide(deferred->number, f.clerk(), true, QStringLiteral("N1")));
    }

    void collectorChecks_data()
    {
        QTest::addColumn<bool>("organisation");
        QTest::addColumn<int>("agent"); // 0 none, 1 may collect, 2 may not
        QTest::addColumn<CollectorKind>("kind");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected"); // collector's name, or a word of the refusal
        const QString applicant = IntakeSample::person(4).idNumber;
        const QString agent = IntakeSample::person(900).idNumber;
        const QString stranger = IntakeSample::person(901).idNumber;
        QString badDigit = applicant;
        badDigit[17] = applicant.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        using K = CollectorKind;
        QTest::newRow("the applicant")
            << false << 0 << K::Applicant << applicant << IntakeSample::person(4).name;
        QTest::newRow("a stranger as the applicant")
            << false << 0 << K::Applicant << stranger << QStringLiteral("not that of");
        QTest::newRow("a wrong check digit")
            << false << 0 << K::Applicant << badDigit << QStringLiteral("not valid");
        QTest::newRow("no agent on the case")
            << false << 0 << K::Agent << agent << QStringLiteral("has no agent");
        QTest::newRow("the agent, may collect")
            << false << 1 << K::Agent << agent << QStringLiteral("赵代办");
        QTest::newRow("the agent, may not collect")
            << false << 2 << K::Agent << agent << QStringLiteral("does not cover collecting");
        QTest::newRow("a stranger as the agent")
            << false << 1 << K::Agent << stranger << QStringLiteral("not that of");
        QTest::newRow("the agent as the applicant")
            << false << 1 << K::Applicant << agent << QStringLiteral("not that of");
        QTest::newRow("an organisation in person")
            << true << 1 << K::Applicant << agent << QStringLiteral("organisation");
        QTest::newRow("an organisation's agent")
            << true << 1 << K::Agent << agent << QStringLiteral("赵代办");
    }

    void collectorChecks()
    {
        QFETCH(bool, organisation);
        QFETCH(int, agent);
        QFETCH(CollectorKind, kind);
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")}, 4);
        if (organisation)
            c.applicant = IntakeSample::organisation(4);
        if (agent > 0) {
            Agent a = kAgent;
            a.mayCollect = agent == 1;
            c.agent = a;
        }
        CaseFixture::refresh(c);
        auto accepted = f.service().confirm(c);
        QVERIFY2(accepted, qPrintable(accepted.message()));
        QVERIFY(f.service().decide(accepted->number, f.clerk(), true, QStringLiteral("N4")));
        auto out = f.service().handOutAtWindow(accepted->number, f.clerk(), kind, shown);
        const bool handsOut =
            expected == IntakeSample::person(4).name || expected == QStringLiteral("赵代办");
        QCOMPARE(bool(out), handsOut);
        if (handsOut) {
            QCOMPARE(out->handOut->collectorName, expected);
            QCOMPARE(out->handOut->collector, kind);
            QVERIFY(!out->handOut->collectorIdMasked.contains(shown));
            return;
        }
        QVERIFY2(out.message().contains(expected), qPrintable(out.message()));
        QVERIFY2(!out.message().contains(shown), qPrintable(out.message())); // masked
        QCOMPARE(f.open(accepted->number).status, CaseStatus::Approved);     // nothing changed
    }

    void expressNeedsAddressCarrierAndWaybill()
    {
        CaseService &s = f.service();
        const QString number = decided(5);
        QVERIFY(!s.sendByExpress(number, f.clerk(), QString(), QStringLiteral("EMS"),
                                 QStringLiteral("EA123456789CN")));
        QVERIFY(!s.sendByExpress(number, f.clerk(), QStringLiteral("济南市"), QString(),
                                 QStringLiteral("EA123456789CN")));
        auto bad = s.sendByExpress(number, f.clerk(), QStringLiteral("济南市"),
                                   QStringLiteral("EMS"), QStringLiteral("单号 12"));
        QVERIFY(!bad);
        QVERIFY2(bad.message().contains(QStringLiteral("waybill")), qPrintable(bad.message()));
        QCOMPARE(f.open(number).status, CaseStatus::Approved);
    }

    void notForAgentsOrAdministrators()
    {
        const QString number = f.accept(6);
        for (Role role : {Role::Agent, Role::Admin}) {
            const User u{0, QStringLiteral("u"), QStringLiteral("某人"), role};
            QVERIFY(!f.service().route(number, u, QStringLiteral("市卫健委"), dec(18)));
            QVERIFY(!f.service().decide(number, u, true, QStringLiteral("N6")));
        }
        QCOMPARE(f.open(number).status, CaseStatus::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestCaseDecision)
#include "tst_casedecision.moc"
