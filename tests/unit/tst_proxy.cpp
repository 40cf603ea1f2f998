// 代办 through the real commands on a real store: the hall gives a case to an agent (what is
// delegated, the applicant's phone, the commitment date), the chain of custody without gaps
// (a handover must start from whoever holds the materials; the agent on one side of each),
// the relay log, a supervisor's reassignment (the materials the old agent held go with the
// case), the end (materials back with the applicant), an agent only on their own cases, and
// the 代办 worklists. Every event rebuilds into the same projection.
#include "tst_casefixture.h"

#include "auth/Permissions.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseTimeline.h"
#include "proxy/ProxyRules.h"
#include "worklist/WorklistQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace onetrip;
using namespace onetrip::test;

namespace {

QDate dec(int day)
{
    return QDate(2026, 12, day);
}

const User kSupervisor{0, QStringLiteral("super01"), QStringLiteral("张华"), Role::Supervisor};
const User kAgent{0, QStringLiteral("agent01"), QStringLiteral("李强"), Role::Agent};
const User kOtherAgent{0, QStringLiteral("agent02"), QStringLiteral("孙丽"), Role::Agent};
const QList<HandedMaterial> kMaterials{{QStringLiteral("营业执照副本复印件"), 1},
                                       {QStringLiteral("药学技术人员资格证明"), 2}};

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

    CaseFixture f;

    QString taken(int applicant)
    {
        const QString number = f.accept(applicant);
        auto r = f.service().takeAsProxy(number, f.clerk(), QStringLiteral("agent01"),
                                         ProxyScope{true, true, true},
                                         QStringLiteral("13800000001"), dec(15));
        if (!r)
            qFatal("take: %s", qPrintable(r.message()));
        return number;
    }

    Party applicantOf(const QString &number)
    {
        return Party::applicant(f.service().queries().open(number)->applicant.name);
    }

    QStringList list(WorklistKind kind, const QString &login)
    {
        const WorklistQuery q(f.db(), f.service().calendar(), {}, dec(2), login);
        auto rows = q.page(kind, {}, WorklistQuery::defaultSort(kind), 0, 100);
        if (!rows)
            qFatal("page: %s", qPrintable(rows.message()));
        QStringList out;
        for (const WorklistRow &row : rows.value())
            out << row.number;
        out.sort();
        return out;
    }

    void rebuildsEqual()
    {
        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(CaseRebuild::run(f.db()));
        QCOMPARE(CaseFixture::projections(f.db()), before);
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init()
    {
        f.openStore(QDateTime(dec(1), QTime(9, 0)));
        // A second agent for the reassignment (the demo has one).
        auto added = UserRepository(f.db()).add(QStringLiteral("agent02"), QStringLiteral("孙丽"),
                                                Role::Agent, QStringLiteral("password1"));
        QVERIFY2(added, qPrintable(added.message()));
    }

    void takingACase_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<bool>("anything");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QDate>("commit");
        QTest::addColumn<QString>("refusal"); // empty: taken
        QTest::newRow("taken") << "agent01" << true << "13800000001" << dec(15) << "";
        QTest::newRow("committed for today") << "agent01" << true << "13800000001" << dec(1) << "";
        QTest::newRow("a clerk is no agent")
            << "clerk01" << true << "13800000001" << dec(15) << "is not an agent";
        QTest::newRow("nobody") << "ghost" << true << "13800000001" << dec(15) << "no user ghost";
        QTest::newRow("nothing delegated")
            << "agent01" << false << "13800000001" << dec(15) << "delegates";
        QTest::newRow("no phone") << "agent01" << true << " " << dec(15) << "phone";
        QTest::newRow("committed in the past")
            << "agent01" << true << "13800000001" << QDate(2026, 11, 30) << "commitment date";
    }
    void takingACase()
    {
        QFETCH(QString, agent);
        QFETCH(bool, anything);
        QFETCH(QString, phone);
        QFETCH(QDate, commit);
        QFETCH(QString, refusal);
        const QString number = f.accept(1);
        const ProxyScope scope =
            anything ? ProxyScope{true, false, true} : ProxyScope{false, false, false};
        auto r = f.service().takeAsProxy(number, f.clerk(), agent, scope, phone, commit);
        QCOMPARE(bool(r), refusal.isEmpty());
        if (!r) {
            QVERIFY2(r.message().contains(refusal), qPrintable(r.message()));
            QVERIFY(!f.service().queries().open(number)->proxy);
            return;
        }
        QVERIFY(r->proxy);
        QCOMPARE(r->proxy->agentLogin, QStringLiteral("agent01"));
        QCOMPARE(r->proxy->agentName, QStringLiteral("李强"));
        QCOMPARE(r->proxy->takenOn, dec(1));
        QCOMPARE(r->proxy->scope, scope);
        // The applicant holds the materials until the first handover.
        QVERIFY(r->proxy->holder().sameAs(applicantOf(number)));
        // Not twice; not by an agent; not for a case already ended.
        QVERIFY(!f.service().takeAsProxy(number, kSupervisor, QStringLiteral("agent02"), scope,
                                         phone, commit));
        rebuildsEqual();
    }

