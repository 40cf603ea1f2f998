// A case's time limit through the real commands: accepted with its item's promised limit
// recorded, stopped for an expert review and run again (the due day moves by the stopped
// working days), every refusal of CaseClockRules with a message, the events rebuilt into the
// same projection, and the 容缺 supplement and Art. 32 notice-window lights. Dates counted by
// hand: JN-SG08 (药品零售企业许可) promises 15 working days; no holiday in December 2026.
#include "tst_casefixture.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseRebuild.h"
#include "cases/SupplementSweep.h"

using namespace onetrip;
using namespace onetrip::test;

class TestCaseDeadlines : public QObject
{
    Q_OBJECT

    CaseFixture f;

    QDateTime at(int month, int day) const
    {
        return QDateTime(QDate(2026, month, day), QTime(9, 0));
    }

    QString acceptPharmacy()
    {
        auto r = f.service().confirm(f.intake({QStringLiteral("JN-SG08")}));
        if (!r)
            qFatal("accept: %s", qPrintable(r.message()));
        return r->number;
    }

    CaseRecord open(const QString &number)
    {
        auto r = f.service().queries().open(number);
        if (!r)
            qFatal("open: %s", qPrintable(r.message()));
        return r.value();
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(at(12, 1)); }

    void acceptedWithItsLimit()
    {
        const CaseRecord r = open(acceptPharmacy());
        QCOMPARE(r.status, CaseStatus::Accepted);
        QCOMPARE(r.acceptedOn, QDate(2026, 12, 1));
        QCOMPARE(r.limitDays, 15);
        // Wed 2 … Tue 22 December: 15 working days.
        QCOMPARE(r.dueDate, QDate(2026, 12, 22));
        const auto d = CaseDeadlines::processing(r, QDate(2026, 12, 1), f.service().calendar(), {});
        QVERIFY(d);
        QCOMPARE(d->due, QDate(2026, 12, 22));
        // 20% of 15 is 3 working days: yellow from Thu 17 December.
        QCOMPARE(d->warnFrom, QDate(2026, 12, 17));
        QCOMPARE(d->light, DeadlineLight::Green);
        QCOMPARE(
            CaseDeadlines::processing(r, QDate(2026, 12, 17), f.service().calendar(), {})->light,
            DeadlineLight::Yellow);
        QCOMPARE(
            CaseDeadlines::processing(r, QDate(2026, 12, 23), f.service().calendar(), {})->light,
            DeadlineLight::Red);
        // Nothing else runs on an accepted case.
        QVERIFY(!CaseDeadlines::supplement(r, QDate(2026, 12, 1), f.service().calendar(), {}));
        QVERIFY(!CaseDeadlines::noticeWindow(r, QDate(2026, 12, 1), f.service().calendar(), {}));
    }

    void stoppedForAnExpertReview()
    {
        const QString number = acceptPharmacy();
        f.clock().setNow(at(12, 8)); // Tuesday
        auto paused = f.service().pauseClock(number, f.clerk(), PauseKind::ExpertReview,
                                             QStringLiteral("  组织专家现场评审  "));
        QVERIFY2(paused, qPrintable(paused.message()));
        QCOMPARE(paused->pauses.size(), 1);
        QCOMPARE(paused->pauses.constFirst().reason, QStringLiteral("组织专家现场评审"));
        const WorkdayCalendar &calendar = f.service().calendar();
        auto d = CaseDeadlines::processing(open(number), QDate(2026, 12, 9), calendar, {});
        QCOMPARE(d->light, DeadlineLight::Paused);
        QCOMPARE(d->pausedWorkingDays, 2);
        QCOMPARE(d->due, QDate(2026, 12, 24)); // as if it ran again tomorrow

        f.clock().setNow(at(12, 10)); // Thursday: the clock runs again, that day counts
        auto resumed = f.service().resumeClock(number, f.clerk());
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->pauses.constFirst().until, QDate(2026, 12, 10));
        d = CaseDeadlines::processing(resumed.value(), QDate(2026, 12, 10), calendar, {});
        QCOMPARE(d->light, DeadlineLight::Green);
        QCOMPARE(d->due, QDate(2026, 12, 24)); // 8 and 9 December not counted
        QCOMPARE(d->pausedWorkingDays, 2);

