// 好差评 and the ID reveal in the real case view, offscreen, on a real store (in Chinese, as a
// hall runs it): the clerk records a visit's 差评 (the follow-up due Tue 8 December, five
// working days after Tue 1), is refused the 回访 of their own rating (the dialog stays open
// with the reason), the supervisor makes it, the clerk records the 整改, the supervisor the
// rater's view — closed; only the supervisor sees the appeal button. Showing the full ID
// asks for a reason, then shows the number and lists the reveal in the history.
#include "WindowFixture.h"

#include "cases/CaseCheckModel.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseTimelineModel.h"
#include "cases/CaseVisitModel.h"
#include "cases/ComplaintFollowUpDialog.h"
#include "cases/RatingDialog.h"
#include "cases/RevealIdDialog.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace onetrip;
using namespace onetrip::gui;

class TestRatingDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theClerkRecordsABadRating();
    void theFollowUpToItsEnd();
    void showingTheFullIdAsksWhy();
    void theChecksAreListed();
    void cleanupTestCase();

private:
    CaseDocumentsDialog *view()
    {
        if (Status opened = m_window->openCase(m_number); !opened)
            qFatal("open: %s", qPrintable(opened.message()));
        // The clerk turns to the visits tab, as at the window.
        auto *tabs =
            m_window->caseDialog()->findChild<QTabWidget *>(QStringLiteral("detailTabWidget"));
        tabs->setCurrentWidget(
            m_window->caseDialog()->findChild<QWidget *>(QStringLiteral("visitsTab")));
        return m_window->caseDialog();
    }
    QString cell(int column) const
    {
        CaseVisitModel *visits = m_window->caseDialog()->visits();
        return visits->index(0, column).data().toString();
    }
    void signIn(const char *login)
    {
        auto user =
            UserRepository(f.db()).authenticate(QLatin1String(login), QStringLiteral("demo"));
        if (!user)
            qFatal("sign in: %s", qPrintable(user.message()));
        f.context().setUser(user.value());
    }

    test::WindowFixture f;
    RecordingMessageBoxes m_boxes;
    MainWindow *m_window = nullptr;
    QString m_number;
};

void TestRatingDesk::initTestCase()
{
    MessageBoxes::install(&m_boxes);
    Translations::install(QStringLiteral("zh_CN"));
    QVERIFY(f.openStore(QDateTime(QDate(2026, 12, 1), QTime(9, 0))));
    auto r = f.service().confirm(f.intake(QStringLiteral("JN-SG08"), 11));
    QVERIFY2(r, qPrintable(r.message()));
    m_number = r->number;
    f.clock().setNow(QDateTime(QDate(2026, 12, 1), QTime(9, 30)));
    QVERIFY(f.openWindow());
    m_window = &f.window();
}

