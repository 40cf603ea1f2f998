// The steps after acceptance in the real case view, offscreen, on a real store: 分转 to the
// deciding department, the decision (a refusal without a number is refused, the dialog stays
// open), and 一口出 with the collector checked — a stranger's ID refused and masked, the
// applicant's taken (a second trip), an agent whose authorisation does not cover collecting
// refused, then the result sent by express instead.
#include "WindowFixture.h"

#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/CaseTimelineModel.h"
#include "cases/DecisionDialog.h"
#include "cases/HandOutDialog.h"
#include "cases/IntakeSample.h"
#include "cases/RouteDialog.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

class TestHandOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routeFromTheCaseView();
    void recordTheDecision();
    void handOutChecksTheCollector();
    void anAgentWithoutPickupIsRefusedExpressInstead();
    void cleanupTestCase();

private:
    QString accept(int applicant, std::optional<Agent> agent = std::nullopt);
    CaseDocumentsDialog *view(const QString &number);

    test::WindowFixture f;
    RecordingMessageBoxes m_boxes;
    MainWindow *m_window = nullptr;
    CaseService *m_service = nullptr;
    QString m_routed, m_personal, m_agent;
};

QString TestHandOut::accept(int applicant, std::optional<Agent> agent)
{
    auto r = f.service().confirm(f.intake(QStringLiteral("JN-SG08"), applicant, agent));
    if (!r)
        qFatal("accept: %s", qPrintable(r.message()));
    return r->number;
}

CaseDocumentsDialog *TestHandOut::view(const QString &number)
{
    if (Status opened = m_window->openCase(number); !opened)
        qFatal("open: %s", qPrintable(opened.message()));
    return m_window->caseDialog();
}

void TestHandOut::initTestCase()
{
    MessageBoxes::install(&m_boxes);
    Translations::install(QStringLiteral("zh_CN"));
    QVERIFY(f.openStore(QDateTime(QDate(2026, 12, 1), QTime(9, 0))));
    m_service = &f.service();
    m_routed = accept(1);
    m_personal = accept(2);
    m_agent = accept(3, Agent{QStringLiteral("赵代办"), IntakeSample::person(900).idNumber,
                              QStringLiteral("授权委托书（递交、补正）"),
                              QStringLiteral("13900000900"), false});
    f.clock().setNow(QDateTime(QDate(2026, 12, 10), QTime(10, 0)));
    QVERIFY(f.openWindow());
    m_window = &f.window();
}

