#include "tst_casefixture.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseNumber.h"

using namespace onetrip;
using test::CaseFixture;

// 一次性告知 and the resubmission visit: reopening by the notice's number, re-checking only
// the notice's items, the second notice (二次告知) and the trips it costs.
class TestCaseResubmission : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;

    // A correction notice for JN-SG08 listing m01 (missing) and m04 (defective).
    CaseRecord noticed()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")}, 11);
        c.checks = IntakeSample::with(c.checks, CaseFixture::row("JN-SG08", "m01"),
                                      MaterialState::Missing);
        c.checks = IntakeSample::with(c.checks, CaseFixture::row("JN-SG08", "m04"),
                                      MaterialState::Defective);
        CaseFixture::refresh(c);
        c.outcome = Outcome::CorrectionNeeded;
        auto r = f.service().confirm(c);
        if (!r)
            qFatal("notice failed: %s", qPrintable(r.describe()));
        return r.value();
    }

    // The intake screen after reopening: the case's pinned guides and answers, the checks
    // it starts from, then what the clerk finds now.
    IntakeConfirmation resubmission(const CaseRecord &r, QList<MaterialCheck> checks,
                                    Outcome outcome)
    {
        IntakeConfirmation c;
        c.caseNumber = r.number;
        c.guides = f.service().queries().guides(r).value();
        c.answers = r.answers;
        c.checks = checks;
        c.applicant = r.applicant;
        c.clerk = f.clerk();
        c.outcome = outcome;
        CaseFixture::refresh(c);
        return c;
    }

    static QList<MaterialCheck> provide(QList<MaterialCheck> checks, const QStringList &rows)
    {
        for (const QString &row : rows)
            checks = IntakeSample::with(checks, row, MaterialState::Provided);
        return checks;
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(); }
    void cleanup() { f.close(); }

    void reopenByNoticeNumber()
    {
        const CaseRecord r = noticed();
        const QString notice = r.issuedNow.constFirst().number;
        QCOMPARE(notice, r.number + QStringLiteral("-GZ1"));
        // Typed in lower case with spaces, or scanned.
        for (const QString &typed :
             QStringList{notice, QString(QStringLiteral("  ") + notice.toLower()), r.number}) {
            auto opened = f.service().queries().openByDocument(typed);
            QVERIFY2(opened, qPrintable(opened.describe()));
            QCOMPARE(opened->number, r.number);
            QCOMPARE(opened->status, CaseStatus::CorrectionRequested);
            QCOMPARE(opened->noticeRows, r.noticeRows);
        }
        QVERIFY(!f.service().queries().openByDocument(r.number + QStringLiteral("-GZ2")));
        QVERIFY(!f.service().queries().openByDocument(QStringLiteral("nonsense")));
        QVERIFY(!f.service().queries().open(QStringLiteral("JNLX-20260930-T01-00999")));
    }

    // The visit starts from the last check: the notice's rows again, the rest as it was.
    void resubmissionStartsFromTheLastCheck()
    {
        const CaseRecord r = noticed();
        const QList<MaterialCheck> start = r.checksForResubmission();
        QCOMPARE(start.size(), r.checks.size());
        for (qsizetype i = 0; i < start.size(); ++i) {
            if (r.noticeRows.contains(start.at(i).rowKey))
                QCOMPARE(start.at(i).state, MaterialState::Pending);
            else
                QCOMPARE(start.at(i), r.checks.at(i));
        }
        // Not finished until the notice's items are checked again.
        QVERIFY(!f.service().confirm(resubmission(r, start, Outcome::Accept)));
    }

    void resubmissionClearsTheNotice()
    {
        const CaseRecord r = noticed();
        const QList<MaterialCheck> fixed = provide(r.checksForResubmission(), r.noticeRows);
        auto check = f.service().queries().checkResubmission(r, fixed);
        QVERIFY2(check, qPrintable(check.describe()));
        QCOMPARE(check->cleared, r.noticeRows);
        QVERIFY(check->outstanding.isEmpty());
        QVERIFY(!check->needsSupervisor());

        f.clock().setNow(QDateTime(QDate(2026, 10, 9), QTime(14, 0)));
        auto accepted = f.service().confirm(resubmission(r, fixed, Outcome::Accept));
        QVERIFY2(accepted, qPrintable(accepted.describe()));
        QCOMPARE(accepted->number, r.number);
        QCOMPARE(accepted->status, CaseStatus::Accepted);
        QCOMPARE(accepted->trips, 2); // the second visit is a second trip
        QCOMPARE(accepted->notices, 1);
        QCOMPARE(accepted->secondNotices, 0);
        QCOMPARE(accepted->acceptedOn, QDate(2026, 10, 9));
        QCOMPARE(accepted->receivedOn, QDate(2026, 9, 30));
        QCOMPARE(accepted->documents.size(), 3); // the notice, acceptance, receipt
        QCOMPARE(accepted->issuedNow.constFirst().number, r.number + QStringLiteral("-SL1"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_visit WHERE case_number = '%1'")
                             .arg(r.number)),
                 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_record")), 1);
        // An accepted case is not reopened for another check.
        QVERIFY(!f.service().confirm(resubmission(r, fixed, Outcome::Accept)));
    }

    // docs/rules.md: a case keeps the guide version it was checked against; a later guide change
    // never changes an issued notice, nor what the resubmission is held to.
    void laterGuideChangeKeepsTheNotice()
    {
        const CaseRecord r = noticed();
        CatalogRepository catalog(f.db());
        ServiceGuide changed = catalog.guide(QStringLiteral("JN-SG08")).value();
        const int pinned = changed.version;
        changed.version = 0;
        MaterialRequirement added = changed.materials.constFirst();
        added.id = QStringLiteral("m99");
        added.name = QStringLiteral("新增的证明材料");
        added.sharedKey.clear();
        changed.materials.append(added);
        changed.materials.first().name += QStringLiteral("（新版）");
        Catalog update;
        update.guides = {changed};
        auto report = catalog.import(update, QStringLiteral("update.json"), f.clock());
        QVERIFY2(report, qPrintable(report.describe()));
        QCOMPARE(report->versioned, 1);
        QCOMPARE(catalog.guide(QStringLiteral("JN-SG08"))->version, pinned + 1);

        // The reopened case still reads the version it was checked against.
        auto reopened = f.service().queries().open(r.number);
        QVERIFY(reopened);
        const QList<ServiceGuide> guides = f.service().queries().guides(reopened.value()).value();
        QCOMPARE(guides.size(), 1);
        QCOMPARE(guides.constFirst().version, pinned);
        QVERIFY(!guides.constFirst().material(QStringLiteral("m99")));

        // The issued notice reads exactly as printed.
        auto documents = f.service().queries().documents(r.number);
        QVERIFY(documents);
        const DocumentData before = r.issuedNow.constFirst().data;
        const DocumentData after = documents->constFirst().data;
        QCOMPARE(after.guideVersion, before.guideVersion);
        QCOMPARE(after.lines.size(), before.lines.size());
        for (qsizetype i = 0; i < before.lines.size(); ++i)
            QCOMPARE(after.lines.at(i).name, before.lines.at(i).name);

        // Bringing what the notice listed is enough: the new material is no second notice.
        const QList<MaterialCheck> fixed = provide(r.checksForResubmission(), r.noticeRows);
        auto check = f.service().queries().checkResubmission(reopened.value(), fixed);
        QVERIFY2(check, qPrintable(check.describe()));
        QVERIFY(!check->needsSupervisor());
        auto accepted = f.service().confirm(resubmission(reopened.value(), fixed, Outcome::Accept));
        QVERIFY2(accepted, qPrintable(accepted.describe()));
        QCOMPARE(accepted->items.constFirst().guideVersion, pinned);
    }

    // Still missing what the notice listed: a further notice of those items, no supervisor.
    void noticeItemsStillMissing()
    {
        const CaseRecord r = noticed();
        QList<MaterialCheck> checks =
            provide(r.checksForResubmission(), {CaseFixture::row("JN-SG08", "m04")});
        checks =
            IntakeSample::with(checks, CaseFixture::row("JN-SG08", "m01"), MaterialState::Missing);
        auto check = f.service().queries().checkResubmission(r, checks);
        QVERIFY(check);
        QCOMPARE(check->outstanding, QStringList{CaseFixture::row("JN-SG08", "m01")});
        QCOMPARE(check->cleared, QStringList{CaseFixture::row("JN-SG08", "m04")});
        QVERIFY(!check->needsSupervisor());
        auto again = f.service().confirm(resubmission(r, checks, Outcome::CorrectionNeeded));
        QVERIFY2(again, qPrintable(again.describe()));
        QCOMPARE(again->status, CaseStatus::CorrectionRequested);
        QCOMPARE(again->noticeRows, QStringList{CaseFixture::row("JN-SG08", "m01")});
        QCOMPARE(again->notices, 2);
        QCOMPARE(again->secondNotices, 0);
        QCOMPARE(again->trips, 2);
        QCOMPARE(again->issuedNow.constFirst().number, r.number + QStringLiteral("-GZ2"));
    }

    void secondNoticeNeedsASupervisor_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no credentials") << ""
                                        << ""
                                        << "" << false;
        QTest::newRow("a clerk's credentials") << "clerk01"
                                               << "demo"
                                               << "材料明显伪造" << false;
        QTest::newRow("an agent's credentials") << "agent01"
                                                << "demo"
                                                << "材料明显伪造" << false;
        QTest::newRow("wrong password") << "super01"
                                        << "guess"
                                        << "材料明显伪造" << false;
        QTest::newRow("no reason") << "super01"
                                   << "demo"
                                   << "  " << false;
        QTest::newRow("supervisor with a reason") << "super01"
                                                  << "demo"
                                                  << "材料明显伪造" << true;
    }
    void secondNoticeNeedsASupervisor()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        const CaseRecord r = noticed();
        // The notice's items are now fine, but m03 (accepted last time) is found defective.
        QList<MaterialCheck> checks = provide(r.checksForResubmission(), r.noticeRows);
        const QString outside = CaseFixture::row("JN-SG08", "m03");
        checks = IntakeSample::with(checks, outside, MaterialState::Defective);
        auto check = f.service().queries().checkResubmission(r, checks);
        QVERIFY(check);
        QCOMPARE(check->outsideNotice, QStringList{outside});
        QVERIFY(check->needsSupervisor());

        IntakeConfirmation c = resubmission(r, checks, Outcome::CorrectionNeeded);
        if (!login.isEmpty())
            c.secondNoticeApproval = SupervisorApproval{login, password, reason};
        const int eventsBefore = f.count(QStringLiteral("SELECT count(*) FROM case_event"));
        auto result = f.service().confirm(c);
        QCOMPARE(result.ok(), accepted);
        auto now = f.service().queries().open(r.number);
        QVERIFY(now);
        if (!accepted) {
            QVERIFY(!result.message().isEmpty());
            QCOMPARE(now->status, CaseStatus::CorrectionRequested);
            QCOMPARE(now->version, r.version);
            QCOMPARE(now->trips, 1);
            QCOMPARE(now->secondNotices, 0);
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event")), eventsBefore);
            return;
        }
        QCOMPARE(now->status, CaseStatus::CorrectionRequested);
        QCOMPARE(now->secondNotices, 1);
        QCOMPARE(now->notices, 2);
        QCOMPARE(now->trips, 2);
        QCOMPARE(now->noticeRows, QStringList{outside});
        // Logged: who approved it and why.
        auto events = CaseEventLog::eventsOf(f.db(), r.number);
        QVERIFY(events);
        int approvals = 0;
        for (const CaseEvent &e : events.value()) {
            if (e.type != QLatin1String(CaseEventType::SecondNoticeApproved))
                continue;
            ++approvals;
            QCOMPARE(e.payload.value(QLatin1String("supervisor")).toString(), login);
            QCOMPARE(e.payload.value(QLatin1String("reason")).toString(), reason);
            QCOMPARE(e.actor, f.clerk().login);
        }
        QCOMPARE(approvals, 1);
        QCOMPARE(f.count(QStringLiteral("SELECT sum(second_notices) FROM case_record")), 1);
    }

    // Declining on the resubmission visit is not a second notice.
    void declineNeedsNoSupervisor()
    {
        const CaseRecord r = noticed();
        QList<MaterialCheck> checks = provide(r.checksForResubmission(), r.noticeRows);
        checks = IntakeSample::with(checks, CaseFixture::row("JN-SG08", "m03"),
                                    MaterialState::Defective);
        IntakeConfirmation c = resubmission(r, checks, Outcome::Decline);
        c.decline = DeclineDecision{QStringLiteral("申请事项依法不需要取得行政许可"),
                                    QStringLiteral("济南市市场监督管理局")};
        auto declined = f.service().confirm(c);
        QVERIFY2(declined, qPrintable(declined.describe()));
        QCOMPARE(declined->status, CaseStatus::Declined);
        QCOMPARE(declined->secondNotices, 0);
        QCOMPARE(declined->trips, 2);
    }

    // A notice brought by someone else: the case is not theirs.
    void otherApplicantIsRefused()
    {
        const CaseRecord r = noticed();
        IntakeConfirmation c =
            resubmission(r, provide(r.checksForResubmission(), r.noticeRows), Outcome::Accept);
        c.applicant = IntakeSample::person(12);
        auto refused = f.service().confirm(c);
        QVERIFY(!refused);
        QVERIFY(!refused.message().contains(r.applicant.idNumber)); // shown masked only
        c.applicant = r.applicant;
        c.applicant.phone = QStringLiteral("13911112222"); // corrected details are fine
        auto accepted = f.service().confirm(c);
        QVERIFY2(accepted, qPrintable(accepted.describe()));
        QCOMPARE(f.service().queries().open(r.number)->applicant.phone,
                 QStringLiteral("13911112222"));
    }

    // Two windows with the same case: the second confirmation sees the first and stops.
    void staleReopenIsRefused()
    {
        const CaseRecord r = noticed();
        const QList<MaterialCheck> fixed = provide(r.checksForResubmission(), r.noticeRows);
        const IntakeConfirmation c = resubmission(r, fixed, Outcome::Accept);
        QVERIFY(f.service().confirm(c));
        auto twice = f.service().confirm(c);
        QVERIFY(!twice);
        QCOMPARE(f.service().queries().open(r.number)->trips, 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseResubmission)
#include "tst_caseresubmission.moc"
