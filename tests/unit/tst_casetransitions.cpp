#include "cases/CaseStatus.h"

#include <QSet>
#include <QTest>

using namespace onetrip;

namespace {

using S = CaseStatus;

// The table as the issue and docs/cases.md state it, written out independently of the code.
const QList<std::pair<S, S>> kAllowed = {
    {S::Received, S::CorrectionRequested},
    {S::Received, S::Accepted},
    {S::Received, S::AcceptedWithDeferral},
    {S::Received, S::Declined},
    {S::Received, S::Withdrawn},
    {S::CorrectionRequested, S::Accepted},
    {S::CorrectionRequested, S::AcceptedWithDeferral},
    {S::CorrectionRequested, S::CorrectionRequested},
    {S::CorrectionRequested, S::Declined},
    {S::CorrectionRequested, S::Withdrawn},
    {S::AcceptedWithDeferral, S::Accepted},
    {S::AcceptedWithDeferral, S::Terminated},
    // The decision (容缺 only once its materials are in) and the hand-out.
    {S::Accepted, S::Approved},
    {S::Accepted, S::Refused},
    {S::Approved, S::HandedOut},
    {S::Refused, S::HandedOut},
};

} // namespace

class TestCaseTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        QSet<QString> keys;
        for (CaseStatus s : CaseTransitions::all()) {
            const QString key = toKey(s);
            QVERIFY(!key.isEmpty());
            QVERIFY(!displayName(s).isEmpty());
            QCOMPARE(caseStatusFromKey(key), std::optional<CaseStatus>(s));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 10);
        QVERIFY(!caseStatusFromKey(QStringLiteral("Accepted")));
    }

    // Every pair of states: allowed exactly when the table lists it.
    void everyPair_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        for (CaseStatus from : CaseTransitions::all()) {
            for (CaseStatus to : CaseTransitions::all()) {
                const bool allowed = kAllowed.contains(std::pair(from, to));
                QTest::addRow("%s -> %s", qPrintable(toKey(from)), qPrintable(toKey(to)))
                    << int(from) << int(to) << allowed;
            }
        }
    }
    void everyPair()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(CaseTransitions::allowed(CaseStatus(from), CaseStatus(to)), allowed);
        const Status s = CaseTransitions::check(CaseStatus(from), CaseStatus(to));
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            // The refusal names both states, so the clerk knows what was attempted.
            QVERIFY(s.message().contains(displayName(CaseStatus(from))));
            QVERIFY(s.message().contains(displayName(CaseStatus(to))));
        }
        QCOMPARE(CaseTransitions::targets(CaseStatus(from)).contains(CaseStatus(to)), allowed);
    }

    void finalStates()
    {
        for (S s : {S::Declined, S::Terminated, S::Withdrawn, S::HandedOut})
            QVERIFY(CaseTransitions::targets(s).isEmpty());
        // Nothing ever goes back to Received, and a decided case is never re-decided.
        for (CaseStatus from : CaseTransitions::all())
            QVERIFY(!CaseTransitions::allowed(from, S::Received));
        QVERIFY(!CaseTransitions::allowed(S::Accepted, S::CorrectionRequested));
        QVERIFY(!CaseTransitions::allowed(S::Declined, S::Accepted));
        QVERIFY(!CaseTransitions::allowed(S::AcceptedWithDeferral, S::CorrectionRequested));
        QVERIFY(!CaseTransitions::allowed(S::AcceptedWithDeferral, S::Approved));
        QVERIFY(!CaseTransitions::allowed(S::Approved, S::Refused));
        QVERIFY(!CaseTransitions::allowed(S::Accepted, S::HandedOut));
    }
};

QTEST_GUILESS_MAIN(TestCaseTransitions)
#include "tst_casetransitions.moc"