    void notByAnAgentOrForAnEndedCase()
    {
        const QString number = f.accept(2);
        auto own = f.service().takeAsProxy(number, kAgent, QStringLiteral("agent01"), {},
                                           QStringLiteral("13800000002"), dec(15));
        QVERIFY(!own);
        QVERIFY(f.service().decide(number, f.clerk(), true, QStringLiteral("鲁DA2")));
        QVERIFY(f.service().handOutAtWindow(number, f.clerk(), CollectorKind::Applicant,
                                            IntakeSample::person(2).idNumber));
        auto ended = f.service().takeAsProxy(number, f.clerk(), QStringLiteral("agent01"), {},
                                             QStringLiteral("13800000002"), dec(15));
        QVERIFY(!ended);
        QVERIFY2(ended.message().contains(QStringLiteral("nothing left")),
                 qPrintable(ended.message()));
    }

    // The chain: each link from whoever holds the materials, the agent on one side.
    void theChainHasNoGaps()
    {
        CaseService &s = f.service();
        const QString number = taken(3);
        const Party applicant = applicantOf(number);
        const Party agent = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        const Party window = Party::department(QStringLiteral("济南市市场监督管理局窗口"));

        struct Link
        {
            const char *what;
            Party from, to;
            QList<HandedMaterial> materials;
            const char *refusal; // nullptr: taken
        };
        const QList<Link> links = {
            {"the agent gives what they do not hold", agent, window, kMaterials,
             "are with Applicant"},
            {"straight to the department", applicant, window, kMaterials, "agent gives or takes"},
            {"another agent takes them", applicant,
             Party::agent(QStringLiteral("agent02"), QStringLiteral("孙丽")), kMaterials,
             "carried by 李强, not 孙丽"},
            {"nothing listed", applicant, agent, {}, "List the materials"},
            {"no copies", applicant, agent, {{QStringLiteral("申请书"), 0}}, "1 to 99"},
            {"applicant to agent", applicant, agent, kMaterials, nullptr},
            {"to themselves", agent, agent, kMaterials, "someone else"},
            {"the applicant again (a gap)", applicant, agent, kMaterials, "are with Agent 李强"},
            {"a nameless window", agent, Party::department(QString()), kMaterials, "Name"},
            {"agent to the department", agent, window, kMaterials, nullptr},
            {"the department back to the agent",
             window,
             agent,
             {{QStringLiteral("药品经营许可证正本"), 1}},
             nullptr},
            {"agent back to the applicant",
             agent,
             applicant,
             {{QStringLiteral("药品经营许可证正本"), 1}},
             nullptr},
        };
        int made = 0;
        for (const Link &l : links) {
            auto r = s.handOver(number, kAgent, l.from, l.to, l.materials);
            QVERIFY2(bool(r) == !l.refusal, l.what);
            if (!r) {
                QVERIFY2(r.message().contains(QString::fromUtf8(l.refusal)),
                         qPrintable(QString::fromUtf8(l.what) + u": " + r.message()));
                continue;
            }
            ++made;
            QVERIFY2(r->proxy->holder().sameAs(l.to), l.what);
        }
        const CaseRecord r = f.service().queries().open(number).value();
        QCOMPARE(r.proxy->handovers.size(), made);
        QCOMPARE(made, 4);
        for (qsizetype i = 1; i < r.proxy->handovers.size(); ++i)
            QVERIFY(r.proxy->handovers.at(i).from.sameAs(r.proxy->handovers.at(i - 1).to));
        QCOMPARE(r.proxy->handovers.constFirst().materials, kMaterials);
        QCOMPARE(r.proxy->handovers.constFirst().by, QStringLiteral("agent01"));
        rebuildsEqual();
    }

