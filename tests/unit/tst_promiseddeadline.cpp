#include "TestSupport.h"

#include "calendar/CalendarJson.h"
#include "deadline/PromisedDeadline.h"

#include <QTest>

using namespace onetrip;

class TestPromisedDeadline : public QObject
{
    Q_OBJECT

private:
    WorkdayCalendar m_calendar;

    static ServiceGuide guide(CaseType type, std::optional<int> promised, std::optional<int> legal)
    {
        ServiceGuide g;
        g.code = QStringLiteral("T");
        g.caseType = type;
        g.promisedLimitDays = promised;
        g.legalLimitDays = legal;
        return g;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto read =
            CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        QVERIFY(read.ok());
        m_calendar = WorkdayCalendar(read.file.years);
    }

    void forGuide_data()
    {
        QTest::addColumn<int>("caseType");
        QTest::addColumn<int>("promised"); // -1: not published
        QTest::addColumn<int>("legal");
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QList<int>>("missing");

        using B = PromisedDeadline::Basis;
        const auto row = [](const char *name, CaseType t, int p, int l, QDate a, B b, QDate d,
                            QList<int> m = {}) {
            QTest::newRow(name) << int(t) << p << l << a << int(b) << d << m;
        };
        row("immediate is the same day", CaseType::Immediate, 5, 20, QDate(2026, 9, 30),
            B::OnTheSpot, QDate(2026, 9, 30));
        row("promised zero is on the spot", CaseType::Promised, 0, 20, QDate(2026, 3, 2),
            B::OnTheSpot, QDate(2026, 3, 2));
        // 2026-09-30 (Wed) + 5: Oct 1–7 off, Oct 8 (Thu), 9 (Fri), 10 (make-up Sat), 12, 13.
        row("promised across National Day", CaseType::Promised, 5, 20, QDate(2026, 9, 30),
            B::PromisedLimit, QDate(2026, 10, 13));
        // 2026-02-13 (Fri) + 3: Feb 14 make-up Saturday, 15–23 off, then Feb 24, 25.
        row("promised across Spring Festival", CaseType::Promised, 3, 20, QDate(2026, 2, 13),
            B::PromisedLimit, QDate(2026, 2, 25));
        row("legal limit when no promise", CaseType::Promised, -1, 2, QDate(2026, 4, 30),
            B::LegalLimit, QDate(2026, 5, 7));
        row("no limit at all", CaseType::Promised, -1, -1, QDate(2026, 4, 30), B::Unknown, QDate());
        row("into an unloaded year warns", CaseType::Promised, 10, 20, QDate(2026, 12, 28),
            B::PromisedLimit, QDate(2027, 1, 11), {2027});
    }

    void forGuide()
    {
        QFETCH(int, caseType);
        QFETCH(int, promised);
        QFETCH(int, legal);
        QFETCH(QDate, accepted);
        QFETCH(int, basis);
        QFETCH(QDate, due);
        QFETCH(QList<int>, missing);
        const ServiceGuide g =
            guide(CaseType(caseType), promised < 0 ? std::nullopt : std::optional<int>(promised),
                  legal < 0 ? std::nullopt : std::optional<int>(legal));
        const PromisedDeadline d = PromisedDeadline::forGuide(g, accepted, m_calendar);
        QCOMPARE(int(d.basis), basis);
        QCOMPARE(d.due.date, due);
        QCOMPARE(d.due.missingYears, missing);
        QCOMPARE(d.due.hasWarning(), !missing.isEmpty());
        if (d.due.hasWarning())
            QVERIFY(d.due.warning().contains(QStringLiteral("2027")));
        QVERIFY(!d.describe(accepted).isEmpty());
        if (due.isValid() && basis != int(PromisedDeadline::Basis::OnTheSpot))
            QVERIFY(d.describe(accepted).contains(due.toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(TestPromisedDeadline)
#include "tst_promiseddeadline.moc"
