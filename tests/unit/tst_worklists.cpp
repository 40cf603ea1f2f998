// Which cases each worklist holds, through the real commands on a real store: six cases
// taken in on Tue 1 December 2026 and the lists read on later days, with the lights that
// select them counted by hand (no holiday in December 2026):
//   A accepted JN-SG08: 15 working days, due Tue 22, yellow from Thu 17 (20% of 15 = 3)
//   B correction notice for JN-SG02 (no deadline runs)
//   C received, no decision: the notice window ends Tue 8, yellow from Mon 7
//   D 容缺 JN-SG08, 3 days: supplement due Fri 4, yellow from Thu 3; its limit as A's
//   E received, then withdrawn
//   F accepted JN-SG08, the clock stopped on Wed 2 for an expert review (paused)
// Every row a list returns is checked against the light CaseDeadlines counts for it, so the
// SQL on the index and the rule that shows the light cannot drift apart.
#include "tst_casefixture.h"

#include "deadline/DeadlineSettings.h"
#include "storage/Migrations.h"
#include "worklist/CaseClockIndex.h"
#include "worklist/DeskPlan.h"
#include "worklist/WorklistQuery.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace onetrip;
using namespace onetrip::test;

namespace {

QDate dec(int day)
{
    return QDate(2026, 12, day);
}

} // namespace

class TestWorklists : public QObject
{
    Q_OBJECT

    CaseFixture f;
    QHash<QString, QString> m_letter; // case number -> A..F

    QDateTime at(int day, int hour = 9) const { return QDateTime(dec(day), QTime(hour, 0)); }

    void take(const QString &letter, const Result<CaseRecord> &r)
    {
        if (!r)
            qFatal("%s: %s", qPrintable(letter), qPrintable(r.message()));
        m_letter.insert(r->number, letter);
    }

    QString number(const QString &letter) const { return m_letter.key(letter); }

    WorklistQuery query(QDate today, const QString &login = QStringLiteral("clerk01"),
                        const WarningPolicy &policy = {})
    {
        return WorklistQuery(f.db(), f.service().calendar(), policy, today, login);
    }

    // The letters of a list, sorted, each row's light checked against CaseDeadlines.
    QString letters(const WorklistQuery &q, WorklistKind kind, const WorklistFilter &filter = {})
    {
        const Status refreshed = q.refreshIndex();
        if (!refreshed)
            qFatal("refresh: %s", qPrintable(refreshed.message()));
        auto rows = q.page(kind, filter, WorklistQuery::defaultSort(kind), 0, 100);
        if (!rows)
            qFatal("page: %s", qPrintable(rows.message()));
        auto count = q.count(kind, filter);
        if (!count || count.value() != rows->size())
            qFatal("count %d, rows %d", count ? count.value() : -1, int(rows->size()));
        QStringList out;
        for (const WorklistRow &row : rows.value()) {
            out << m_letter.value(row.number, QStringLiteral("?"));
            if (filter.light) {
                if (!row.deadline || row.deadline->status.light != *filter.light)
                    qFatal("%s in the %s list shows %s", qPrintable(out.constLast()),
                           qPrintable(toKey(*filter.light)),
                           row.deadline ? qPrintable(toKey(row.deadline->status.light)) : "none");
            }
        }
        out.sort();
        return out.join(QString());
    }