    void anAgentOnlyOnTheirOwnCases()
    {
        CaseService &s = f.service();
        const QString mine = taken(4);
        const QString other = f.accept(5);
        const Party agent = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        auto notMine = s.handOver(other, kAgent, applicantOf(other), agent, kMaterials);
        QVERIFY(!notMine);
        auto stranger = s.handOver(mine, kOtherAgent, applicantOf(mine), agent, kMaterials);
        QVERIFY(!stranger);
        QVERIFY2(stranger.message().contains(QStringLiteral("not carried by you")),
                 qPrintable(stranger.message()));
        QVERIFY(!s.recordProxyStep(mine, kOtherAgent, QStringLiteral("市监局"),
                                   QStringLiteral("递交")));
        // Staff at the window may record a handover for the agent's case.
        QVERIFY(s.handOver(mine, f.clerk(), applicantOf(mine), agent, kMaterials));
        QVERIFY(ProxyRules::mayHandle(s.queries().open(mine).value(), kAgent));
        QVERIFY(!ProxyRules::mayHandle(s.queries().open(mine).value(), kOtherAgent));
        QVERIFY(!ProxyRules::mayHandle(s.queries().open(other).value(), kAgent));
        QVERIFY(ProxyRules::mayHandle(s.queries().open(other).value(), f.clerk()));
        // An agent records no other case event.
        QVERIFY(!Permissions::mayRecord(Role::Agent, QLatin1String(CaseEventType::ProxyTaken)));
        QVERIFY(
            !Permissions::mayRecord(Role::Agent, QLatin1String(CaseEventType::ProxyReassigned)));
        QVERIFY(!s.decide(mine, kAgent, true, QStringLiteral("鲁DA1")));
        // The lists: the agent's own, and the hall's.
        QCOMPARE(list(WorklistKind::MyProxyCases, QStringLiteral("agent01")), QStringList{mine});
        QCOMPARE(list(WorklistKind::MyProxyCases, QStringLiteral("agent02")), QStringList{});
        QCOMPARE(list(WorklistKind::ProxyCases, QStringLiteral("clerk01")), QStringList{mine});
    }

    void aSupervisorReassigns()
    {
        CaseService &s = f.service();
        const QString number = taken(6);
        const Party agent = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        QVERIFY(s.handOver(number, kAgent, applicantOf(number), agent, kMaterials));
        QVERIFY(!s.reassignProxy(number, f.clerk(), QStringLiteral("agent02"),
                                 QStringLiteral("病假"))); // a supervisor's call
        QVERIFY(
            !s.reassignProxy(number, kSupervisor, QStringLiteral("agent02"), QStringLiteral(" ")));
        QVERIFY(!s.reassignProxy(number, kSupervisor, QStringLiteral("agent01"),
                                 QStringLiteral("病假")));
        f.clock().setNow(QDateTime(dec(2), QTime(8, 30)));
        auto moved = s.reassignProxy(number, kSupervisor, QStringLiteral("agent02"),
                                     QStringLiteral("李强病假，转孙丽代办"));
        QVERIFY2(moved, qPrintable(moved.message()));
        const ProxyCase &p = *moved->proxy;
        QCOMPARE(p.agentLogin, QStringLiteral("agent02"));
        // The chain records it: the materials the old agent held went to the new one.
        QCOMPARE(p.handovers.size(), 2);
        const Handover &link = p.handovers.constLast();
        QVERIFY(link.reassignment);
        QCOMPARE(link.from.id, QStringLiteral("agent01"));
        QCOMPARE(link.to.id, QStringLiteral("agent02"));
        QCOMPARE(link.materials, kMaterials);
        QCOMPARE(link.by, QStringLiteral("super01"));
        QVERIFY(p.holder().sameAs(Party::agent(QStringLiteral("agent02"), {})));
        QCOMPARE(p.reassignments.size(), 1);
        // The old agent is off the case; the new one carries on.
        QVERIFY(
            !s.recordProxyStep(number, kAgent, QStringLiteral("市监局"), QStringLiteral("递交")));
        QVERIFY(s.recordProxyStep(number, kOtherAgent, QStringLiteral("济南市市场监督管理局"),
                                  QStringLiteral("递交材料，窗口受理")));
        QCOMPARE(list(WorklistKind::MyProxyCases, QStringLiteral("agent01")), QStringList{});
        QCOMPARE(list(WorklistKind::MyProxyCases, QStringLiteral("agent02")), QStringList{number});
        rebuildsEqual();
    }

