// 二次告知 (docs/rules.md): on the visit after a one-time notice the applicant may be held
// only to what the notice listed. The one rule (SecondNotice) that the case service and the
// intake screen both ask, table-driven over every status and outcome.
#include "cases/SecondNotice.h"

#include <QTest>

using namespace onetrip;

namespace {

Verdict deficientIn(const QStringList &rows, const QStringList &pending = {})
{
    Verdict v;
    for (const QString &row : rows) {
        Deficiency d;
        d.rowKey = row;
        v.deficiencies << d;
    }
    v.pendingRows = pending;
    return v;
}

} // namespace

class TestSecondNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("deficient");
        QTest::addColumn<QStringList>("outside");     // expected outsideNotice
        QTest::addColumn<QStringList>("outstanding"); // expected
        QTest::addColumn<QStringList>("cleared");     // expected
        const QStringList notice{QStringLiteral("A/m01"), QStringLiteral("A/m04")};
        const QStringList outsideRow{QStringLiteral("A/m03")};
        const QStringList m01{QStringLiteral("A/m01")};
        const QStringList m04{QStringLiteral("A/m04")};
        // Awaiting correction: a new deficiency is outside the notice whatever the clerk
        // would do next — except declining, which holds the applicant to no material.
        for (const char *o : {"accept", "accept-with-deferral", "correction-needed"})
            QTest::newRow(qPrintable(QStringLiteral("correction-requested, ") + QLatin1String(o) +
                                     QStringLiteral(", new deficiency")))
                << "correction-requested" << o << (m01 + outsideRow) << outsideRow << m01 << m04;
        QTest::newRow("correction-requested, decline")
            << "correction-requested"
            << "decline" << (m01 + outsideRow) << QStringList() << m01 << m04;
        QTest::newRow("correction-requested, only the notice's rows")
            << "correction-requested"
            << "correction-needed" << m01 << QStringList() << m01 << m04;
        QTest::newRow("correction-requested, all fixed")
            << "correction-requested"
            << "accept" << QStringList() << QStringList() << QStringList() << notice;
        // Any other status has no notice to hold to: nothing is a second notice.
        for (const char *s : {"received", "accepted", "accepted-with-deferral", "declined",
                              "terminated", "withdrawn"})
            QTest::newRow(qPrintable(QLatin1String(s) + QStringLiteral(", new deficiency")))
                << s << "correction-needed" << (m01 + outsideRow) << QStringList() << m01 << m04;
    }
    void classify()
    {
        QFETCH(QString, status);
        QFETCH(QString, outcome);
        QFETCH(QStringList, deficient);
        QFETCH(QStringList, outside);
        QFETCH(QStringList, outstanding);
        QFETCH(QStringList, cleared);
        const QStringList notice{QStringLiteral("A/m01"), QStringLiteral("A/m04")};
        const SecondNoticeCheck c = SecondNotice::classify(
            *caseStatusFromKey(status), *outcomeFromKey(outcome), notice, deficientIn(deficient));
        QCOMPARE(c.outsideNotice, outside);
        QCOMPARE(c.outstanding, outstanding);
        QCOMPARE(c.cleared, cleared);
        QCOMPARE(c.needsSupervisor(), !outside.isEmpty());
    }

    // A notice row not checked yet is neither outstanding nor cleared.
    void pendingRowIsNotCleared()
    {
        const SecondNoticeCheck c =
            SecondNotice::classify(CaseStatus::CorrectionRequested, Outcome::Accept,
                                   {QStringLiteral("A/m01"), QStringLiteral("A/m04")},
                                   deficientIn({}, {QStringLiteral("A/m04")}));
        QCOMPARE(c.cleared, QStringList{QStringLiteral("A/m01")});
        QVERIFY(c.outstanding.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecondNotice)
#include "tst_secondnotice.moc"
