#include "TestSupport.h"

#include "cases/ConsultationLog.h"

#include <QTest>

using namespace onetrip;

class TestConsultationLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsPerDay()
    {
        test::TempStore store;
        ConsultationLog log(store.db());
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QCOMPARE(log.countOn(clock.today()).value(), 0);
        QVERIFY(log.record(QStringLiteral("JN-SG01"), QStringLiteral("clerk01"),
                           QStringLiteral("JNLX"), QStringLiteral("T01"), clock));
        QVERIFY(log.record(QStringLiteral("JN-B01"), QStringLiteral("clerk01"), QString(),
                           QString(), clock));
        clock.advanceDays(1);
        QVERIFY(log.record(QStringLiteral("JN-SG02"), QStringLiteral("clerk02"),
                           QStringLiteral("JNLX"), QStringLiteral("T02"), clock));
        QCOMPARE(log.countOn(QDate(2026, 11, 23)).value(), 2);
        QCOMPARE(log.countOn(QDate(2026, 11, 24)).value(), 1);
        QCOMPARE(log.countOn(QDate(2026, 11, 25)).value(), 0);
    }

    void survivesReopen()
    {
        test::TempStore store;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(ConsultationLog(store.db())
                    .record(QStringLiteral("JN-SG01"), QStringLiteral("clerk01"), QString(),
                            QString(), clock));
        store.reopen();
        QCOMPARE(ConsultationLog(store.db()).countOn(clock.today()).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsultationLog)
#include "tst_consultationlog.moc"