void TestRatingDesk::theClerkRecordsABadRating()
{
    CaseDocumentsDialog *d = view();
    QAbstractItemModelTester tester(d->visits(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(d->visits()->rowCount(), 1);
    QCOMPARE(cell(CaseVisitModel::RatingColumn), QStringLiteral("未评价"));
    QCOMPARE(d->currentTrip(), 1);
    QVERIFY(test::caseViewButton(*m_window, "ratePushButton")->isEnabled());
    QVERIFY(!test::caseViewButton(*m_window, "followUpPushButton")->isEnabled());
    QVERIFY(!test::caseViewButton(*m_window, "appealPushButton")->isVisible()); // a clerk's view
    QTest::mouseClick(test::caseViewButton(*m_window, "ratePushButton"), Qt::LeftButton);
    RatingDialog *rating = m_window->ratingDialog();
    QVERIFY(rating);
    rating->setLevel(RatingLevel::Dissatisfied);
    rating->setSub({2, 4, 1});
    rating->setComment(QStringLiteral("窗口说的材料和网上不一样"));
    test::clickOk(rating);
    QTRY_VERIFY(!m_window->ratingDialog());
    d = m_window->caseDialog();
    QCOMPARE(cell(CaseVisitModel::RatingColumn), QStringLiteral("不满意"));
    const QString followUp = cell(CaseVisitModel::FollowUpColumn);
    QVERIFY2(followUp.startsWith(QStringLiteral("整改中")), qPrintable(followUp));
    QVERIFY2(followUp.contains(QLocale().toString(QDate(2026, 12, 8), QLocale::ShortFormat)),
             qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("● 正常")), qPrintable(followUp));
    const QString detail = d->ratingDetailText();
    QVERIFY2(detail.contains(QStringLiteral("窗口说的材料和网上不一样")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("（办事效率 2★，服务态度 4★，指引准确 1★）")),
             qPrintable(detail));
    QVERIFY(
        !test::caseViewButton(*m_window, "ratePushButton")->isEnabled()); // one rating per visit
    QVERIFY(test::caseViewButton(*m_window, "followUpPushButton")->isEnabled());
}

void TestRatingDesk::theFollowUpToItsEnd()
{
    // The rated clerk may not make the return visit: refused, the dialog stays with why.
    view();
    QTest::mouseClick(test::caseViewButton(*m_window, "followUpPushButton"), Qt::LeftButton);
    ComplaintFollowUpDialog *step = m_window->complaintFollowUpDialog();
    QVERIFY(step);
    QCOMPARE(step->step(), ComplaintFollowUpKind::ReturnVisit);
    step->setText(QStringLiteral("电话联系申请人"));
    test::clickOk(step);
    QVERIFY2(test::errorShown(step).contains(QStringLiteral("被评价的窗口人员")),
             qPrintable(test::errorShown(step)));
    step->close();
    QTRY_VERIFY(!m_window->complaintFollowUpDialog());

    signIn("super01");
    f.clock().setNow(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    view();
    QVERIFY(test::caseViewButton(*m_window, "appealPushButton")->isVisible());
    QVERIFY(test::caseViewButton(*m_window, "appealPushButton")->isEnabled());
    QTest::mouseClick(test::caseViewButton(*m_window, "followUpPushButton"), Qt::LeftButton);
    step = m_window->complaintFollowUpDialog();
    step->setText(QStringLiteral("电话回访：网上清单未更新"));
    test::clickOk(step);
    QTRY_VERIFY(!m_window->complaintFollowUpDialog());

    signIn("clerk01");
    view();
    QTest::mouseClick(test::caseViewButton(*m_window, "followUpPushButton"), Qt::LeftButton);
    step = m_window->complaintFollowUpDialog();
    QCOMPARE(step->step(), ComplaintFollowUpKind::Rectification); // the next step offered
    step->setText(QStringLiteral("网上办事指南已与窗口清单统一"));
    test::clickOk(step);
    QTRY_VERIFY(!m_window->complaintFollowUpDialog());

    signIn("super01");
    view();
    QTest::mouseClick(test::caseViewButton(*m_window, "followUpPushButton"), Qt::LeftButton);
    step = m_window->complaintFollowUpDialog();
    QCOMPARE(step->step(), ComplaintFollowUpKind::RaterView);
    step->setText(QStringLiteral("申请人表示认可"));
    step->setOutcome(true);
    test::clickOk(step);
    QTRY_VERIFY(!m_window->complaintFollowUpDialog());
    QCOMPARE(cell(CaseVisitModel::FollowUpColumn), QStringLiteral("整改办结"));
    QVERIFY(!test::caseViewButton(*m_window, "followUpPushButton")->isEnabled());
    QVERIFY(!test::caseViewButton(*m_window, "appealPushButton")->isEnabled());
    const QString detail = m_window->caseDialog()->ratingDetailText();
    QVERIFY2(detail.contains(QStringLiteral("回访 · 张华：电话回访：网上清单未更新")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("整改 · 王敏：网上办事指南已与窗口清单统一")),
             qPrintable(detail));
    m_window->caseDialog()->close();
    signIn("clerk01");
}

void TestRatingDesk::showingTheFullIdAsksWhy()
{
    const QString id = IntakeSample::person(11).idNumber;
    CaseDocumentsDialog *d = view();
    QVERIFY(!d->headerText().contains(id));
    QTest::mouseClick(test::caseViewButton(*m_window, "revealIdPushButton"), Qt::LeftButton);
    RevealIdDialog *reveal = m_window->revealIdDialog();
    QVERIFY(reveal);
    test::clickOk(reveal); // no reason
    QVERIFY(!test::errorShown(reveal).isEmpty());
    QVERIFY(!m_window->caseDialog()->headerText().contains(id));
    reveal->setReason(QStringLiteral("申请人来电核对身份"));
    test::clickOk(reveal);
    QTRY_VERIFY(!m_window->revealIdDialog());
    d = m_window->caseDialog();
    QVERIFY2(d->headerText().contains(id), qPrintable(d->headerText()));
    const CaseTimelineModel *history = d->timeline();
    const QString last =
        history->index(history->rowCount() - 1, CaseTimelineModel::WhatColumn).data().toString();
    QCOMPARE(last, QStringLiteral("已查看申请人完整证件号码：申请人来电核对身份"));
    // Opened again: masked again until the next recorded reveal.
    d->close();
    QVERIFY(!view()->headerText().contains(id));
    m_window->caseDialog()->close();
}

void TestRatingDesk::theChecksAreListed()
{
    CaseDocumentsDialog *d = view();
    QAbstractItemModelTester tester(d->checks(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CaseRecord &r = d->record();
    QCOMPARE(d->checks()->rowCount(), int(r.checks.size()));
    QVERIFY(d->checks()->rowCount() > 0);
    for (int row = 0; row < d->checks()->rowCount(); ++row) {
        const MaterialCheck &c = r.checks.at(row);
        QCOMPARE(d->checks()->index(row, CaseCheckModel::MaterialColumn).data().toString(),
                 r.materialNames.value(c.rowKey));
        QCOMPARE(d->checks()->index(row, CaseCheckModel::StateColumn).data().toString(),
                 displayName(c.state));
    }
    d->close();
}

void TestRatingDesk::cleanupTestCase()
{
    f.close();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestRatingDesk)
#include "tst_ratingdesk.moc"
