// 好差评 through the real commands on a real store: one rating per visit, the 差评 follow-up
// (回访 before 整改, the rater's view after a 整改, the rated clerk kept out of both), its
// deadline in the hall's working days, the supervisor's appeal, the 差评 worklist and its
// lights, and showing a full ID number as an event. Every event rebuilds into the same
// projection. Dates counted by hand on the 2026 calendar: Tue 1 December, no holiday in
// December; 5 working days after it Tue 8, 7 Thu 10, 15 Tue 22.
#include "tst_casefixture.h"

#include "auth/Permissions.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseTimeline.h"
#include "rating/RatingRules.h"
#include "rating/RatingSettings.h"
#include "worklist/WorklistQuery.h"

using namespace onetrip;
using namespace onetrip::test;

namespace {

QDate dec(int day)
{
    return QDate(2026, 12, day);
}

const User kColleague{0, QStringLiteral("clerk02"), QStringLiteral("李四"), Role::Clerk};
const User kSupervisor{0, QStringLiteral("super01"), QStringLiteral("张主任"), Role::Supervisor};

} // namespace

class TestRatings : public QObject
{
    Q_OBJECT

    CaseFixture f;

    QString badlyRated(int applicant)
    {
        const QString number = f.accept(applicant);
        auto r = f.service().rate(number, f.clerk(), 1, RatingLevel::Dissatisfied, {2, 1, 3},
                                  QStringLiteral("等了很久"));
        if (!r)
            qFatal("rate: %s", qPrintable(r.message()));
        return number;
    }

    QStringList followUpList(QDate today, std::optional<DeadlineLight> light = std::nullopt)
    {
        const WorklistQuery q(f.db(), f.service().calendar(), {}, today, f.clerk().login);
        if (!q.refreshIndex())
            qFatal("index");
        WorklistFilter filter;
        filter.light = light;
        auto rows = q.page(WorklistKind::ComplaintFollowUp, filter,
                           WorklistQuery::defaultSort(WorklistKind::ComplaintFollowUp), 0, 100);
        if (!rows)
            qFatal("page: %s", qPrintable(rows.message()));
        QStringList out;
        for (const WorklistRow &row : rows.value())
            out << row.number;
        if (q.count(WorklistKind::ComplaintFollowUp, filter).value() != out.size())
            qFatal("count differs from the page");
        return out;
    }

    // The projections rebuilt from the events, the deadline index counted again on both.
    void rebuildsEqual()
    {
        const WorklistQuery q(f.db(), f.service().calendar(), {}, dec(1), f.clerk().login);
        QVERIFY(q.refreshIndex());
        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(CaseRebuild::run(f.db()));
        QVERIFY(q.refreshIndex());
        QCOMPARE(CaseFixture::projections(f.db()), before);
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(QDateTime(dec(1), QTime(9, 0))); }

    void oneRatingPerVisit_data()
    {
        QTest::addColumn<int>("trip");
        QTest::addColumn<int>("efficiency");
        QTest::addColumn<int>("commentLength");
        QTest::addColumn<bool>("taken");
        QTest::newRow("visit 1, no sub-ratings") << 1 << 0 << 0 << true;
        QTest::newRow("visit 1, all five") << 1 << 5 << 500 << true;
        QTest::newRow("no visit 2 yet") << 2 << 0 << 0 << false;
        QTest::newRow("visit 0") << 0 << 0 << 0 << false;
        QTest::newRow("six stars") << 1 << 6 << 0 << false;
        QTest::newRow("negative stars") << 1 << -1 << 0 << false;
        QTest::newRow("comment too long") << 1 << 3 << 501 << false;
    }
    void oneRatingPerVisit()
    {
        QFETCH(int, trip);
        QFETCH(int, efficiency);
        QFETCH(int, commentLength);
        QFETCH(bool, taken);
        const QString number = f.accept(1);
        auto r = f.service().rate(number, f.clerk(), trip, RatingLevel::VerySatisfied,
                                  {efficiency, 5, 5}, QString(commentLength, QChar(u'好')));
        QCOMPARE(bool(r), taken);
        QCOMPARE(f.open(number).ratings.size(), taken ? 1 : 0);
        if (!taken)
            return;
        const VisitRating &v = r->ratings.constFirst();
        QCOMPARE(v.trip, 1);
        QCOMPARE(v.clerk, QStringLiteral("clerk01")); // the clerk of that visit
        QCOMPARE(v.state(), ComplaintFollowUpState::None);
        QVERIFY(!v.followUpDue.isValid());
        // Once per visit, whatever the second rating says.
        auto again = f.service().rate(number, kColleague, 1, RatingLevel::VeryDissatisfied);
        QVERIFY(!again);
        QVERIFY2(again.message().contains(QStringLiteral("one rating per visit")),
                 qPrintable(again.message()));
        rebuildsEqual();
    }

