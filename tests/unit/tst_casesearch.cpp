// Finding a case the way the window is asked: by the number on a receipt (or its start), by
// the applicant's resident ID or credit code, by a name or its start; newest first, IDs
// masked, bad IDs refused with the reason, a limit that says there is more.
#include "tst_casefixture.h"

#include "cases/CaseSearch.h"
#include "identity/ResidentId.h"

using namespace onetrip;
using namespace onetrip::test;

class TestCaseSearch : public QObject
{
    Q_OBJECT

    CaseFixture f;
    QStringList m_numbers; // applicants 1, 2, 12 (one case each), then applicant 1 again

private Q_SLOTS:
    void initTestCase()
    {
        f.prepareTemplate();
        f.openStore();
        for (int n : {1, 2, 12}) {
            auto r = f.service().confirm(f.intake({QStringLiteral("JN-SG08")}, n));
            QVERIFY2(r, qPrintable(r.describe()));
            m_numbers << r->number;
            f.clock().advanceDays(1);
        }
        auto again = f.service().confirm(f.intake({QStringLiteral("JN-SG08")}, 1));
        QVERIFY2(again, qPrintable(again.describe()));
        m_numbers << again->number;
    }

    void byNumber()
    {
        auto whole = CaseSearch::find(f.db(), m_numbers.at(1).toLower());
        QVERIFY2(whole, qPrintable(whole.message()));
        QCOMPARE(whole->by, CaseSearch::By::Number);
        QCOMPARE(whole->hits.size(), 1);
        QCOMPARE(whole->hits.constFirst().number, m_numbers.at(1));
        QCOMPARE(whole->hits.constFirst().applicantName, QStringLiteral("申请人2"));
        // The hall and the first day: the cases of 30 Sep only.
        auto start = CaseSearch::find(f.db(), m_numbers.at(0).left(14));
        QVERIFY(start);
        QCOMPARE(start->hits.size(), 1);
        QCOMPARE(start->hits.constFirst().number, m_numbers.at(0));
    }

    void byIdentity()
    {
        const QString id = IntakeSample::person(1).idNumber;
        auto found = CaseSearch::find(f.db(), QStringLiteral(" ") + id.toLower() + u' ');
        QVERIFY2(found, qPrintable(found.message()));
        QCOMPARE(found->by, CaseSearch::By::Identity);
        // Both of applicant 1's cases, newest first.
        QCOMPARE(found->hits.size(), 2);
        QCOMPARE(found->hits.at(0).number, m_numbers.at(3));
        QCOMPARE(found->hits.at(1).number, m_numbers.at(0));
        for (const CaseSearch::Hit &h : found->hits) {
            QCOMPARE(h.applicantIdMasked, ResidentId::mask(id));
            QVERIFY(!h.applicantIdMasked.contains(id));
        }
        // A check digit that does not fit: refused, saying why, never searched as a name.
        QString wrong = id;
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        auto refused = CaseSearch::find(f.db(), wrong);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("resident ID")),
                 qPrintable(refused.message()));
        QVERIFY2(!refused.message().contains(wrong), "the number is shown masked");
    }

    void byName()
    {
        auto exact = CaseSearch::find(f.db(), QStringLiteral("申请人2"));
        QVERIFY(exact);
        QCOMPARE(exact->by, CaseSearch::By::Name);
        QCOMPARE(exact->hits.size(), 1);
        // Its start: 申请人1 (two cases) and 申请人12, not 申请人2.
        auto start = CaseSearch::find(f.db(), QStringLiteral("申请人1"));
        QVERIFY(start);
        QCOMPARE(start->hits.size(), 3);
        QCOMPARE(start->hits.at(0).number, m_numbers.at(3));
        QCOMPARE(start->hits.at(1).number, m_numbers.at(2));
        QCOMPARE(start->hits.at(2).number, m_numbers.at(0));
        QVERIFY(CaseSearch::find(f.db(), QStringLiteral("王"))->hits.isEmpty());
        // SQL metacharacters are text.
        QVERIFY(CaseSearch::find(f.db(), QStringLiteral("申请人%' OR 1=1 --"))->hits.isEmpty());
    }

    void limitAndBadInput()
    {
        auto two = CaseSearch::find(f.db(), QStringLiteral("申请人"), 2);
        QVERIFY(two);
        QCOMPARE(two->hits.size(), 2);
        QVERIFY(two->more);
        QVERIFY(!CaseSearch::find(f.db(), QStringLiteral("申请人"), 4)->more);
        QVERIFY(!CaseSearch::find(f.db(), QStringLiteral("   ")));
        QVERIFY(!CaseSearch::find(f.db(), QString(CaseSearch::kMaxNameLength + 1, u'张')));
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
