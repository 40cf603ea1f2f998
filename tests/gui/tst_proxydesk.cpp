// 代办 in the real windows, offscreen, on a real store (in Chinese, as a hall runs it): the
// clerk gives a case to the agent 李强 from the case view; the agent, signed in, finds it as
// their only list (我的代办), may not open another case, and carries it through: the
// materials from the applicant (prefilled from the checks), a relay step, to the department's
// window, the licence back from it, back to the applicant, and the end — the chain and who
// holds the materials shown after every step.
#include "WindowFixture.h"

#include "cases/CaseDocumentsDialog.h"
#include "cases/HandoverDialog.h"
#include "cases/HandoverModel.h"
#include "cases/ProxyNoteDialog.h"
#include "cases/ProxyTakeDialog.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "worklist/WorklistListModel.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace onetrip;
using namespace onetrip::gui;

class TestProxyDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theClerkGivesTheCaseToAnAgent();
    void theAgentSeesOnlyTheirCase();
    void theAgentsFullRelay();
    void cleanupTestCase();

private:
    CaseDocumentsDialog *view(const QString &number)
    {
        if (Status opened = m_window->openCase(number); !opened)
            qFatal("open: %s", qPrintable(opened.message()));
        auto *tabs =
            m_window->caseDialog()->findChild<QTabWidget *>(QStringLiteral("detailTabWidget"));
        tabs->setCurrentWidget(
            m_window->caseDialog()->findChild<QWidget *>(QStringLiteral("proxyTab")));
        return m_window->caseDialog();
    }
    QString holderLine() const { return m_window->caseDialog()->proxyText(); }

    test::WindowFixture f;
    RecordingMessageBoxes m_boxes;
    MainWindow *m_window = nullptr;
    QString m_number, m_other;
    QString m_applicant;
};

void TestProxyDesk::initTestCase()
{
    MessageBoxes::install(&m_boxes);
    Translations::install(QStringLiteral("zh_CN"));
    QVERIFY(f.openStore(QDateTime(QDate(2026, 12, 1), QTime(9, 0))));
    auto r = f.service().confirm(f.intake(QStringLiteral("JN-SG08"), 12));
    QVERIFY2(r, qPrintable(r.message()));
    m_number = r->number;
    m_applicant = r->applicant.name;
    auto other = f.service().confirm(f.intake(QStringLiteral("JN-SG08"), 13));
    QVERIFY(other);
    m_other = other->number;
    QVERIFY(f.openWindow());
    m_window = &f.window();
}