    void aBadRatingIsDueInTheHallsWorkingDays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<RatingLevel>("level");
        QTest::addColumn<QDate>("due");
        QTest::newRow("不满意, 5 days") << 5 << RatingLevel::Dissatisfied << dec(8);
        QTest::newRow("非常不满意, 7 days") << 7 << RatingLevel::VeryDissatisfied << dec(10);
        QTest::newRow("不满意, 15 days") << 15 << RatingLevel::Dissatisfied << dec(22);
        QTest::newRow("基本满意: none") << 15 << RatingLevel::Basic << QDate();
    }
    void aBadRatingIsDueInTheHallsWorkingDays()
    {
        QFETCH(int, days);
        QFETCH(RatingLevel, level);
        QFETCH(QDate, due);
        QVERIFY(RatingSettings::save(f.db(), days));
        const QString number = f.accept(2);
        auto r = f.service().rate(number, f.clerk(), 1, level);
        QVERIFY2(r, qPrintable(r.message()));
        const VisitRating &v = r->ratings.constFirst();
        QCOMPARE(v.followUpDue, due);
        QCOMPARE(v.followUpDays, due.isValid() ? days : 0);
        QCOMPARE(v.state(),
                 due.isValid() ? ComplaintFollowUpState::Open : ComplaintFollowUpState::None);
        QCOMPARE(followUpList(dec(1)), due.isValid() ? QStringList{number} : QStringList{});
    }

    // Art. 82 for the follow-up too: working days, the National Day week skipped, the make-up
    // Saturday counted. Rated Wed 30 September 2026 (1–7 October off, Sat 10 October a
    // working day): 5 working days are Thu 8, Fri 9, Sat 10, Mon 12, Tue 13; 7 reach Thu 15.
    void aFollowUpCountsTheHolidayCalendar_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("greenOn");    // the last day before the warning window
        QTest::addColumn<QDate>("yellowFrom"); // the warning window's first day
        QTest::newRow("5 days") << 5 << QDate(2026, 10, 13) << QDate(2026, 10, 10)
                                << QDate(2026, 10, 12);
        // 20% of 7 days rounds up to a window of 2 working days: yellow from Tue 13.
        QTest::newRow("7 days") << 7 << QDate(2026, 10, 15) << QDate(2026, 10, 12)
                                << QDate(2026, 10, 13);
    }
    void aFollowUpCountsTheHolidayCalendar()
    {
        QFETCH(int, days);
        QFETCH(QDate, due);
        QFETCH(QDate, greenOn);
        QFETCH(QDate, yellowFrom);
        f.clock().setNow(QDateTime(QDate(2026, 9, 30), QTime(10, 0)));
        QVERIFY(RatingSettings::save(f.db(), days));
        const QString number = f.accept(3);
        auto r = f.service().rate(number, f.clerk(), 1, RatingLevel::VeryDissatisfied);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->ratings.constFirst().followUpDue, due);
        // The list's light from the index (for 5 days the last green day is the make-up
        // Saturday: Sunday 11 is no working day).
        QCOMPARE(followUpList(greenOn, DeadlineLight::Green), QStringList{number});
        QCOMPARE(followUpList(yellowFrom, DeadlineLight::Yellow), QStringList{number});
        QCOMPARE(followUpList(due.addDays(1), DeadlineLight::Red), QStringList{number});
    }

    void theSettingIsFiveSevenOrFifteen()
    {
        QCOMPARE(RatingSettings::load(f.db()).value(), 5);
        for (int days : {0, 6, 10, 30})
            QVERIFY(!RatingSettings::save(f.db(), days));
        QVERIFY(RatingSettings::save(f.db(), 7));
        QCOMPARE(RatingSettings::load(f.db()).value(), 7);
        // A value written by something else is an error, never the default.
        QVERIFY(f.exec(
            QStringLiteral("UPDATE setting SET value = '9' WHERE key = 'rating.follow-up-days'")));
        QVERIFY(!RatingSettings::load(f.db()));
        QVERIFY(!f.service().rate(f.accept(3), f.clerk(), 1, RatingLevel::Dissatisfied));
    }

    void theFollowUpInItsOrder()
    {
        CaseService &s = f.service();
        const QString number = badlyRated(4);
        using K = ComplaintFollowUpKind;
        // The rated clerk does not ask the rater; nothing is fixed before anyone asked.
        auto own =
            s.followUpComplaint(number, f.clerk(), 1, K::ReturnVisit, QStringLiteral("电话"));
        QVERIFY(!own);
        QVERIFY2(own.message().contains(QStringLiteral("clerk who was rated")),
                 qPrintable(own.message()));
        QVERIFY(
            !s.followUpComplaint(number, kColleague, 1, K::Rectification, QStringLiteral("改")));
        QVERIFY(!s.followUpComplaint(number, kColleague, 1, K::ReturnVisit, QStringLiteral("  ")));
        QVERIFY(
            !s.followUpComplaint(number, kColleague, 2, K::ReturnVisit, QStringLiteral("电话")));

        f.clock().setNow(QDateTime(dec(2), QTime(10, 0)));
        QVERIFY(s.followUpComplaint(number, kColleague, 1, K::ReturnVisit,
                                    QStringLiteral("电话回访：排队 40 分钟")));
        // The rater's view comes after a fix.
        QVERIFY(
            !s.followUpComplaint(number, kColleague, 1, K::RaterView, QStringLiteral("?"), true));
        // The rated clerk may record what was put right.
        QVERIFY(s.followUpComplaint(number, f.clerk(), 1, K::Rectification,
                                    QStringLiteral("午间增开一个窗口")));
        QVERIFY(
            !s.followUpComplaint(number, f.clerk(), 1, K::RaterView, QStringLiteral("满意"), true));
        f.clock().setNow(QDateTime(dec(4), QTime(16, 0)));
        auto notYet =
            s.followUpComplaint(number, kSupervisor, 1, K::RaterView, QStringLiteral("仍不满意"));
        QVERIFY2(notYet, qPrintable(notYet.message()));
        QCOMPARE(notYet->ratings.constFirst().state(), ComplaintFollowUpState::Open);
        // Asked once per fix: another fix first.
        QVERIFY(!s.followUpComplaint(number, kSupervisor, 1, K::RaterView, QStringLiteral("满意"),
                                     true));
        QVERIFY(s.followUpComplaint(number, f.clerk(), 1, K::Rectification,
                                    QStringLiteral("材料清单张贴上墙")));
        QCOMPARE(followUpList(dec(4)), QStringList{number});
        auto closed =
            s.followUpComplaint(number, kColleague, 1, K::RaterView, QStringLiteral("满意"), true);
        QVERIFY2(closed, qPrintable(closed.message()));
        const VisitRating &v = closed->ratings.constFirst();
        QCOMPARE(v.state(), ComplaintFollowUpState::Closed);
        QVERIFY(v.counts()); // a closed 差评 still counts as one
        QCOMPARE(v.steps.size(), 5);
        QCOMPARE(v.steps.at(0).by, QStringLiteral("clerk02"));
        QCOMPARE(v.steps.at(0).on, dec(2));
        QCOMPARE(v.steps.at(4).on, dec(4));
        QVERIFY(followUpList(dec(4)).isEmpty());
        QVERIFY(
            !s.followUpComplaint(number, kColleague, 1, K::ReturnVisit, QStringLiteral("再访")));
        // Every step on the case's history, with who.
        auto events = CaseEventLog::eventsOf(f.db(), number);
        auto timeline = CaseTimeline::of(events.value());
        QVERIFY(timeline);
        QStringList what;
        for (const TimelineEntry &e : timeline.value())
            what << e.actor + u' ' + e.what;
        QVERIFY2(what.contains(QStringLiteral("clerk02 Rating of visit 1, Rater's view of the fix: "
                                              "满意 (satisfied: closed)")),
                 qPrintable(what.join(u'\n')));
        rebuildsEqual();
    }

    void aGoodRatingHasNoFollowUp()
    {
        const QString number = f.accept(5);
        QVERIFY(f.service().rate(number, f.clerk(), 1, RatingLevel::Satisfied));
        auto r = f.service().followUpComplaint(
            number, kColleague, 1, ComplaintFollowUpKind::ReturnVisit, QStringLiteral("电话"));
        QVERIFY(!r);
        QVERIFY(!f.service().decideAppeal(number, kSupervisor, 1, true, QStringLiteral("误评")));
    }

    void anAppealIsASupervisorsCall_data()
    {
        QTest::addColumn<bool>("upheld");
        QTest::newRow("upheld") << true;
        QTest::newRow("refused") << false;
    }
    void anAppealIsASupervisorsCall()
    {
        QFETCH(bool, upheld);
        CaseService &s = f.service();
        const QString number = badlyRated(6);
        QVERIFY(!Permissions::mayRecord(Role::Clerk, QLatin1String(CaseEventType::RatingAppealed)));
        QVERIFY(!s.decideAppeal(number, f.clerk(), 1, true, QStringLiteral("评错了")));
        QVERIFY(!s.decideAppeal(number, kColleague, 1, true, QStringLiteral("评错了")));
        QVERIFY(!s.decideAppeal(number, kSupervisor, 1, true, QStringLiteral(" ")));
        QVERIFY(!s.followUpComplaint(number, kSupervisor, 1, ComplaintFollowUpKind::Appeal,
                                     QStringLiteral("x")));
        auto decided = s.decideAppeal(number, kSupervisor, 1, upheld,
                                      QStringLiteral("申请人误按评价器：现场录像为证"));
        QVERIFY2(decided, qPrintable(decided.message()));
        const VisitRating &v = decided->ratings.constFirst();
        QCOMPARE(v.state(),
                 upheld ? ComplaintFollowUpState::AppealUpheld : ComplaintFollowUpState::Open);
        QCOMPARE(v.counts(), !upheld);
        QCOMPARE(followUpList(dec(1)), upheld ? QStringList{} : QStringList{number});
        // Set aside: nothing more to follow up. Refused: the follow-up goes on.
        QCOMPARE(bool(s.followUpComplaint(number, kColleague, 1, ComplaintFollowUpKind::ReturnVisit,
                                          QStringLiteral("电话"))),
                 !upheld);
        rebuildsEqual();
    }

    void theFollowUpListsLights_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineLight>("light");
        // Due Tue 8 after 5 working days; the warning window one working day (default).
        QTest::newRow("Wed 2: green") << dec(2) << DeadlineLight::Green;
        QTest::newRow("Mon 7: yellow") << dec(7) << DeadlineLight::Yellow;
        QTest::newRow("Tue 8, the due day: yellow") << dec(8) << DeadlineLight::Yellow;
        QTest::newRow("Wed 9: red") << dec(9) << DeadlineLight::Red;
    }
    void theFollowUpListsLights()
    {
        QFETCH(QDate, today);
        QFETCH(DeadlineLight, light);
        const QString number = badlyRated(7);
        for (DeadlineLight l : {DeadlineLight::Green, DeadlineLight::Yellow, DeadlineLight::Red})
            QCOMPARE(followUpList(today, l), l == light ? QStringList{number} : QStringList{});
        const WorklistQuery q(f.db(), f.service().calendar(), {}, today, f.clerk().login);
        auto rows = q.page(WorklistKind::ComplaintFollowUp, {}, {}, 0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->constFirst().deadline);
        QCOMPARE(rows->constFirst().deadline->which, CaseDeadlines::Which::FollowUp);
        QCOMPARE(rows->constFirst().deadline->status.due, dec(8));
        QCOMPARE(rows->constFirst().deadline->status.light, light);
        // The same light as the case's own view of it.
        const CaseRecord r = f.open(number);
        QCOMPARE(
            RatingRules::followUp(r.ratings.constFirst(), today, f.service().calendar(), {})->light,
            light);
    }

    void anEndedCaseIsRatedAndFollowedUpToo()
    {
        // The hand-out visit (trip 2) rated badly after the case ended: on the list.
        const QString number = f.accept(8);
        CaseService &s = f.service();
        QVERIFY(s.decide(number, f.clerk(), true, QStringLiteral("鲁DA531")));
        QVERIFY(s.handOutAtWindow(number, f.clerk(), CollectorKind::Applicant,
                                  IntakeSample::person(8).idNumber));
        auto r = s.rate(number, kColleague, 2, RatingLevel::VeryDissatisfied, {1, 1, 1},
                        QStringLiteral("出件慢"));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->status, CaseStatus::HandedOut);
        QCOMPARE(r->ratings.constFirst().clerk, QStringLiteral("clerk01"));
        QCOMPARE(followUpList(dec(1)), QStringList{number});
        rebuildsEqual();
        QCOMPARE(followUpList(dec(1)), QStringList{number});
    }

    void showingAFullIdIsRecorded()
    {
        CaseService &s = f.service();
        const QString number = f.accept(9);
        QVERIFY(!s.revealId(number, f.clerk(), false, QStringLiteral("  ")));
        QVERIFY(!s.revealId(number, f.clerk(), true, QStringLiteral("核对代理人"))); // no agent
        const User admin{0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin};
        QVERIFY(!s.revealId(number, admin, false, QStringLiteral("查看")));
        f.clock().setNow(QDateTime(dec(3), QTime(14, 30)));
        auto shown = s.revealId(number, kColleague, false, QStringLiteral("申请人电话核实身份"));
        QVERIFY2(shown, qPrintable(shown.message()));
        QCOMPARE(shown->applicant.idNumber, IntakeSample::person(9).idNumber);
        auto events = CaseEventLog::eventsOf(f.db(), number);
        const CaseEvent &last = events->constLast();
        QCOMPARE(last.type, QStringLiteral("case.id-revealed"));
        QCOMPARE(last.actor, QStringLiteral("clerk02"));
        QCOMPARE(last.at.date(), dec(3));
        // The event says who looked and why, never the number itself.
        QVERIFY(!QString::fromUtf8(last.payloadJson()).contains(IntakeSample::person(9).idNumber));
        auto entry = CaseTimeline::entry(last);
        QCOMPARE(entry->what,
                 QStringLiteral("The applicant's full ID number shown: 申请人电话核实身份"));
        rebuildsEqual();
    }
};

QTEST_GUILESS_MAIN(TestRatings)
#include "tst_ratings.moc"