        // The events make the same projection again.
        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(CaseRebuild::run(f.db()));
        QCOMPARE(CaseFixture::projections(f.db()), before);
        QCOMPARE(open(number).pauses, resumed->pauses);
    }

    void refusals()
    {
        const QString number = acceptPharmacy();
        CaseService &s = f.service();
        // No reason.
        auto noReason = s.pauseClock(number, f.clerk(), PauseKind::Hearing, QStringLiteral("  "));
        QVERIFY(!noReason);
        QVERIFY2(noReason.message().contains(QStringLiteral("why")),
                 qPrintable(noReason.message()));
        // Not stopped: nothing to run again.
        QVERIFY(!s.resumeClock(number, f.clerk()));
        QVERIFY(s.pauseClock(number, f.clerk(), PauseKind::Hearing, QStringLiteral("听证")));
        // Stopped already.
        auto twice = s.pauseClock(number, f.clerk(), PauseKind::Testing, QStringLiteral("检测"));
        QVERIFY(!twice);
        QVERIFY2(twice.message().contains(QStringLiteral("already")), qPrintable(twice.message()));
        // An agent does not stop a department's clock; nor does an administrator.
        User agent{0, QStringLiteral("agent01"), QStringLiteral("代办员"), Role::Agent};
        QVERIFY(!s.resumeClock(number, agent));
        User admin{0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin};
        QVERIFY(!s.resumeClock(number, admin));
        QVERIFY(s.resumeClock(number, f.clerk()));
        // A case only received (no decision) has no time limit running.
        auto received = s.receive(f.intake({QStringLiteral("JN-SG08")}, 2));
        QVERIFY(received);
        auto notAccepted = s.pauseClock(received->number, f.clerk(), PauseKind::Inspection,
                                        QStringLiteral("检验"));
        QVERIFY(!notAccepted);
        QVERIFY2(notAccepted.message().contains(QStringLiteral("accepted")),
                 qPrintable(notAccepted.message()));
        // Nothing of the refusals reached the log.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event WHERE type LIKE "
                                        "'case.clock-%'")),
                 2);
    }

    // 容缺 accepted Tue 1 Dec with 2 supplement days: due Thu 3 Dec, yellow on the 2nd and
    // 3rd (the 1-day window), red on Friday 4 Dec; the sweep of Friday ends it and flags the
    // applicant, once, and leaves other terminals' cases to them.
    void supplementLightAndSweep()
    {
        IntakeConfirmation c = f.deferral("JN-SG08", "m05", 4, 2);
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        QCOMPARE(r->supplementDue, QDate(2026, 12, 3));
        const WorkdayCalendar &calendar = f.service().calendar();
        const auto light = [&](int day) {
            return CaseDeadlines::supplement(open(r->number), QDate(2026, 12, day), calendar, {})
                ->light;
        };
        QCOMPARE(light(1), DeadlineLight::Green);
        QCOMPARE(light(2), DeadlineLight::Yellow);
        QCOMPARE(light(3), DeadlineLight::Yellow);
        QCOMPARE(light(4), DeadlineLight::Red);
        // The time limit runs beside it.
        QVERIFY(CaseDeadlines::processing(open(r->number), QDate(2026, 12, 1), calendar, {}));

        // A 容缺 case of another terminal of the hall, as a pull leaves it.
        IntakeConfirmation other = f.deferral("JN-SG08", "m05", 5, 2);
        auto theirs = f.service().confirm(other);
        QVERIFY2(theirs, qPrintable(theirs.describe()));
        QVERIFY(f.exec(QStringLiteral("UPDATE case_record SET terminal_code = 'T02' WHERE "
                                      "number = '%1'")
                           .arg(theirs->number)));
        // On its due day nothing ends.
        auto onTime = SupplementSweep::run(f.db(), f.service(), QDate(2026, 12, 3), f.clerk());
        QVERIFY(onTime);
        QVERIFY(onTime->terminated.isEmpty());
        // In steps: one a call, the second call ends the last one.
        IntakeConfirmation second = f.deferral("JN-SG08", "m05", 6, 2);
        auto mine = f.service().confirm(second);
        QVERIFY2(mine, qPrintable(mine.describe()));
        auto swept = SupplementSweep::run(f.db(), f.service(), QDate(2026, 12, 4), f.clerk(), 1);
        QVERIFY2(swept, qPrintable(swept.message()));
        QCOMPARE(swept->terminated, QStringList{r->number});
        QVERIFY(swept->more);
        QVERIFY(swept->failed.isEmpty());
        auto rest = SupplementSweep::run(f.db(), f.service(), QDate(2026, 12, 4), f.clerk(), 1);
        QVERIFY(rest);
        QCOMPARE(rest->terminated, QStringList{mine->number});
        QVERIFY(!rest->more);
        QCOMPARE(open(r->number).status, CaseStatus::Terminated);
        QCOMPARE(open(theirs->number).status, CaseStatus::AcceptedWithDeferral); // T02 ends it
        QCOMPARE(ApplicantRepository(f.db()).falseCommitmentFlagged(c.applicant.idNumber).value(),
                 true);
        // Again (the next midnight): nothing left to end.
        QVERIFY(SupplementSweep::run(f.db(), f.service(), QDate(2026, 12, 7), f.clerk())
                    ->terminated.isEmpty());
        // An administrator signed in at the terminal records no case changes.
        User admin{0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin};
        QVERIFY(SupplementSweep::run(f.db(), f.service(), QDate(2026, 12, 7), admin)
                    ->terminated.isEmpty());
    }

    void noticeWindowLight()
    {
        // Received Tue 1 December, no decision: the notice is due by Tue 8 December (5
        // working days); the window of a 5-day limit is 1 day.
        auto received = f.service().receive(f.intake({QStringLiteral("JN-SG08")}, 3));
        QVERIFY(received);
        const WorkdayCalendar &calendar = f.service().calendar();
        auto d =
            CaseDeadlines::noticeWindow(open(received->number), QDate(2026, 12, 4), calendar, {});
        QVERIFY(d);
        QCOMPARE(d->due, QDate(2026, 12, 8));
        QCOMPARE(d->light, DeadlineLight::Green);
        QCOMPARE(d->workingDaysLeft, 2); // Mon 7, Tue 8
        QCOMPARE(
            CaseDeadlines::noticeWindow(open(received->number), QDate(2026, 12, 7), calendar, {})
                ->light,
            DeadlineLight::Yellow);
        QCOMPARE(
            CaseDeadlines::noticeWindow(open(received->number), QDate(2026, 12, 9), calendar, {})
                ->light,
            DeadlineLight::Red);
        QVERIFY(
            !CaseDeadlines::processing(open(received->number), QDate(2026, 12, 4), calendar, {}));
    }
};

QTEST_GUILESS_MAIN(TestCaseDeadlines)
#include "tst_casedeadlines.moc"