void TestProxyDesk::theClerkGivesTheCaseToAnAgent()
{
    view(m_number);
    QVERIFY(test::caseViewButton(*m_window, "takeProxyPushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "handOverPushButton")->isVisible());
    QVERIFY2(holderLine().contains(QStringLiteral("未由代办员代办")), qPrintable(holderLine()));
    QTest::mouseClick(test::caseViewButton(*m_window, "takeProxyPushButton"), Qt::LeftButton);
    ProxyTakeDialog *take = m_window->proxyTakeDialog();
    QVERIFY(take);
    QCOMPARE(take->agentLogin(), QStringLiteral("agent01"));
    take->setPhone(QString());
    test::clickOk(take); // no phone
    QVERIFY2(test::errorShown(take).contains(QStringLiteral("电话")),
             qPrintable(test::errorShown(take)));
    take->setPhone(QStringLiteral("13800000012"));
    take->setScope({true, true, true});
    take->setCommitDate(QDate(2026, 12, 15));
    test::clickOk(take);
    QTRY_VERIFY(!m_window->proxyTakeDialog());
    const QString line = holderLine();
    QVERIFY2(line.contains(QStringLiteral("李强")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("材料现在在：申请人 ") + m_applicant), qPrintable(line));
    QVERIFY(!test::caseViewButton(*m_window, "takeProxyPushButton")->isVisible());
    // A clerk relays for the agent at the window too, but reassigns nothing.
    QVERIFY(test::caseViewButton(*m_window, "handOverPushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "reassignProxyPushButton")->isVisible());
    m_window->caseDialog()->close();
}

void TestProxyDesk::theAgentSeesOnlyTheirCase()
{
    QVERIFY(f.reopenWindowAs(QStringLiteral("agent01")));
    m_window = &f.window();
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    QVERIFY(m_window->showPage(u"worklists"));
    auto *page = m_window->findChild<WorklistPage *>();
    QVERIFY(page);
    auto *lists = page->findChild<QListView *>(QStringLiteral("listsListView"));
    auto *model = static_cast<WorklistListModel *>(lists->model());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), WorklistKind::MyProxyCases);
    auto *cases = page->findChild<QTableView *>(QStringLiteral("casesTableView"));
    QAbstractItemModelTester tester(cases->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    QCOMPARE(cases->model()->index(0, 0).data(WorklistModel::NumberRole).toString(), m_number);
    // Another case of the hall is not theirs, nor is a search over the applicants.
    QVERIFY(!m_window->openCase(m_other));
    QVERIFY(!m_window->caseDialog());
    const QString refused = m_boxes.messages.constLast().text;
    QVERIFY2(refused.contains(m_other) && refused.contains(QStringLiteral("代办")),
             qPrintable(refused));
    QVERIFY(!m_window->openCase(m_applicant));
    QVERIFY(!m_window->caseChooser());
}

void TestProxyDesk::theAgentsFullRelay()
{
    CaseDocumentsDialog *d = view(m_number);
    QVERIFY(!test::caseViewButton(*m_window, "takeProxyPushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "reassignProxyPushButton")->isVisible());
    QVERIFY(!test::caseViewButton(*m_window, "completeProxyPushButton")->isEnabled());
    QAbstractItemModelTester tester(d->handovers(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // 1. From the applicant: what the clerk checked in, with its copies.
    QTest::mouseClick(test::caseViewButton(*m_window, "handOverPushButton"), Qt::LeftButton);
    HandoverDialog *h = m_window->handoverDialog();
    QVERIFY(h);
    QCOMPARE(h->from().kind, Party::Kind::Applicant);
    QCOMPARE(h->to().id, QStringLiteral("agent01"));
    const QList<HandedMaterial> received = h->materials();
    QVERIFY(!received.isEmpty());
    // One row per material received at the window (those shared or not needed stay out).
    const auto provided =
        std::count_if(d->record().checks.cbegin(), d->record().checks.cend(),
                      [](const MaterialCheck &c) { return c.state == MaterialState::Provided; });
    QCOMPARE(received.size(), qsizetype(provided));
    QVERIFY(provided < d->record().checks.size());
    test::clickOk(h);
    QTRY_VERIFY(!m_window->handoverDialog());
    QVERIFY2(holderLine().contains(QStringLiteral("材料现在在：代办员 李强")),
             qPrintable(holderLine()));

    // A relay step at the department.
    QTest::mouseClick(test::caseViewButton(*m_window, "proxyStepPushButton"), Qt::LeftButton);
    ProxyNoteDialog *note = m_window->proxyNoteDialog();
    QVERIFY(note);
    note->setChoice(QStringLiteral("济南市市场监督管理局"));
    test::clickOk(note); // nothing written
    QVERIFY(!test::errorShown(note).isEmpty());
    note->setText(QStringLiteral("预约窗口，核对材料"));
    test::clickOk(note);
    QTRY_VERIFY(!m_window->proxyNoteDialog());

    // 2. To the department's window (a window with no name is refused).
    QTest::mouseClick(test::caseViewButton(*m_window, "handOverPushButton"), Qt::LeftButton);
    h = m_window->handoverDialog();
    QCOMPARE(h->from().kind, Party::Kind::Agent);
    h->setTo(Party::Kind::Department, QString());
    test::clickOk(h);
    QVERIFY(!test::errorShown(h).isEmpty());
    h->setTo(Party::Kind::Department, QStringLiteral("济南市市场监督管理局窗口"));
    QCOMPARE(h->materials(), received); // what the agent holds
    test::clickOk(h);
    QTRY_VERIFY(!m_window->handoverDialog());

    // 3. The licence back from the department; 4. to the applicant.
    QTest::mouseClick(test::caseViewButton(*m_window, "handOverPushButton"), Qt::LeftButton);
    h = m_window->handoverDialog();
    QCOMPARE(h->from().kind, Party::Kind::Department);
    h->setMaterials({{QStringLiteral("药品经营许可证正本"), 1}});
    test::clickOk(h);
    QTRY_VERIFY(!m_window->handoverDialog());
    QTest::mouseClick(test::caseViewButton(*m_window, "handOverPushButton"), Qt::LeftButton);
    h = m_window->handoverDialog();
    h->setTo(Party::Kind::Applicant);
    test::clickOk(h);
    QTRY_VERIFY(!m_window->handoverDialog());
    d = m_window->caseDialog();
    QCOMPARE(d->handovers()->rowCount(), 4);
    QCOMPARE(d->handovers()->index(3, HandoverModel::ToColumn).data().toString(),
             QStringLiteral("申请人 ") + m_applicant);
    QCOMPARE(d->handovers()->index(2, HandoverModel::MaterialsColumn).data().toString(),
             QStringLiteral("药品经营许可证正本 ×1"));

    // The end.
    QVERIFY(test::caseViewButton(*m_window, "completeProxyPushButton")->isEnabled());
    QTest::mouseClick(test::caseViewButton(*m_window, "completeProxyPushButton"), Qt::LeftButton);
    note = m_window->proxyNoteDialog();
    note->setText(QStringLiteral("许可证已交申请人本人"));
    test::clickOk(note);
    QTRY_VERIFY(!m_window->proxyNoteDialog());
    QVERIFY2(holderLine().contains(QStringLiteral("许可证已交申请人本人")),
             qPrintable(holderLine()));
    QVERIFY(!test::caseViewButton(*m_window, "handOverPushButton")->isVisible());
    QCOMPARE(m_window->caseDialog()->record().proxy->handovers.size(), 4);
    QVERIFY(m_window->caseDialog()->record().proxy->completed());
    m_window->caseDialog()->close();
}

void TestProxyDesk::cleanupTestCase()
{
    f.close();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestProxyDesk)
#include "tst_proxydesk.moc"