    static WorklistFilter lit(DeadlineLight light)
    {
        WorklistFilter filter;
        filter.light = light;
        return filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.prepareTemplate();
        f.openStore(at(1));
        CaseService &s = f.service();
        take(QStringLiteral("A"), s.confirm(f.intake({QStringLiteral("JN-SG08")}, 1)));
        IntakeConfirmation b = f.intake({QStringLiteral("JN-SG02")}, 2);
        b.checks = IntakeSample::with(b.checks, CaseFixture::row("JN-SG02", "m01"),
                                      MaterialState::Missing);
        CaseFixture::refresh(b);
        b.outcome = Outcome::CorrectionNeeded;
        take(QStringLiteral("B"), s.confirm(b));
        take(QStringLiteral("C"), s.receive(f.intake({QStringLiteral("JN-SG08")}, 3)));
        take(QStringLiteral("D"), s.confirm(f.deferral("JN-SG08", "m05", 4, 3)));
        take(QStringLiteral("E"), s.receive(f.intake({QStringLiteral("JN-SG08")}, 5)));
        take(QStringLiteral("F"), s.confirm(f.intake({QStringLiteral("JN-SG08")}, 6)));
        QVERIFY(s.withdraw(number(QStringLiteral("E")), f.clerk(), QStringLiteral("申请人撤回")));
        f.clock().setNow(at(2));
        QVERIFY(s.pauseClock(number(QStringLiteral("F")), f.clerk(), PauseKind::ExpertReview,
                             QStringLiteral("组织专家评审")));
    }

