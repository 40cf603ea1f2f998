// The rules one intake must pass before an outcome is confirmed (Intake), table-driven over
// the shipped Jinan guides, without widgets: the same rules the screen, the command line and
// the case service enforce.
#include "TestSupport.h"

#include "calendar/CalendarJson.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogJson.h"
#include "intake/Intake.h"

#include <QTest>

using namespace onetrip;

namespace {

QString where(IntakeIssue::Where w)
{
    switch (w) {
    case IntakeIssue::Where::Row:
        return QStringLiteral("row");
    case IntakeIssue::Where::Applicant:
        return QStringLiteral("applicant");
    case IntakeIssue::Where::Agent:
        return QStringLiteral("agent");
    case IntakeIssue::Where::Outcome:
        return QStringLiteral("outcome");
    case IntakeIssue::Where::Decline:
        return QStringLiteral("decline");
    }
    return {};
}

} // namespace

class TestIntakeRules : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    WorkdayCalendar m_calendar;

    ServiceGuide guide(const QString &code) const
    {
        for (const ServiceGuide &g : m_catalog.guides) {
            if (g.code == code)
                return g;
        }
        qFatal("no guide %s", qPrintable(code));
    }

    // JN-SG08 for a person, every material in order.
    Intake complete() const
    {
        Intake intake({guide(QStringLiteral("JN-SG08"))});
        intake.setChecks(IntakeSample::completeChecks(intake.rows()));
        intake.setApplicant(IntakeSample::person(3));
        return intake;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto read =
            CatalogJson::readFile(test::dataFile(QStringLiteral("catalog/jinan-guides.json")));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
        m_catalog = read.catalog;
        const auto calendar =
            CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        QVERIFY(calendar.ok());
        m_calendar = WorkdayCalendar(calendar.file.years);
    }

    void issues_data()
    {
        QTest::addColumn<QString>("row");   // JN-SG08 row changed, "" for none
        QTest::addColumn<QString>("state"); // its new state
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("change"); // "bad-id", "bad-agent", "flagged", "" ...
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("expected"); // "where:row" of each issue, in order
        QTest::newRow("complete, accepted") << ""
                                            << ""
                                            << ""
                                            << ""
                                            << ""
                                            << "accept"
                                            << "";
        QTest::newRow("defective without a defect") << "JN-SG08/m03"
                                                    << "defective"
                                                    << ""
                                                    << ""
                                                    << ""
                                                    << "correction-needed"
                                                    << "row:JN-SG08/m03";
        QTest::newRow("defect other without a note") << "JN-SG08/m03"
                                                     << "defective"
                                                     << "other"
                                                     << " "
                                                     << ""
                                                     << "correction-needed"
                                                     << "row:JN-SG08/m03";
        QTest::newRow("defect other with a note") << "JN-SG08/m03"
                                                  << "defective"
                                                  << "other"
                                                  << "复印件缺页"
                                                  << ""
                                                  << "correction-needed"
                                                  << "";
        QTest::newRow("defect expired needs no note") << "JN-SG08/m03"
                                                      << "defective"
                                                      << "expired"
                                                      << ""
                                                      << ""
                                                      << "correction-needed"
                                                      << "";
        QTest::newRow("a missing material is not accepted") << "JN-SG08/m01"
                                                            << "missing"
                                                            << ""
                                                            << ""
                                                            << ""
                                                            << "accept"
                                                            << "outcome:";
        QTest::newRow("defect missing and not accepted either") << "JN-SG08/m01"
                                                                << "defective"
                                                                << ""
                                                                << ""
                                                                << ""
                                                                << "accept"
                                                                << "row:JN-SG08/m01 outcome:";
        QTest::newRow("invalid applicant ID") << ""
                                              << ""
                                              << ""
                                              << ""
                                              << "bad-id"
                                              << "accept"
                                              << "applicant:";
        QTest::newRow("invalid agent ID") << ""
                                          << ""
                                          << ""
                                          << ""
                                          << "bad-agent"
                                          << "accept"
                                          << "agent:";
        QTest::newRow("flagged applicant: no deferral") << "JN-SG08/m06"
                                                        << "deferred"
                                                        << ""
                                                        << ""
                                                        << "flagged"
                                                        << "accept-with-deferral"
                                                        << "outcome:";
        QTest::newRow("deferral signed") << "JN-SG08/m06"
                                         << "deferred"
                                         << ""
                                         << ""
                                         << ""
                                         << "accept-with-deferral"
                                         << "";
        QTest::newRow("decline without reason") << ""
                                                << ""
                                                << ""
                                                << ""
                                                << ""
                                                << "decline"
                                                << "decline:";
        QTest::newRow("decline with reason and where to go") << ""
                                                             << ""
                                                             << ""
                                                             << ""
                                                             << "reasoned"
                                                             << "decline"
                                                             << "";
        QTest::newRow("unfinished check: nothing but a decline") << "JN-SG08/m02"
                                                                 << "pending"
                                                                 << ""
                                                                 << ""
                                                                 << ""
                                                                 << "correction-needed"
                                                                 << "outcome:";
    }
    void issues()
    {
        QFETCH(QString, row);
        QFETCH(QString, state);
        QFETCH(QString, defect);
        QFETCH(QString, note);
        QFETCH(QString, change);
        QFETCH(QString, outcome);
        QFETCH(QString, expected);
        Intake intake = complete();
        if (!row.isEmpty()) {
            MaterialCheck c;
            c.rowKey = row;
            c.state = *materialStateFromKey(state);
            c.copiesReceived = c.state == MaterialState::Provided ? 1 : 0;
            if (!defect.isEmpty())
                c.defect = defectReasonFromKey(defect);
            c.note = note;
            QVERIFY(intake.setCheck(c));
        }
        intake.setDeferral(true, 3);
        DeclineDecision decline;
        if (change == QLatin1String("bad-id")) {
            Applicant a = intake.applicant();
            a.idNumber[17] = a.idNumber.at(17) == u'1' ? u'2' : u'1'; // wrong check digit
            intake.setApplicant(a);
        } else if (change == QLatin1String("bad-agent")) {
            intake.setAgent(Agent{QStringLiteral("李四"), QStringLiteral("37010219900101123"),
                                  QStringLiteral("授权委托书"), QString()});
        } else if (change == QLatin1String("flagged")) {
            intake.setFalseCommitmentFlagged(true);
        } else if (change == QLatin1String("reasoned")) {
            decline = DeclineDecision{QStringLiteral("不属于本中心受理范围"),
                                      QStringLiteral("市行政审批服务局")};
        }
        const QList<IntakeIssue> issues =
            intake.issuesFor(*outcomeFromKey(outcome), QDate(2026, 11, 2), decline);
        QStringList got;
        for (const IntakeIssue &i : issues) {
            got << where(i.where) + u':' + i.rowKey;
            QVERIFY(!i.message.trimmed().isEmpty());
        }
        QCOMPARE(got.join(u' '), expected);
    }

    // Messages name the material, so the clerk knows where to look.
    void rowIssueNamesTheMaterial()
    {
        Intake intake = complete();
        MaterialCheck c;
        c.rowKey = QStringLiteral("JN-SG08/m03");
        c.state = MaterialState::Defective;
        QVERIFY(intake.setCheck(c));
        const QList<IntakeIssue> issues = intake.checkIssues();
        QCOMPARE(issues.size(), 1);
        const ChecklistRow *r = Checklist::find(intake.rows(), c.rowKey);
        QVERIFY(r);
        QVERIFY2(issues.constFirst().message.contains(r->material.name),
                 qPrintable(issues.constFirst().message));
    }

    // Answers decide the rows: a dropped row's check goes, a kept row's stays; a row not on
    // the list is set aside and named by the verdict.
    void answersAndUnknownRows()
    {
        Intake intake({guide(QStringLiteral("JN-SG08"))},
                      {{QStringLiteral("applicant"), QStringLiteral("agent")}});
        const int withAgent = int(intake.rows().size());
        intake.setChecks(IntakeSample::completeChecks(intake.rows()));
        const QStringList ignored = intake.setChecks(
            {MaterialCheck{QStringLiteral("JN-SG08/m99"), MaterialState::Provided, 1, {}, {}}});
        QCOMPARE(ignored, QStringList{QStringLiteral("JN-SG08/m99")});
        QVERIFY(intake.verdict().reasons.join(u' ').contains(QStringLiteral("m99")));
        intake.setAnswers({{QStringLiteral("applicant"), QStringLiteral("self")}});
        QCOMPARE(int(intake.rows().size()), withAgent - 1);
        QCOMPARE(intake.checks().size(), intake.rows().size());
        for (const MaterialCheck &c : intake.checks())
            QVERIFY(c.state != MaterialState::Pending); // the kept rows kept their checks
        QVERIFY(!Checklist::find(intake.rows(), QStringLiteral("JN-SG08/m07")));
    }

    // The due date of an acceptance: the last item of a bundle, the warning of any year the
    // calendar lacks. Expected dates counted by hand (2026 notice; 2027 plain weekdays).
    void acceptanceDue_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QDate>("acceptedOn");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("warning");
        QTest::newRow("JN-SG08 across National Day")
            << QStringList{QStringLiteral("JN-SG08")} << QDate(2026, 9, 30) << QDate(2026, 10, 27)
            << false;
        QTest::newRow("JN-SG08 into 2027") << QStringList{QStringLiteral("JN-SG08")}
                                           << QDate(2026, 12, 28) << QDate(2027, 1, 18) << true;
        QTest::newRow("JN-SG02 on the spot") << QStringList{QStringLiteral("JN-SG02")}
                                             << QDate(2026, 11, 2) << QDate(2026, 11, 2) << false;
        QTest::newRow("on the spot with JN-SG08: the later one")
            << QStringList{QStringLiteral("JN-SG02"), QStringLiteral("JN-SG08")}
            << QDate(2026, 11, 2) << QDate(2026, 11, 23) << false;
    }
    void acceptanceDue()
    {
        QFETCH(QStringList, items);
        QFETCH(QDate, acceptedOn);
        QFETCH(QDate, due);
        QFETCH(bool, warning);
        QList<ServiceGuide> guides;
        for (const QString &code : items)
            guides << guide(code);
        const PromisedDeadline d = Intake(guides).acceptanceDue(acceptedOn, m_calendar);
        QCOMPARE(d.due.date, due);
        QCOMPARE(d.due.hasWarning(), warning);
    }
};

QTEST_GUILESS_MAIN(TestIntakeRules)
#include "tst_intakerules.moc"
