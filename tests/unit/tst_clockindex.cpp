// The deadline index counted in steps (CaseClockIndex::Progress), as ClockIndexKeeper counts
// it on its own thread: a count stopped after a step (the application closed) leaves the rest
// stale, and the next refresh counts exactly those, to the index an unbroken count makes.
// Over a generated store with more cases a deadline runs in than one step of 2,000.
#include "tst_casefixture.h"

#include "demo/CaseGenerator.h"
#include "worklist/CaseClockIndex.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace onetrip;
using test::CaseFixture;

class TestClockIndex : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;
    WorkdayCalendar m_published; // the calendar in use with Thu 10 December 2026 off

    // Every case's index columns, by number.
    QMap<QString, QString> index() const
    {
        QMap<QString, QString> out;
        QSqlQuery q(f.db().connection());
        if (!q.exec(QStringLiteral("SELECT number, ") +
                    CaseClockIndex::columns().join(QStringLiteral(", ")) +
                    QStringLiteral(" FROM case_record")))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList values;
            for (int i = 1; i <= CaseClockIndex::columns().size(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
            out.insert(q.value(0).toString(), values.join(QLatin1Char(' ')));
        }
        return out;
    }

    int stale() const
    {
        return f.count(QStringLiteral("SELECT count(*) FROM case_record WHERE clock_stale = 1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.prepareTemplate();
        f.openStore(QDateTime(QDate(2026, 12, 1), QTime(8, 0)));
        CaseGenerator::Options o;
        o.cases = 3000;
        o.seed = 5;
        o.from = QDate(2026, 11, 2);
        o.to = QDate(2026, 11, 30);
        o.terminals = 2;
        o.supervisor = SupervisorApproval{QStringLiteral("super01"), QStringLiteral("demo"), {}};
        auto report = CaseGenerator::run(f.db(), CaseFixture::hall(), f.clerk(), o);
        QVERIFY2(report, qPrintable(report.describe()));
        QCOMPARE(report->cases, 3000);
        m_published = f.service().calendar();
        CalendarYear y2026 = m_published.year(2026).value();
        y2026.weekdayOffDays << QDate(2026, 12, 10);
        m_published.setYear(y2026);
    }

    void aStoppedCountIsFinishedByTheNext()
    {
        const WorkdayCalendar &inUse = f.service().calendar();
        QVERIFY(CaseClockIndex::refresh(f.db(), inUse, {}));
        QCOMPARE(stale(), 0);
        // More than one step of 2,000 and a bound of 500 beside: the cases a deadline runs in,
        // read from the table.
        const int running = f.count(QStringLiteral(
            "SELECT count(*) FROM case_record WHERE status IN ('received', 'accepted', "
            "'accepted-with-deferral')"));
        QVERIFY2(running > 2500, qPrintable(QString::number(running)));

        // The published holiday counted without a break: the index to compare with.
        auto unbroken = CaseClockIndex::refresh(f.db(), m_published, {});
        QVERIFY2(unbroken, qPrintable(unbroken.message()));
        QVERIFY(unbroken->rebased);
        QVERIFY(unbroken->complete);
        QCOMPARE(unbroken->counted, running);
        const QMap<QString, QString> expected = index();
        QVERIFY(CaseClockIndex::refresh(f.db(), inUse, {}));
        QVERIFY(index() != expected); // the holiday moved due dates

        // Stopped when told of its first step: 2,000 counted, the rest left stale.
        QList<int> told;
        auto stopped = CaseClockIndex::refresh(f.db(), m_published, {}, 0, [&told](int counted) {
            told << counted;
            return false;
        });
        QVERIFY2(stopped, qPrintable(stopped.message()));
        QVERIFY(stopped->rebased);
        QVERIFY(!stopped->complete);
        QCOMPARE(told, QList<int>{2000});
        QCOMPARE(stopped->counted, 2000);
        QCOMPARE(stale(), running - 2000);
        // The window's bounded refresh leaves that much alone.
        auto bounded = CaseClockIndex::refresh(f.db(), m_published, {}, 500);
        QVERIFY(bounded);
        QVERIFY(!bounded->complete);
        QCOMPARE(stale(), running - 2000);

        // The next full refresh, the basis now unchanged, counts just the rest.
        auto rest = CaseClockIndex::refresh(f.db(), m_published, {});
        QVERIFY2(rest, qPrintable(rest.message()));
        QVERIFY(!rest->rebased);
        QVERIFY(rest->complete);
        QCOMPARE(rest->counted, running - 2000);
        QCOMPARE(stale(), 0);
        QCOMPARE(index(), expected);
    }

    void cleanupTestCase() { f.close(); }
};

QTEST_GUILESS_MAIN(TestClockIndex)
#include "tst_clockindex.moc"