    void membership_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<WorklistKind>("kind");
        QTest::addColumn<std::optional<DeadlineLight>>("light");
        QTest::addColumn<QString>("expected");
        using K = WorklistKind;
        using L = DeadlineLight;
        const std::optional<L> any;
        QTest::newRow("all") << 2 << K::All << any << "ABCDEF";
        QTest::newRow("correction: received or sent back") << 2 << K::Correction << any << "BC";
        QTest::newRow("supplement: 容缺 only") << 2 << K::Supplement << any << "D";
        QTest::newRow("in progress: accepted") << 2 << K::InProgress << any << "ADF";
        QTest::newRow("ended: withdrawn") << 2 << K::Ended << any << "E";
        QTest::newRow("2nd: nothing late") << 2 << K::Overdue << any << "";
        QTest::newRow("2nd: green limits") << 2 << K::InProgress << std::optional(L::Green) << "AD";
        QTest::newRow("2nd: the stopped clock")
            << 2 << K::InProgress << std::optional(L::Paused) << "F";
        QTest::newRow("2nd: notice window green")
            << 2 << K::Correction << std::optional(L::Green) << "C";
        QTest::newRow("3rd: supplement yellow")
            << 3 << K::Supplement << std::optional(L::Yellow) << "D";
        QTest::newRow("3rd: the most urgent is the supplement")
            << 3 << K::All << std::optional(L::Yellow) << "D";
        QTest::newRow("3rd: D's limit still green")
            << 3 << K::InProgress << std::optional(L::Green) << "AD";
        QTest::newRow("4th: due today is yellow")
            << 4 << K::Supplement << std::optional(L::Yellow) << "D";
        QTest::newRow("7th: supplement late") << 7 << K::Overdue << any << "D";
        QTest::newRow("7th: notice window yellow")
            << 7 << K::All << std::optional(L::Yellow) << "C";
        QTest::newRow("8th: its last day") << 8 << K::Correction << std::optional(L::Yellow) << "C";
        QTest::newRow("9th: notice window missed") << 9 << K::Overdue << any << "CD";
        QTest::newRow("9th: red in all") << 9 << K::All << std::optional(L::Red) << "CD";
        QTest::newRow("17th: limits yellow")
            << 17 << K::InProgress << std::optional(L::Yellow) << "AD";
        QTest::newRow("17th: red outranks yellow")
            << 17 << K::All << std::optional(L::Yellow) << "A";
        QTest::newRow("17th: still stopped") << 17 << K::All << std::optional(L::Paused) << "F";
        QTest::newRow("22nd: the due day") << 22 << K::InProgress << std::optional(L::Red) << "";
        QTest::newRow("23rd: limits late") << 23 << K::InProgress << std::optional(L::Red) << "AD";
        QTest::newRow("23rd: overdue") << 23 << K::Overdue << any << "ACD";
        QTest::newRow("23rd: stopped is not late")
            << 23 << K::InProgress << std::optional(L::Paused) << "F";
        QTest::newRow("ended: no light") << 23 << K::Ended << std::optional(L::Green) << "";
    }

    void membership()
    {
        QFETCH(int, day);
        QFETCH(WorklistKind, kind);
        QFETCH(std::optional<DeadlineLight>, light);
        QFETCH(QString, expected);
        WorklistFilter filter;
        filter.light = light;
        QCOMPARE(letters(query(dec(day)), kind, filter), expected);
    }

    void lightsInOnePass_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<WorklistKind>("kind");
        QTest::addColumn<QList<int>>("expected"); // green, yellow, red, paused
        using K = WorklistKind;
        QTest::newRow("2nd in progress") << 2 << K::InProgress << QList<int>{2, 0, 0, 1};
        QTest::newRow("17th in progress") << 17 << K::InProgress << QList<int>{0, 2, 0, 1};
        QTest::newRow("23rd in progress") << 23 << K::InProgress << QList<int>{0, 0, 2, 1};
        QTest::newRow("3rd all: D's supplement yellow") << 3 << K::All << QList<int>{2, 1, 0, 1};
        QTest::newRow("9th all: C and D late") << 9 << K::All << QList<int>{1, 0, 2, 1};
        QTest::newRow("9th correction") << 9 << K::Correction << QList<int>{0, 0, 1, 0};
        QTest::newRow("ended: none") << 23 << K::Ended << QList<int>{0, 0, 0, 0};
    }

    // The desk's lights: each the count of the list filtered by that light (whose rows
    // letters() checks against CaseDeadlines), and the figures counted by hand.
    void lightsInOnePass()
    {
        QFETCH(int, day);
        QFETCH(WorklistKind, kind);
        QFETCH(QList<int>, expected);
        const WorklistQuery q = query(dec(day));
        QVERIFY(q.refreshIndex());
        auto counts = q.countByLight(kind, {});
        QVERIFY2(counts, qPrintable(counts.message()));
        const QList<DeadlineLight> order{DeadlineLight::Green, DeadlineLight::Yellow,
                                         DeadlineLight::Red, DeadlineLight::Paused};
        for (int i = 0; i < order.size(); ++i) {
            QCOMPARE(counts->value(order.at(i), -1), expected.at(i));
            QCOMPARE(letters(q, kind, lit(order.at(i))).size(), expected.at(i));
        }
    }

    // A desk's figures (DeskPlan): the person's own queue first, the lights of the cases in
    // progress in one pass, what falls due today and on the next working day (a Friday's is
    // the Monday); an agent's desk counts only their own 代办.
    void theDeskPlanOfEachRole()
    {
        const DeskPlan friday = DeskPlan::forRole(Role::Clerk, dec(4), f.service().calendar());
        QCOMPARE(friday.next, dec(7));
        const DeskPlan clerk = DeskPlan::forRole(Role::Clerk, dec(17), f.service().calendar());
        QCOMPARE(clerk.next, dec(18));
        QCOMPARE(clerk.lists.first(), WorklistKind::MineToday);
        QCOMPARE(clerk.lists.size(), worklistsFor(Role::Clerk).size());
        QCOMPARE(clerk.lightsList, WorklistKind::InProgress);
        QCOMPARE(clerk.dueList, WorklistKind::All);
        const DeskPlan agent = DeskPlan::forRole(Role::Agent, dec(17), f.service().calendar());
        QCOMPARE(agent.lists, QList<WorklistKind>{WorklistKind::MyProxyCases});
        QCOMPARE(agent.lightsList, WorklistKind::MyProxyCases);
        QCOMPARE(agent.dueList, WorklistKind::MyProxyCases);

        const WorklistQuery q = query(dec(17));
        QVERIFY(q.refreshIndex());
        const DeskCounts counts = clerk.count(q);
        QVERIFY2(counts.errors.isEmpty(), qPrintable(counts.errors.join(u'\n')));
        QCOMPARE(counts.lists.size(), clerk.lists.size());
        for (WorklistKind kind : clerk.lists)
            QCOMPARE(counts.lists.value(kind, -1), letters(q, kind).size());
        QCOMPARE(counts.lists.value(WorklistKind::All), 6); // A-F
        QVERIFY(counts.lights);
        // As lightsInOnePass counted by hand for the 17th.
        QCOMPARE(counts.lights->value(DeadlineLight::Green, -1), 0);
        QCOMPARE(counts.lights->value(DeadlineLight::Yellow, -1), 2);
        QCOMPARE(counts.lights->value(DeadlineLight::Red, -1), 0);
        QCOMPARE(counts.lights->value(DeadlineLight::Paused, -1), 1);
        WorklistFilter today, next;
        today.dueFrom = today.dueUntil = dec(17);
        next.dueFrom = next.dueUntil = dec(18);
        QCOMPARE(counts.dueToday, std::optional<int>(letters(q, WorklistKind::All, today).size()));
        QCOMPARE(counts.dueNext, std::optional<int>(letters(q, WorklistKind::All, next).size()));
    }

    // Terminal migration 21 counts red_after in SQL from the index's columns; it must say
    // what CaseClockIndex counts (F's stopped clock is not late: no red_after, though its
    // urgent due day runs).
    void theUpgradeCountsRedAfterAsTheIndexDoes()
    {
        QVERIFY(query(dec(2)).refreshIndex());
        auto redAfter = [this] {
            QMap<QString, QString> byLetter;
            QSqlQuery q(f.db().connection());
            if (!q.exec(QStringLiteral("SELECT number, red_after FROM case_record")))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                byLetter.insert(m_letter.value(q.value(0).toString()),
                                q.value(1).isNull() ? QStringLiteral("-") : q.value(1).toString());
            return byLetter;
        };
        const QMap<QString, QString> counted = redAfter();
        const QMap<QString, QString> byHand{
            {QStringLiteral("A"), QStringLiteral("2026-12-22")},
            {QStringLiteral("B"), QStringLiteral("-")},
            {QStringLiteral("C"), QStringLiteral("2026-12-08")},
            {QStringLiteral("D"), QStringLiteral("2026-12-04")}, // the supplement, before its limit
            {QStringLiteral("E"), QStringLiteral("-")},
            {QStringLiteral("F"), QStringLiteral("-")}};
        QCOMPARE(counted, byHand);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM case_record WHERE urgent_due IS "
                                        "NOT NULL AND red_after IS NULL")),
                 1); // F
        QString upgrade;
        for (const Migration &m : Migrations::all()) {
            if (m.version == 21)
                upgrade = m.statements.filter(QStringLiteral("UPDATE case_record")).value(0);
        }
        QVERIFY(!upgrade.isEmpty());
        QVERIFY(f.db().exec(QStringLiteral("UPDATE case_record SET red_after = NULL")));
        QVERIFY(f.db().exec(upgrade));
        QCOMPARE(redAfter(), byHand);
    }

    void mineToday()
    {
        QCOMPARE(letters(query(dec(1)), WorklistKind::MineToday), QStringLiteral("ABCDEF"));
        // The stop on the 2nd was no visit; another clerk saw no one.
        QCOMPARE(letters(query(dec(2)), WorklistKind::MineToday), QString());
        QCOMPARE(letters(query(dec(1), QStringLiteral("clerk02")), WorklistKind::MineToday),
                 QString());
    }

    void filters()
    {
        const WorklistQuery q = query(dec(2));
        WorklistFilter item;
        item.itemCode = QStringLiteral("JN-SG02");
        QCOMPARE(letters(q, WorklistKind::All, item), QStringLiteral("B"));
        WorklistFilter department;
        department.department =
            CatalogRepository(f.db()).guide(QStringLiteral("JN-SG02"))->department;
        QVERIFY(!department.department.isEmpty());
        QCOMPARE(letters(q, WorklistKind::All, department), QStringLiteral("B"));
        department.department = QStringLiteral("不存在的部门");
        QCOMPARE(letters(q, WorklistKind::All, department), QString());
        WorklistFilter status;
        status.status = CaseStatus::Received;
        QCOMPARE(letters(q, WorklistKind::All, status), QStringLiteral("C"));
        WorklistFilter clerk;
        clerk.clerkLogin = QStringLiteral("clerk02");
        QCOMPARE(letters(q, WorklistKind::All, clerk), QString());
        clerk.clerkLogin = QStringLiteral("clerk01");
        QCOMPARE(letters(q, WorklistKind::All, clerk), QStringLiteral("ABCDEF"));
        WorklistFilter window;
        window.terminalCode = QStringLiteral("T02");
        QCOMPARE(letters(q, WorklistKind::All, window), QString());
        WorklistFilter dates;
        dates.receivedFrom = dec(2);
        QCOMPARE(letters(q, WorklistKind::All, dates), QString());
        dates.receivedFrom = dec(1);
        dates.receivedUntil = dec(1);
        QCOMPARE(letters(q, WorklistKind::All, dates), QStringLiteral("ABCDEF"));
        // Falling due: D's supplement on the 4th, C's notice window on the 8th, the limits
        // of A and D on the 22nd; F's stopped clock counts with the day it stopped (the 22nd
        // too), its due day moving only on the screen until the clock runs again.
        WorklistFilter due;
        due.dueFrom = dec(4);
        due.dueUntil = dec(4);
        QCOMPARE(letters(q, WorklistKind::All, due), QStringLiteral("D"));
        QCOMPARE(letters(q, WorklistKind::Supplement, due), QStringLiteral("D"));
        QCOMPARE(letters(q, WorklistKind::InProgress, due), QString());
        due.dueFrom = dec(8);
        due.dueUntil = dec(22);
        QCOMPARE(letters(q, WorklistKind::InProgress, due), QStringLiteral("ADF"));
        QCOMPARE(letters(q, WorklistKind::Correction, due), QStringLiteral("C"));
        due.dueUntil = QDate();
        QCOMPARE(letters(q, WorklistKind::All, due), QStringLiteral("ACF"));
    }

    void pagesDoNotOverlap()
    {
        const WorklistQuery q = query(dec(2));
        QVERIFY(q.refreshIndex());
        for (const WorklistSort &sort : {WorklistSort{WorklistSort::Column::Number, false},
                                         WorklistSort{WorklistSort::Column::ReceivedOn, true},
                                         WorklistSort{WorklistSort::Column::Due, false},
                                         WorklistSort{WorklistSort::Column::Updated, true}}) {
            QStringList seen;
            for (int offset = 0; offset < 6; offset += 4) {
                auto rows = q.page(WorklistKind::All, {}, sort, offset, 4);
                QVERIFY2(rows, qPrintable(rows.message()));
                for (const WorklistRow &r : rows.value())
                    seen << r.number;
            }
            QCOMPARE(seen.size(), 6);
            QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 6);
            if (sort.column == WorklistSort::Column::Number) {
                QStringList sorted = seen;
                sorted.sort();
                QCOMPARE(seen, sorted);
            }
        }
        // By due day: D's supplement (4th) before C's window (8th) before A's limit (22nd).
        auto due = q.page(WorklistKind::All, {}, {WorklistSort::Column::Due, false}, 0, 3);
        QVERIFY(due);
        QCOMPARE(m_letter.value(due->at(0).number), QStringLiteral("D"));
        QCOMPARE(m_letter.value(due->at(1).number), QStringLiteral("C"));
        // The ID masked as everywhere (D is applicant 4), never in full.
        QCOMPARE(due->at(0).applicantIdMasked, IntakeSample::person(4).maskedId());
        QVERIFY(!due->at(0).applicantIdMasked.contains(IntakeSample::person(4).idNumber));
    }

    void aPublishedHolidayMovesTheIndex()
    {
        // A day off on Thu 10 December moves A's due day to Wed 23: not late on the 23rd.
        WorkdayCalendar calendar = f.service().calendar();
        CalendarYear y2026 = calendar.year(2026).value();
        y2026.weekdayOffDays << dec(10);
        calendar.setYear(y2026);
        WorklistQuery q(f.db(), calendar, {}, dec(23), QStringLiteral("clerk01"));
        auto refreshed = CaseClockIndex::refresh(f.db(), calendar, {});
        QVERIFY2(refreshed, qPrintable(refreshed.message()));
        QVERIFY(refreshed->rebased);
        QCOMPARE(refreshed->counted, 4); // A, C, D, F: the cases a deadline runs in
        QCOMPARE(letters(q, WorklistKind::Overdue), QStringLiteral("CD"));
        QCOMPARE(letters(q, WorklistKind::InProgress, lit(DeadlineLight::Yellow)),
                 QStringLiteral("AD"));
        // Nothing changed since: nothing counted again.
        auto again = CaseClockIndex::refresh(f.db(), calendar, {});
        QVERIFY(again);
        QVERIFY(!again->rebased);
        QCOMPARE(again->counted, 0);
        // Back to the calendar in use.
        QVERIFY(CaseClockIndex::refresh(f.db(), f.service().calendar(), {})->rebased);
    }

    void theWarningSettingMovesTheIndex()
    {
        // Five working days before Tue 22: yellow from Tue 15 instead of Thu 17.
        const WarningPolicy wide = WarningPolicy::make(5, 20).value();
        QCOMPARE(letters(query(dec(15)), WorklistKind::InProgress, lit(DeadlineLight::Yellow)),
                 QString());
        QCOMPARE(letters(query(dec(15), QStringLiteral("clerk01"), wide), WorklistKind::InProgress,
                         lit(DeadlineLight::Yellow)),
                 QStringLiteral("AD"));
    }

    // The window's thread counts only a little (gui::ClockIndexKeeper counts the rest on its
    // own): more cases to count than the bound — the stale ones, and with a changed calendar
    // every case a deadline runs in — and a bounded refresh leaves the index as it stands.
    void aBoundedRefreshLeavesMuchToTheFullOne()
    {
        QVERIFY(query(dec(23)).refreshIndex());
        auto indexed = [this](const QString &letter) -> QString {
            QSqlQuery q(f.db().connection());
            q.prepare(QStringLiteral("SELECT clock_stale, urgent_due FROM case_record WHERE "
                                     "number = ?"));
            q.addBindValue(number(letter));
            if (!q.exec() || !q.next())
                qFatal("%s", qPrintable(q.lastError().text()));
            return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        };
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("0 2026-12-22"));
        WorkdayCalendar calendar = f.service().calendar();
        CalendarYear y2026 = calendar.year(2026).value();
        y2026.weekdayOffDays << dec(10);
        calendar.setYear(y2026);
        const WorklistQuery moved(f.db(), calendar, {}, dec(23), QStringLiteral("clerk01"));
        // Four cases a deadline runs in (A, C, D, F): more than a bound of three.
        auto bounded = moved.refreshIndexWithin(3);
        QVERIFY2(bounded, qPrintable(bounded.message()));
        QVERIFY(!bounded.value());
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("0 2026-12-22")); // not touched
        // The full refresh, told its progress after each step but the last (one step here).
        int told = 0;
        auto full = moved.refreshIndex([&told](int) {
            ++told;
            return true;
        });
        QVERIFY2(full, qPrintable(full.message()));
        QVERIFY(full.value());
        QCOMPARE(told, 0);
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("0 2026-12-23"));
        // Two cases changed: a bound of one counts neither, a bound of two both.
        QVERIFY(f.db().exec(QStringLiteral("UPDATE case_record SET clock_stale = 1, urgent_due = "
                                           "NULL WHERE number IN ('%1', '%2')")
                                .arg(number(QStringLiteral("A")), number(QStringLiteral("C")))));
        auto one = moved.refreshIndexWithin(1);
        QVERIFY(one);
        QVERIFY(!one.value());
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("1 "));
        auto two = moved.refreshIndexWithin(2);
        QVERIFY(two);
        QVERIFY(two.value());
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("0 2026-12-23"));
        QCOMPARE(indexed(QStringLiteral("C")), QStringLiteral("0 2026-12-08"));
        // Back to the calendar in use: a bound of four is enough.
        QVERIFY(query(dec(23)).refreshIndexWithin(4).value());
        QCOMPARE(indexed(QStringLiteral("A")), QStringLiteral("0 2026-12-22"));
    }

    void aChangedCaseIsCountedAgain()
    {
        // F's clock runs again on Fri 4: 2 and 3 December not counted, due Thu 24; yellow
        // (3 days' window) from Mon 21. Run last: it changes the store.
        f.clock().setNow(at(4));
        QVERIFY(f.service().resumeClock(number(QStringLiteral("F")), f.clerk()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM case_record WHERE clock_stale = 1")),
                 1);
        QCOMPARE(letters(query(dec(23)), WorklistKind::InProgress, lit(DeadlineLight::Yellow)),
                 QStringLiteral("F"));
        QCOMPARE(letters(query(dec(18)), WorklistKind::InProgress, lit(DeadlineLight::Green)),
                 QStringLiteral("F"));
        QCOMPARE(letters(query(dec(25)), WorklistKind::Overdue), QStringLiteral("ACDF"));
    }

    void routedDecidedHandedOut()
    {
        // A sent to the market regulator on the 7th, decided on the 14th, collected on the
        // 15th: from in progress to the department's list, to hand-out, to none of them.
        const QString a = number(QStringLiteral("A"));
        f.clock().setNow(at(7));
        QVERIFY(f.service().route(a, f.clerk(), QStringLiteral("市市场监督管理局"), dec(18)));
        QCOMPARE(letters(query(dec(7)), WorklistKind::InApproval), QStringLiteral("A"));
        WorklistFilter sent;
        sent.department = QStringLiteral("市市场监督管理局");
        QCOMPARE(letters(query(dec(7)), WorklistKind::InApproval, sent), QStringLiteral("A"));
        sent.department = QStringLiteral("市卫生健康委员会");
        QCOMPARE(letters(query(dec(7)), WorklistKind::InApproval, sent), QString());
        f.clock().setNow(at(14));
        QVERIFY(f.service().decide(a, f.clerk(), true, QStringLiteral("鲁DA5310200123")));
        QCOMPARE(letters(query(dec(14)), WorklistKind::InApproval), QString());
        QCOMPARE(letters(query(dec(14)), WorklistKind::ReadyForHandOut), QStringLiteral("A"));
        QCOMPARE(letters(query(dec(14)), WorklistKind::InProgress), QStringLiteral("DF"));
        // Decided: no deadline runs, so not late however long it waits.
        QCOMPARE(letters(query(dec(30)), WorklistKind::Overdue), QStringLiteral("CDF"));
        f.clock().setNow(at(15));
        QVERIFY(f.service().handOutAtWindow(a, f.clerk(), CollectorKind::Applicant,
                                            IntakeSample::person(1).idNumber));
        QCOMPARE(letters(query(dec(15)), WorklistKind::ReadyForHandOut), QString());
        QCOMPARE(letters(query(dec(15)), WorklistKind::Ended), QStringLiteral("E"));
        WorklistFilter done;
        done.status = CaseStatus::HandedOut;
        QCOMPARE(letters(query(dec(15)), WorklistKind::All, done), QStringLiteral("A"));
        // Collected at the window: a visit by clerk01 that day.
        QCOMPARE(letters(query(dec(15)), WorklistKind::MineToday), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestWorklists)
#include "tst_worklists.moc"