    void theEndNeedsTheMaterialsBack()
    {
        CaseService &s = f.service();
        const QString number = taken(7);
        const Party applicant = applicantOf(number);
        const Party agent = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        // Nothing handed over yet: nothing to end.
        QVERIFY(!s.completeProxy(number, kAgent, QStringLiteral("办结")));
        QVERIFY(s.handOver(number, kAgent, applicant, agent, kMaterials));
        auto early = s.completeProxy(number, kAgent, QStringLiteral("办结"));
        QVERIFY(!early);
        QVERIFY2(early.message().contains(QStringLiteral("back with the applicant")),
                 qPrintable(early.message()));
        QVERIFY(s.handOver(number, kAgent, agent, applicant, kMaterials));
        QVERIFY(!s.completeProxy(number, kAgent, QStringLiteral("  ")));
        auto done = s.completeProxy(number, kAgent, QStringLiteral("证照已交申请人"));
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(done->proxy->completedOn, dec(1));
        QVERIFY(!s.handOver(number, kAgent, applicant, agent, kMaterials));
        QVERIFY(!s.recordProxyStep(number, kAgent, QStringLiteral("市监局"), QStringLiteral("x")));
        QCOMPARE(list(WorklistKind::MyProxyCases, QStringLiteral("agent01")), QStringList{});
        // The history says every step, with who.
        auto events = CaseEventLog::eventsOf(f.db(), number);
        auto timeline = CaseTimeline::of(events.value());
        QVERIFY(timeline);
        QStringList what;
        for (const TimelineEntry &e : timeline.value())
            what << e.what;
        QVERIFY2(what.contains(QStringLiteral("Materials handed from %1 to 李强: 3 copy(ies)")
                                   .arg(applicant.name)),
                 qPrintable(what.join(u'\n')));
        QVERIFY2(what.contains(QStringLiteral("代办 ended: 证照已交申请人")),
                 qPrintable(what.join(u'\n')));
        rebuildsEqual();
    }

    // The papers of a 代办: the 委托书 at taking (the hall's), a 交接单 at each link — the
    // agent's own included, and the reassignment's — and the 办结单 at the end, each numbered
    // in order and printed as the 代办 stood then.
    void theDocumentsOfAProxyCase()
    {
        CaseService &s = f.service();
        const QString number = taken(8);
        const Party applicant = applicantOf(number);
        const Party agent = Party::agent(QStringLiteral("agent01"), QStringLiteral("李强"));
        const Party other = Party::agent(QStringLiteral("agent02"), QStringLiteral("孙丽"));
        const Party window = Party::department(QStringLiteral("济南市市场监督管理局"));
        const QList<HandedMaterial> licence{{QStringLiteral("药品经营许可证正本"), 1}};
        QVERIFY(s.handOver(number, kAgent, applicant, agent, kMaterials));
        QVERIFY(s.handOver(number, kAgent, agent, window, kMaterials));
        QVERIFY(s.handOver(number, kAgent, window, agent, licence));
        QVERIFY(s.reassignProxy(number, kSupervisor, QStringLiteral("agent02"),
                                QStringLiteral("李强病假")));
        QVERIFY(s.handOver(number, kOtherAgent, other, applicant, licence));
        // Past the commitment date (Tue 15 Dec): the 办结单 says so.
        f.clock().setNow(QDateTime(dec(16), QTime(10, 0)));
        QVERIFY(s.completeProxy(number, kOtherAgent, QStringLiteral("许可证已交申请人")));

        const CaseRecord r = s.queries().open(number).value();
        struct Expected
        {
            const char *suffix;
            DocumentKind kind;
            int link; // the 交接单's link
        };
        const QList<Expected> expected = {
            {"WT1", DocumentKind::ProxyAuthorisation, -1}, {"JJ1", DocumentKind::HandoverSlip, 0},
            {"JJ2", DocumentKind::HandoverSlip, 1},        {"JJ3", DocumentKind::HandoverSlip, 2},
            {"JJ4", DocumentKind::HandoverSlip, 3},        {"JJ5", DocumentKind::HandoverSlip, 4},
            {"BJ1", DocumentKind::ProxyCompletion, -1},
        };
        QList<CaseDocument> proxyDocuments;
        for (const CaseDocument &d : r.documents) {
            if (d.data.proxy)
                proxyDocuments << d;
        }
        QCOMPARE(proxyDocuments.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CaseDocument &d = proxyDocuments.at(i);
            QCOMPARE(d.number, number + u'-' + QLatin1String(expected.at(i).suffix));
            QCOMPARE(d.kind, expected.at(i).kind);
            QCOMPARE(d.data.documentNumber, d.number);
            if (d.kind == DocumentKind::HandoverSlip)
                QCOMPARE(d.data.proxyLink, expected.at(i).link);
        }
        // The 委托书: what was delegated, the phone, the commitment date, before any link.
        const DocumentData &authorisation = proxyDocuments.at(0).data;
        QCOMPARE(authorisation.proxy->scope, (ProxyScope{true, true, true}));
        QCOMPARE(authorisation.proxy->applicantPhone, QStringLiteral("13800000001"));
        QCOMPARE(authorisation.proxy->commitDate, dec(15));
        QVERIFY(authorisation.proxy->handovers.isEmpty());
        QCOMPARE(authorisation.clerkName, f.clerk().displayName);
        // Each 交接单 prints its own link, with its materials; the reassignment's is the
        // supervisor's, moving the licence from 李强 to 孙丽.
        const Handover &second = proxyDocuments.at(2).data.proxy->handovers.at(1);
        QVERIFY(second.to.sameAs(window));
        QCOMPARE(second.materials, kMaterials);
        QCOMPARE(proxyDocuments.at(2).data.clerkName, QStringLiteral("李强"));
        const DocumentData &moved = proxyDocuments.at(4).data;
        const Handover &link = moved.proxy->handovers.at(moved.proxyLink);
        QVERIFY(link.reassignment);
        QVERIFY(link.from.sameAs(agent));
        QVERIFY(link.to.sameAs(other));
        QCOMPARE(link.materials, licence);
        QCOMPARE(moved.clerkName, QStringLiteral("张华"));
        // The 办结单: the whole chain and the end, one day late.
        const DocumentData &end = proxyDocuments.at(6).data;
        QCOMPARE(end.proxy->handovers.size(), 5);
        QCOMPARE(end.proxy->completedOn, dec(16));
        QVERIFY(end.proxyLate);
        QCOMPARE(end.clerkName, QStringLiteral("孙丽"));
        rebuildsEqual();
    }