void TestHandOut::routeFromTheCaseView()
{
    view(m_routed);
    QVERIFY(test::caseViewButton(*m_window, "routePushButton")->isVisible());
    QVERIFY(test::caseViewButton(*m_window, "decidePushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "handOutPushButton")->isVisible());
    QTest::mouseClick(test::caseViewButton(*m_window, "routePushButton"), Qt::LeftButton);
    RouteDialog *route = m_window->routeDialog();
    QVERIFY(route);
    // The case is due Tue 22 December: the department's day defaults to it, no later.
    QCOMPARE(route->due(), QDate(2026, 12, 22));
    route->setDue(QDate(2026, 12, 30));
    QCOMPARE(route->due(), QDate(2026, 12, 22));
    route->setDepartment(QString());
    test::clickOk(route);
    QVERIFY(!test::errorShown(route).isEmpty()); // no department: refused, the dialog stays
    QVERIFY(m_window->routeDialog());
    route->setDepartment(QStringLiteral("市市场监督管理局"));
    route->setDue(QDate(2026, 12, 18));
    test::clickOk(route);
    QTRY_VERIFY(!m_window->routeDialog());
    const QString progress =
        m_window->caseDialog()->findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(progress.contains(QStringLiteral("市市场监督管理局")), qPrintable(progress));
    QCOMPARE(m_window->caseDialog()->record().departmentDue, QDate(2026, 12, 18));
    m_window->caseDialog()->close();
}

void TestHandOut::recordTheDecision()
{
    view(m_personal);
    QTest::mouseClick(test::caseViewButton(*m_window, "decidePushButton"), Qt::LeftButton);
    DecisionDialog *decision = m_window->decisionDialog();
    QVERIFY(decision);
    decision->setApproved(false);
    decision->setNumber(QStringLiteral("历市监不许〔2026〕8号"));
    test::clickOk(decision); // a refusal without its reason
    QVERIFY(!test::errorShown(decision).isEmpty());
    QVERIFY(m_window->decisionDialog());
    decision->setApproved(true);
    decision->setNumber(QStringLiteral("鲁DA5310200123"));
    test::clickOk(decision);
    QTRY_VERIFY(!m_window->decisionDialog());
    QCOMPARE(m_window->caseDialog()->record().status, CaseStatus::Approved);
    QVERIFY(test::caseViewButton(*m_window, "handOutPushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "decidePushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "routePushButton")->isVisible());
}

void TestHandOut::handOutChecksTheCollector()
{
    QVERIFY(m_window->caseDialog());
    QTest::mouseClick(test::caseViewButton(*m_window, "handOutPushButton"), Qt::LeftButton);
    HandOutDialog *out = m_window->handOutDialog();
    QVERIFY(out);
    QCOMPARE(out->method(), HandOutMethod::Window);
    QCOMPARE(out->collector(), CollectorKind::Applicant);
    // Someone else's card: refused, the number masked in the message.
    const QString stranger = IntakeSample::person(901).idNumber;
    out->setTypedId(stranger);
    test::clickOk(out);
    const QString refused = test::errorShown(out);
    QVERIFY2(refused.contains(QStringLiteral("********")), qPrintable(refused));
    QVERIFY(!refused.contains(stranger));
    QCOMPARE(m_service->queries().open(m_personal)->status, CaseStatus::Approved);
    // The applicant's own.
    out->setTypedId(IntakeSample::person(2).idNumber);
    test::clickOk(out);
    QTRY_VERIFY(!m_window->handOutDialog());
    const CaseRecord r = m_window->caseDialog()->record();
    QCOMPARE(r.status, CaseStatus::HandedOut);
    QCOMPARE(r.trips, 2);
    const QString progress =
        m_window->caseDialog()->findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(progress.contains(IntakeSample::person(2).maskedId()), qPrintable(progress));
    QVERIFY(!progress.contains(IntakeSample::person(2).idNumber));
    QVERIFY(!test::caseViewButton(*m_window, "handOutPushButton")->isVisible());
    // The 出件签收单, selected in the view (the newest) for Ctrl+P.
    QCOMPARE(r.documents.constLast().kind, DocumentKind::HandOutReceipt);
    QCOMPARE(r.documents.constLast().data.collectorIdMasked, IntakeSample::person(2).maskedId());
    QCOMPARE(m_window->caseDialog()->currentDocument(), int(r.documents.size()) - 1);
    // The history: every step with who and when, the latest last.
    CaseTimelineModel *history = m_window->caseDialog()->timeline();
    QAbstractItemModelTester tester(history,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList what;
    for (int row = 0; row < history->rowCount(); ++row) {
        what << history->index(row, CaseTimelineModel::WhatColumn).data().toString();
        const QString who = history->index(row, CaseTimelineModel::WhoColumn).data().toString();
        QVERIFY2(who.contains(QStringLiteral("clerk01")) && who.contains(f.clerk().displayName),
                 qPrintable(who));
    }
    const QString all = what.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("鲁DA5310200123")), qPrintable(all));
    QVERIFY2(what.constLast().contains(r.documents.constLast().number), qPrintable(all));
    QVERIFY2(what.at(what.size() - 2).contains(IntakeSample::person(2).maskedId()),
             qPrintable(all));
    QVERIFY(!all.contains(IntakeSample::person(2).idNumber));
    m_window->caseDialog()->close();
}

void TestHandOut::anAgentWithoutPickupIsRefusedExpressInstead()
{
    QVERIFY(m_service->decide(m_agent, f.clerk(), true, QStringLiteral("鲁DA5310200124")));
    view(m_agent);
    QTest::mouseClick(test::caseViewButton(*m_window, "handOutPushButton"), Qt::LeftButton);
    HandOutDialog *out = m_window->handOutDialog();
    QVERIFY(out);
    out->setCollector(CollectorKind::Agent);
    out->setTypedId(IntakeSample::person(900).idNumber);
    test::clickOk(out);
    QVERIFY2(test::errorShown(out).contains(QStringLiteral("赵代办")),
             qPrintable(test::errorShown(out)));
    QCOMPARE(m_service->queries().open(m_agent)->status, CaseStatus::Approved);
    out->setMethod(HandOutMethod::Express);
    out->setExpress(QStringLiteral("济南市历下区泉城路3号"), QStringLiteral("中国邮政 EMS"),
                    QStringLiteral("EA123456789CN"));
    test::clickOk(out);
    QTRY_VERIFY(!m_window->handOutDialog());
    const CaseRecord r = m_window->caseDialog()->record();
    QCOMPARE(r.status, CaseStatus::HandedOut);
    QCOMPARE(r.handOut->tracking, QStringLiteral("EA123456789CN"));
    QCOMPARE(r.trips, 1);
    QVERIFY(m_boxes.messages.isEmpty());
    m_window->caseDialog()->close();
}

void TestHandOut::cleanupTestCase()
{
    f.close();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestHandOut)
#include "tst_handout.moc"
