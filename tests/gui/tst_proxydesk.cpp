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
#include "printing/DocumentRenderer.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistListModel.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

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
    // The document the case view selects (the newest: what Ctrl+P prints).
    const CaseDocument &selectedDocument() const
    {
        const CaseDocumentsDialog *d = m_window->caseDialog();
        return d->record().documents.at(d->currentDocument());
    }
    // The selected document as the clerk exports it, read back with pdftotext.
    QString selectedPdfText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.pdf"));
        if (Status s =
                m_window->caseDialog()->exportPdf(m_window->caseDialog()->currentDocument(), path);
            !s)
            return s.message();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            return {};
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QLatin1Char(' '));
    }

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
    take->setScope({true, false, true}); // corrections not delegated: the 委托书 must say so
    take->setCommitDate(QDate(2026, 12, 15));
    test::clickOk(take);
    QTRY_VERIFY(!m_window->proxyTakeDialog());
    const QString line = holderLine();
    QVERIFY2(line.contains(QStringLiteral("李强")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("材料现在在：申请人 ") + m_applicant), qPrintable(line));
    QVERIFY(!test::caseViewButton(*m_window, "takeProxyPushButton")->isVisible());
    // The 代办委托书 is issued and selected for printing: signed by the applicant and the agent.
    QCOMPARE(selectedDocument().kind, DocumentKind::ProxyAuthorisation);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("代办委托书")),
             qPrintable(m_window->statusBar()->currentMessage()));
    const QString authorisation = selectedPdfText();
    for (const QString &part :
         {QStringLiteral("代办委托书"), QStringLiteral("李强"), QStringLiteral("13800000012"),
          QStringLiteral("2026年12月15日"), QStringLiteral("委托人签字"), m_applicant})
        QVERIFY2(authorisation.contains(part), qPrintable(part + u'\n' + authorisation));
    // Exactly what was delegated, row by row: submission and pickup, not corrections.
    for (const auto &[row, delegated] :
         {std::pair{"递交申请材料", "委托"}, {"补正材料", "不委托"}, {"领取办理结果", "委托"}}) {
        const QRegularExpression scopeRow(
            QStringLiteral("%1\\s*%2(\\s|$)")
                .arg(QString::fromUtf8(row), QString::fromUtf8(delegated)));
        QVERIFY2(scopeRow.match(authorisation).hasMatch(),
                 qPrintable(QString::fromUtf8(row) + u'\n' + authorisation));
    }
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
    // The agent's desk: their 代办 by commitment date (Tue 15 Dec, ten working days off:
    // green today), none due today; the 代办 list's light column says the same.
    auto *desk = qobject_cast<DeskPage *>(m_window->page(u"desk"));
    QVERIFY(desk);
    QVERIFY(desk->lightButton(DeadlineLight::Green)->isVisible());
    QTRY_VERIFY(!desk->isCounting()); // counted on a thread of its own
    QVERIFY2(desk->lightButton(DeadlineLight::Green)->text().endsWith(QStringLiteral("：1")),
             qPrintable(desk->lightButton(DeadlineLight::Green)->text()));
    QVERIFY2(desk->lightButton(DeadlineLight::Red)->text().endsWith(QStringLiteral("：0")),
             qPrintable(desk->lightButton(DeadlineLight::Red)->text()));
    QVERIFY2(desk->dueTodayButton()->text().endsWith(QStringLiteral("：0")),
             qPrintable(desk->dueTodayButton()->text()));
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
    QCOMPARE(cases->model()->index(0, WorklistModel::LightColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("代办员承诺的办结日期"));
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
    // Each link printed its 交接单 for both sides; the newest is the last link's.
    QCOMPARE(selectedDocument().kind, DocumentKind::HandoverSlip);
    QCOMPARE(selectedDocument().data.proxyLink, 3);
    const QString slip = selectedPdfText();
    for (const QString &part :
         {QStringLiteral("材料交接单"), QStringLiteral("代办员李强"),
          QString(QStringLiteral("申请人") + m_applicant), QStringLiteral("药品经营许可证正本"),
          QStringLiteral("第4次交接"), QStringLiteral("交出方签字"), QStringLiteral("接收方签字")})
        QVERIFY2(slip.contains(part), qPrintable(part + u'\n' + slip));

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
    // The agent issued a 交接单 for every link and the 办结单 at the end; no other paper.
    QStringList kinds;
    for (const CaseDocument &doc : m_window->caseDialog()->record().documents) {
        if (doc.data.proxy)
            kinds << DocumentRenderer::displayName(doc.kind);
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("代办委托书"), QStringLiteral("材料交接单"),
                                 QStringLiteral("材料交接单"), QStringLiteral("材料交接单"),
                                 QStringLiteral("材料交接单"), QStringLiteral("代办办结单")}));
    QCOMPARE(selectedDocument().kind, DocumentKind::ProxyCompletion);
    const QString end = selectedPdfText();
    for (const QString &part :
         {QStringLiteral("代办办结单"), QStringLiteral("共4次"), QStringLiteral("按期办结"),
          QStringLiteral("许可证已交申请人本人"), QStringLiteral("济南市市场监督管理局")})
        QVERIFY2(end.contains(part), qPrintable(part + u'\n' + end));
    m_window->caseDialog()->close();
}

void TestProxyDesk::cleanupTestCase()
{
    f.close();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestProxyDesk)
#include "tst_proxydesk.moc"