    // The agent's commitment date as a light, counted by hand on the 2026 calendar: the
    // warning window is max(1, ⌈20%⌉) of the working days from taking to the date. Taken Tue
    // 1 Dec for Tue 15 Dec: 10 working days, yellow from Fri 11 Dec, red from Wed 16. Taken
    // Mon 28 Sep for Mon 12 Oct: the National Day week off, Sat 10 Oct a make-up day — 6
    // working days, yellow from Fri 9 Oct (Sat 10 counts), red from Tue 13.
    void theCommitmentDateIsALight_data()
    {
        QTest::addColumn<QDate>("takenOn");
        QTest::addColumn<QDate>("commit");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("light");
        QTest::addColumn<int>("daysLeft");
        const auto row = [](const char *name, QDate taken, QDate commit, QDate today,
                            DeadlineLight light, int left) {
            QTest::newRow(name) << taken << commit << today << int(light) << left;
        };
        const QDate dec1 = dec(1), dec15 = dec(15);
        row("December: the day after taking", dec1, dec15, dec(2), DeadlineLight::Green, 9);
        row("December: Thu 10, the day before the window", dec1, dec15, dec(10),
            DeadlineLight::Green, 3);
        row("December: Fri 11, the window opens", dec1, dec15, dec(11), DeadlineLight::Yellow, 2);
        row("December: Sat 12", dec1, dec15, dec(12), DeadlineLight::Yellow, 2);
        row("December: Tue 15, the date itself", dec1, dec15, dec15, DeadlineLight::Yellow, 0);
        row("December: Wed 16, a day late", dec1, dec15, dec(16), DeadlineLight::Red, -1);
        const QDate sep28(2026, 9, 28), oct12(2026, 10, 12);
        row("National Day: Thu 8 Oct", sep28, oct12, QDate(2026, 10, 8), DeadlineLight::Green, 3);
        row("National Day: Fri 9 Oct", sep28, oct12, QDate(2026, 10, 9), DeadlineLight::Yellow, 2);
        row("National Day: the make-up Saturday", sep28, oct12, QDate(2026, 10, 10),
            DeadlineLight::Yellow, 1);
        row("National Day: Tue 13 Oct", sep28, oct12, QDate(2026, 10, 13), DeadlineLight::Red, -1);
    }
    void theCommitmentDateIsALight()
    {
        QFETCH(QDate, takenOn);
        QFETCH(QDate, commit);
        QFETCH(QDate, today);
        QFETCH(int, light);
        QFETCH(int, daysLeft);
        f.clock().setNow(QDateTime(takenOn, QTime(9, 0)));
        const QString number = f.accept(9);
        auto r = f.service().takeAsProxy(number, f.clerk(), QStringLiteral("agent01"), ProxyScope{},
                                         QStringLiteral("13800000009"), commit);
        QVERIFY2(r, qPrintable(r.message()));
        // The rule, as the case view shows it.
        const auto d =
            ProxyRules::commitment(*r->proxy, today, f.service().calendar(), WarningPolicy{});
        QVERIFY(d);
        QCOMPARE(d->due, commit);
        QCOMPARE(int(d->light), light);
        QCOMPARE(d->workingDaysLeft, daysLeft);
        // The lists: the index selects the same light in SQL, the row shows it.
        const WorklistQuery q(f.db(), f.service().calendar(), {}, today, QStringLiteral("agent01"));
        QVERIFY(q.refreshIndex());
        for (WorklistKind kind : {WorklistKind::MyProxyCases, WorklistKind::ProxyCases}) {
            for (DeadlineLight l :
                 {DeadlineLight::Green, DeadlineLight::Yellow, DeadlineLight::Red}) {
                WorklistFilter filter;
                filter.light = l;
                QCOMPARE(q.count(kind, filter).value(), int(l) == light ? 1 : 0);
            }
            auto rows = q.page(kind, {}, WorklistQuery::defaultSort(kind), 0, 10);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1);
            QVERIFY(rows->constFirst().deadline);
            QCOMPARE(rows->constFirst().deadline->which, CaseDeadlines::Which::Commitment);
            QCOMPARE(int(rows->constFirst().deadline->status.light), light);
            // Due on the date: the desk's "due today" of the agent.
            WorklistFilter due;
            due.dueFrom = due.dueUntil = commit;
            QCOMPARE(q.count(kind, due).value(), 1);
        }
        // Ended: no light, off the lists.
        const Party applicant = applicantOf(number);
        const Party agent = r->proxy->agent();
        QVERIFY(f.service().handOver(number, kAgent, applicant, agent, kMaterials));
        QVERIFY(f.service().handOver(number, kAgent, agent, applicant, kMaterials));
        auto done = f.service().completeProxy(number, kAgent, QStringLiteral("办结"));
        QVERIFY(done);
        QVERIFY(!ProxyRules::commitment(*done->proxy, today, f.service().calendar(), {}));
        QVERIFY(q.refreshIndex());
        WorklistFilter red;
        red.light = DeadlineLight::Red;
        QCOMPARE(q.count(WorklistKind::ProxyCases, red).value(), 0);
        QSqlQuery index(f.db().connection());
        index.prepare(QStringLiteral("SELECT proxy_commit_due IS NULL AND proxy_warn_from IS NULL "
                                     "FROM case_record WHERE number = ?"));
        index.addBindValue(number);
        QVERIFY(index.exec() && index.next());
        QVERIFY(index.value(0).toBool());
    }

    // Which documents each role issues: staff any; an agent the 交接单 and 办结单 only.
    void whoIssuesWhichDocument_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("may");
        const auto row = [](const char *name, Role role, DocumentKind kind, bool may) {
            QTest::newRow(name) << int(role) << int(kind) << may;
        };
        row("clerk: acceptance notice", Role::Clerk, DocumentKind::AcceptanceNotice, true);
        row("clerk: 委托书", Role::Clerk, DocumentKind::ProxyAuthorisation, true);
        row("supervisor: 交接单", Role::Supervisor, DocumentKind::HandoverSlip, true);
        row("agent: 交接单", Role::Agent, DocumentKind::HandoverSlip, true);
        row("agent: 办结单", Role::Agent, DocumentKind::ProxyCompletion, true);
        row("agent: 委托书", Role::Agent, DocumentKind::ProxyAuthorisation, false);
        row("agent: acceptance notice", Role::Agent, DocumentKind::AcceptanceNotice, false);
        row("agent: correction notice", Role::Agent, DocumentKind::CorrectionNotice, false);
        row("agent: hand-out receipt", Role::Agent, DocumentKind::HandOutReceipt, false);
        row("administrator: 交接单", Role::Admin, DocumentKind::HandoverSlip, false);
    }
    void whoIssuesWhichDocument()
    {
        QFETCH(int, role);
        QFETCH(int, kind);
        QFETCH(bool, may);
        QCOMPARE(Permissions::mayIssue(Role(role), DocumentKind(kind)), may);
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
