// RetryPolicy: exponential backoff with full jitter. The cap doubles from firstMs up to
// maxMs; the wait is the cap times a random number in [0, 1), pinned here by an injected
// generator.
#include "sync/RetryPolicy.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace onetrip;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caps_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("cap");
        // onetripctl's options: first 200 ms, at most 5 s.
        QTest::newRow("none yet") << 0 << qint64(0);
        QTest::newRow("negative") << -3 << qint64(0);
        QTest::newRow("1") << 1 << qint64(200);
        QTest::newRow("2") << 2 << qint64(400);
        QTest::newRow("3") << 3 << qint64(800);
        QTest::newRow("4") << 4 << qint64(1600);
        QTest::newRow("5") << 5 << qint64(3200);
        QTest::newRow("6: capped") << 6 << qint64(5000);
        QTest::newRow("7: capped") << 7 << qint64(5000);
        QTest::newRow("100: capped, no overflow") << 100 << qint64(5000);
        QTest::newRow("100000: capped, no overflow") << 100000 << qint64(5000);
    }
    void caps()
    {
        QFETCH(int, failures);
        QFETCH(qint64, cap);
        const RetryPolicy policy({200, 5000, 2.0}, [] { return 0.5; });
        QCOMPARE(policy.capMs(failures), cap);
        QCOMPARE(policy.delayMs(failures), cap / 2);
    }

    void defaults()
    {
        const RetryPolicy policy(RetryPolicy::Options{}, [] { return 0.999; });
        QCOMPARE(policy.capMs(1), qint64(1000));
        QCOMPARE(policy.capMs(2), qint64(2000));
        QCOMPARE(policy.capMs(6), qint64(32000));
        QCOMPARE(policy.capMs(7), qint64(60000));
        QCOMPARE(policy.capMs(50), qint64(60000));
    }

    void jitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delay");
        // The lower bound: no wait at all.
        QTest::newRow("0, first") << 0.0 << 1 << qint64(0);
        QTest::newRow("0, capped") << 0.0 << 9 << qint64(0);
        // The upper bound: just under the cap, never above it.
        QTest::newRow("0.999, first") << 0.999 << 1 << qint64(199);
        QTest::newRow("0.999, third") << 0.999 << 3 << qint64(799);
        QTest::newRow("0.999, capped") << 0.999 << 9 << qint64(4995);
        QTest::newRow("0.25, second") << 0.25 << 2 << qint64(100);
        QTest::newRow("0.75, fourth") << 0.75 << 4 << qint64(1200);
        // A generator out of its contract is clamped into [0, 1).
        QTest::newRow("1.0 clamped below the cap") << 1.0 << 1 << qint64(199);
        QTest::newRow("7.5 clamped below the cap") << 7.5 << 9 << qint64(4999);
        QTest::newRow("-1 clamped to 0") << -1.0 << 3 << qint64(0);
    }
    void jitter()
    {
        QFETCH(double, random);
        QFETCH(int, failures);
        QFETCH(qint64, delay);
        const RetryPolicy policy({200, 5000, 2.0}, [random] { return random; });
        QCOMPARE(policy.delayMs(failures), delay);
        QVERIFY(policy.delayMs(failures) < policy.capMs(failures));
    }

    // Every draw counts: a sequence of randoms gives a sequence of waits.
    void drawsInOrder()
    {
        QList<double> randoms{0.1, 0.9, 0.5};
        const RetryPolicy policy({200, 5000, 2.0}, [&randoms] { return randoms.takeFirst(); });
        QCOMPARE(policy.delayMs(1), qint64(20));
        QCOMPARE(policy.delayMs(2), qint64(360));
        QCOMPARE(policy.delayMs(3), qint64(400));
        QVERIFY(randoms.isEmpty());
    }

    // Without an injected generator the waits are spread over [0, cap).
    void realRandomStaysInBounds()
    {
        const RetryPolicy policy({200, 5000, 2.0});
        qint64 low = std::numeric_limits<qint64>::max(), high = -1;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = policy.delayMs(6);
            QVERIFY(d >= 0 && d < 5000);
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY2(low < 500 && high > 4500, "the jitter covers the whole range");
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
