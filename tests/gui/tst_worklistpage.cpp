// The 工作台 and the worklists in the real main window, offscreen, on a real store: 120
// accepted cases, a correction notice, a 容缺 case whose supplement (3 working days from
// Tue 1 December 2026) is overdue by Mon 7 December, and materials received on the 1st
// whose notice window ends Tue 8 December. The desk counts each list and opens it; the
// worklist page pages as the view scrolls, filters, sorts by its headers and opens a case
// with Enter; a case saved elsewhere shows up without a click. The open-case field finds
// names and IDs (a chooser for several); a scanner's burst opens a case from any field.
#include "WindowFixture.h"

#include "cases/CaseChooserDialog.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseHitModel.h"
#include "cases/CaseService.h"
#include "cases/IntakeSample.h"
#include "cases/ScannerInput.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "intake/IntakePage.h"
#include "intake/VerdictEngine.h"
#include "main/MainWindow.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "storage/SettingTable.h"
#include "worklist/CaseClockIndex.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/DeskCounter.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistListModel.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistPage.h"
#include "worklist/WorklistSource.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

class TestWorklistPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deskCountsEveryListAndOpensIt();
    void theDeskCountsOnAThreadOfItsOwn();
    void modelsPassTheTester();
    void pagesLoadAsTheViewScrolls();
    void filtersAndSorting();
    void enterOpensTheCase();
    void aPublishedCalendarIsCountedInTheBackground();
    void aRowShowsItsNewDueDayWhileTheIndexIsCounted();
    void aFailedBackgroundCountIsToldOnce();
    void aCaseSavedElsewhereShowsUp();
    void openFieldSearchesNamesAndIds();
    void aScanIntoAnUnrelatedFieldOpensTheCase();
    void typingByHandIsNoScan();
    void aScannedNoticeReopensTheCaseForResubmission();
    void cleanupTestCase();

private:
    WorklistPage *worklists() const
    {
        return qobject_cast<WorklistPage *>(m_window->page(u"worklists"));
    }
    DeskPage *desk() const { return qobject_cast<DeskPage *>(m_window->page(u"desk")); }
    QTableView *table() const
    {
        return worklists()->findChild<QTableView *>(QStringLiteral("casesTableView"));
    }
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

    // The calendar in use with more weekdays of 2026 off (a published holiday).
    WorkdayCalendar withDaysOff(const QList<QDate> &days) const
    {
        WorkdayCalendar calendar = m_context->calendar();
        CalendarYear y2026 = calendar.year(2026).value();
        y2026.weekdayOffDays << days;
        calendar.setYear(y2026);
        return calendar;
    }
    static WorklistFilter dueOn(QDate day)
    {
        WorklistFilter f;
        f.dueFrom = f.dueUntil = day;
        return f;
    }
    // The keeper counts the 122 cases a deadline runs in on its thread, as it would the
    // thousands of a lived store, until the guard is gone.
    auto countedInTheBackground()
    {
        m_context->clockIndex().setWindowLimit(100);
        return qScopeGuard(
            [this] { m_context->clockIndex().setWindowLimit(ClockIndexKeeper::kWindowLimit); });
    }

    // What the store's deadline index was last counted with (CaseClockIndex::basis).
    QString storedBasis() const
    {
        auto stored =
            SettingTable::value(m_context->database(), QStringLiteral("worklist.clock-basis"));
        return stored ? stored.value().value_or(QString()) : stored.message();
    }

    test::WindowFixture f;
    RecordingMessageBoxes m_boxes;
    MainWindow *m_window = nullptr;
    CaseService *m_service = nullptr;
    AppContext *m_context = nullptr;
    QString m_deferred, m_received, m_correction, m_notice;
};

void TestWorklistPage::initTestCase()
{
    MessageBoxes::install(&m_boxes);
    Translations::install(QStringLiteral("zh_CN"));
    QVERIFY(f.openStore(QDateTime(QDate(2026, 12, 1), QTime(9, 0))));
    m_service = &f.service();
    const User &clerk = f.clerk();

    QList<IntakeConfirmation> accepted;
    for (int n = 1; n <= 120; ++n)
        accepted << IntakeSample::acceptance(f.guides(QStringLiteral("JN-SG08")),
                                             IntakeSample::person(n), clerk);
    QVERIFY(m_service->confirmAll(accepted));

    IntakeConfirmation notice = IntakeSample::acceptance(f.guides(QStringLiteral("JN-SG24")),
                                                         IntakeSample::person(200), clerk);
    notice.checks =
        IntakeSample::with(notice.checks, QStringLiteral("JN-SG24/m01"), MaterialState::Missing);
    notice.verdict = VerdictEngine::evaluate(
        IntakeRequest{notice.guides, notice.answers, notice.checks, false, false, 0});
    notice.outcome = Outcome::CorrectionNeeded;
    auto noticed = m_service->confirm(notice);
    QVERIFY2(noticed, qPrintable(noticed.describe()));
    m_correction = noticed->number;
    m_notice = noticed->latestDocument(DocumentKind::CorrectionNotice)->number;

    IntakeConfirmation deferral = IntakeSample::acceptance(f.guides(QStringLiteral("JN-SG08")),
                                                           IntakeSample::person(201), clerk);
    deferral.commitmentSigned = true;
    deferral.supplementDays = 3;
    deferral.checks =
        IntakeSample::with(deferral.checks, QStringLiteral("JN-SG08/m05"), MaterialState::Deferred);
    deferral.verdict = VerdictEngine::evaluate(
        IntakeRequest{deferral.guides, deferral.answers, deferral.checks, false, true, 3});
    deferral.outcome = Outcome::AcceptWithDeferral;
    auto deferred = m_service->confirm(deferral);
    QVERIFY2(deferred, qPrintable(deferred.describe()));
    m_deferred = deferred->number;

    auto received = m_service->receive(IntakeSample::acceptance(f.guides(QStringLiteral("JN-SG08")),
                                                                IntakeSample::person(202), clerk));
    QVERIFY2(received, qPrintable(received.describe()));
    m_received = received->number;

    // A week later. Nobody ends the overdue 容缺 case in this test: no sweep runs.
    f.clock().setNow(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    QVERIFY(f.openWindow());
    m_window = &f.window();
    m_context = &f.context();
}

void TestWorklistPage::deskCountsEveryListAndOpensIt()
{
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    QVERIFY(desk()->isVisible());
    QTRY_VERIFY(!desk()->isCounting()); // counted on a thread of its own
    // Counted by hand: 120 accepted + the 容缺 case in progress; the notice and the received
    // materials wait for correction; the supplement (due Fri 4) is late; the notice window
    // of the received materials (Tue 8) is yellow today and falls due tomorrow.
    auto text = [this](WorklistKind kind) { return desk()->listButton(kind)->text(); };
    QCOMPARE(text(WorklistKind::All), QStringLiteral("全部办件：123"));
    QCOMPARE(text(WorklistKind::InProgress), QStringLiteral("办理中：121"));
    QCOMPARE(text(WorklistKind::Correction), QStringLiteral("待补正：2"));
    QCOMPARE(text(WorklistKind::Supplement), QStringLiteral("容缺待补：1"));
    QCOMPARE(text(WorklistKind::Overdue), QStringLiteral("已超期：1"));
    QCOMPARE(text(WorklistKind::Ended), QStringLiteral("终止与撤回：0"));
    // Seen today by nobody: the cases were taken in a week ago.
    QCOMPARE(text(WorklistKind::MineToday), QStringLiteral("我今天的办件：0"));
    QVERIFY2(desk()->lightButton(DeadlineLight::Green)->text().endsWith(QStringLiteral("：121")),
             qPrintable(desk()->lightButton(DeadlineLight::Green)->text()));
    QVERIFY(desk()->lightButton(DeadlineLight::Red)->text().endsWith(QStringLiteral("：0")));
    QVERIFY2(desk()->dueTodayButton()->text().endsWith(QStringLiteral("：0")),
             qPrintable(desk()->dueTodayButton()->text()));
    QVERIFY2(desk()->dueNextButton()->text().endsWith(QStringLiteral("：1")),
             qPrintable(desk()->dueNextButton()->text()));
    QVERIFY(child<QLabel>("deskSyncLabel")->text().contains(QStringLiteral("单机")));

    // The overdue figure opens that list.
    QTest::mouseClick(desk()->listButton(WorklistKind::Overdue), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), QStringLiteral("worklists"));
    QCOMPARE(worklists()->currentList(), WorklistKind::Overdue);
    WorklistModel *model = worklists()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0).number, m_deferred);
    const QString light =
        model->index(0, WorklistModel::LightColumn).data(Qt::DisplayRole).toString();
    QVERIFY2(light.contains(displayName(DeadlineLight::Red)) && light.contains(QStringLiteral("1")),
             qPrintable(light));
    QCOMPARE(model->index(0, WorklistModel::LightColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xc6, 0x28, 0x28));

    // Back on the desk, "due tomorrow" opens the received materials, due 8 December.
    QVERIFY(m_window->showPage(u"desk"));
    QTest::mouseClick(desk()->dueNextButton(), Qt::LeftButton);
    QCOMPARE(worklists()->currentList(), WorklistKind::All);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0).number, m_received);
    QCOMPARE(model->index(0, WorklistModel::DueColumn).data().toString(),
             QLocale().toString(QDate(2026, 12, 8), QLocale::ShortFormat));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("到期日")));
    // Choosing another list drops the desk's due-day filter.
    auto *lists = worklists()->findChild<QListView *>(QStringLiteral("listsListView"));
    lists->setCurrentIndex(
        worklists()->listModel()->index(worklists()->listModel()->rowOf(WorklistKind::Overdue)));
    lists->setCurrentIndex(
        worklists()->listModel()->index(worklists()->listModel()->rowOf(WorklistKind::All)));
    QCOMPARE(model->total(), 123);
}

void TestWorklistPage::theDeskCountsOnAThreadOfItsOwn()
{
    // A desk of its own over the same store: "…" until its first figures come back, which
    // takes the event loop (they are counted away from the window's thread).
    DeskPage page(*m_context);
    auto all = [&page] { return page.listButton(WorklistKind::All)->text(); };
    QCOMPARE(all(), QStringLiteral("全部办件：…"));
    QVERIFY(page.lightButton(DeadlineLight::Green)->text().endsWith(QStringLiteral("：…")));
    QSignalSpy counted(&page, &DeskPage::counted);
    page.show();
    QVERIFY(page.isCounting());
    QCOMPARE(all(), QStringLiteral("全部办件：…"));
    QVERIFY(counted.wait());
    QVERIFY(!page.isCounting());
    QCOMPARE(all(), QStringLiteral("全部办件：123"));
    QCOMPARE(page.listButton(WorklistKind::Overdue)->text(), QStringLiteral("已超期：1"));
    QVERIFY(page.dueNextButton()->text().endsWith(QStringLiteral("：1")));

    // Asked twice in a row, it shows the newest count once: the first is overtaken. The
    // figures stay on the buttons meanwhile (no "…" flicker after every save).
    counted.clear();
    page.reload();
    page.reload();
    QCOMPARE(all(), QStringLiteral("全部办件：123"));
    QVERIFY(counted.wait());
    QTest::qWait(200);
    QCOMPARE(counted.count(), 1);
    QVERIFY(!page.isCounting());

    // A store the counting thread cannot open: the figure is "?" and the message says why.
    DeskCounter counter(QStringLiteral("/nonexistent/store.sqlite"));
    QSignalSpy failed(&counter, &DeskCounter::counted);
    auto query = currentWorklistQuery(*m_context);
    QVERIFY2(query, qPrintable(query.describe()));
    const int request = counter.count(
        DeskPlan::forRole(Role::Clerk, QDate(2026, 12, 7), m_context->calendar()), *query.value());
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toInt(), request);
    const auto counts = failed.at(0).at(1).value<DeskCounts>();
    QVERIFY(counts.lists.isEmpty());
    QVERIFY(!counts.lights);
    QCOMPARE(counts.errors.size(), 1);
    QVERIFY2(counts.errors.at(0).contains(QStringLiteral("/nonexistent/store.sqlite")),
             qPrintable(counts.errors.at(0)));
}

void TestWorklistPage::modelsPassTheTester()
{
    // The models on their own (a view's own reactions to a reset are not the model's).
    WorklistModel model;
    WorklistListModel lists(allWorklists());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listsTester(&lists,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto query = currentWorklistQuery(*m_context);
    QVERIFY2(query, qPrintable(query.message()));
    QMap<WorklistKind, int> counts;
    for (WorklistKind kind : allWorklists()) {
        model.load(query.value(), kind, {});
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        counts.insert(kind, model.total());
    }
    lists.setCounts(counts);
    QCOMPARE(lists.index(lists.rowOf(WorklistKind::Overdue)).data().toString(),
             QStringLiteral("已超期 (1)"));
    model.load(query.value(), WorklistKind::All, {});
    QCOMPARE(model.rowCount(), WorklistModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 123);
    model.sort(WorklistModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), WorklistModel::kPageSize);
    QVERIFY(model.rowAt(0).number < model.rowAt(1).number);
    // Every cell of a row answers: the masked ID, never the full one.
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(
            !model.index(0, column).data().toString().contains(IntakeSample::person(1).idNumber));
}

void TestWorklistPage::pagesLoadAsTheViewScrolls()
{
    QVERIFY(m_window->showPage(u"worklists"));
    worklists()->showList(WorklistKind::All);
    WorklistModel *model = worklists()->model();
    QCOMPARE(model->total(), 123);
    QCOMPARE(model->rowCount(), WorklistModel::kPageSize); // only the first page read
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("123")));
    table()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 123);
    QSet<QString> numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers << model->rowAt(row).number;
    QCOMPARE(numbers.size(), 123); // no row twice across the pages
}

void TestWorklistPage::filtersAndSorting()
{
    worklists()->showList(WorklistKind::All);
    WorklistModel *model = worklists()->model();
    auto *light = child<QComboBox>("lightComboBox");
    light->setCurrentIndex(light->findData(QStringLiteral("red")));
    QCOMPARE(model->total(), 1);
    QCOMPARE(model->rowAt(0).number, m_deferred);
    light->setCurrentIndex(light->findData(QStringLiteral("yellow")));
    QCOMPARE(model->total(), 1);
    QCOMPARE(model->rowAt(0).number, m_received);
    light->setCurrentIndex(0);

    auto *status = child<QComboBox>("statusComboBox");
    status->setCurrentIndex(status->findData(QStringLiteral("correction-requested")));
    QCOMPARE(model->total(), 1);
    QCOMPARE(model->rowAt(0).number, m_correction);
    QCOMPARE(model->index(0, WorklistModel::StatusColumn).data().toString(),
             displayName(CaseStatus::CorrectionRequested));
    auto *item = child<QComboBox>("itemComboBox");
    item->setCurrentIndex(item->findData(QStringLiteral("JN-SG08")));
    QCOMPARE(model->total(), 0); // the notice is for JN-SG24
    QTest::mouseClick(child<QPushButton>("resetPushButton"), Qt::LeftButton);
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(model->total(), 123);

    // A click on the number header sorts by number, ascending, from the store.
    QHeaderView *header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(WorklistModel::NumberColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->currentSort().column, WorklistSort::Column::Number);
    const bool descending = model->currentSort().descending;
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->rowAt(row).number;
    QStringList sorted = shown;
    sorted.sort();
    if (descending)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(shown, sorted);
    // Again: the other way round, the number that was first is now beyond the first page.
    const QString first = model->rowAt(0).number;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->currentSort().descending, !descending);
    QCOMPARE(model->rowCount(), WorklistModel::kPageSize);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY((model->rowAt(row - 1).number < model->rowAt(row).number) == descending);
    QVERIFY(model->rowAt(0).number != first);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowAt(model->rowCount() - 1).number, first);
}

void TestWorklistPage::enterOpensTheCase()
{
    worklists()->showList(WorklistKind::Supplement);
    QCOMPARE(worklists()->model()->rowCount(), 1);
    table()->setFocus();
    table()->setCurrentIndex(worklists()->model()->index(0, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view);
    QCOMPARE(view->record().number, m_deferred);
    view->close();
    QTRY_VERIFY(!m_window->caseDialog());
}

void TestWorklistPage::aPublishedCalendarIsCountedInTheBackground()
{
    // A day off published for Thu 10 December moves the due day of the 120 cases accepted on
    // the 1st (15 working days) from Tue 22 to Wed 23: every open case is counted again, on
    // the keeper's thread, while the window goes on and says so. The 122 cases a deadline
    // runs in stand for the thousands of a lived store: more than the window counts.
    ClockIndexKeeper &keeper = m_context->clockIndex();
    const auto restore = countedInTheBackground();
    QVERIFY(m_window->showPage(u"worklists"));
    const WorklistFilter on22 = dueOn(QDate(2026, 12, 22));
    const WorklistFilter on23 = dueOn(QDate(2026, 12, 23));
    worklists()->showList(WorklistKind::All, on22);
    WorklistModel *model = worklists()->model();
    QCOMPARE(model->total(), 120);
    auto *label = child<QLabel>("worklistIndexLabel");
    QVERIFY(!label->isVisible());

    const WorkdayCalendar before = m_context->calendar();
    const WorkdayCalendar published = withDaysOff({QDate(2026, 12, 10)});
    QSignalSpy finished(&keeper, &ClockIndexKeeper::finished);
    m_context->setCalendar(published);
    // setCalendar() returned with the count handed to the thread (it ends only through this
    // thread's event loop, which has not run since).
    QVERIFY(keeper.isCounting());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("重新计算")), qPrintable(label->text()));
    // A list read meanwhile leaves the index to the thread: the window does not wait for it.
    auto meanwhile = worklistQueryAsIs(*m_context);
    QVERIFY2(meanwhile, qPrintable(meanwhile.message()));
    auto during = keeper.refresh(*meanwhile.value());
    QVERIFY2(during, qPrintable(during.message()));
    QVERIFY(!during.value());
    QVERIFY(finished.wait());
    QVERIFY(!keeper.isCounting());
    QVERIFY(!label->isVisible());
    // The page read its list again by itself: nothing falls due on the 22nd any more.
    QTRY_COMPARE(model->total(), 0);
    worklists()->showList(WorklistKind::All, on23);
    QCOMPARE(model->total(), 120);
    QCOMPARE(model->index(0, WorklistModel::DueColumn).data().toString(),
             QLocale().toString(QDate(2026, 12, 23), QLocale::ShortFormat));

    // The calendar withdrawn again: back to the 22nd, counted the same way.
    finished.clear();
    m_context->setCalendar(before);
    QVERIFY(keeper.isCounting());
    QVERIFY(finished.wait());
    QTRY_COMPARE(model->total(), 0);
    worklists()->showList(WorklistKind::All, on22);
    QCOMPARE(model->total(), 120);
    worklists()->showList(WorklistKind::All);

    // Two published one after the other, on a page that reads no list: the second is
    // counted once the first ends, with nobody asking.
    QVERIFY(m_window->showPage(u"intake"));
    const WorkdayCalendar second = withDaysOff({QDate(2026, 12, 10), QDate(2026, 12, 11)});
    finished.clear();
    m_context->setCalendar(published);
    QVERIFY(keeper.isCounting());
    m_context->setCalendar(second);
    QVERIFY(finished.wait());
    QVERIFY(keeper.isCounting()); // the second, begun as the first ended
    QVERIFY(finished.wait());
    QVERIFY(!keeper.isCounting());
    QCOMPARE(storedBasis(), CaseClockIndex::basis(second, {}));
    m_context->setCalendar(before);
    QVERIFY(finished.wait());
    QCOMPARE(storedBasis(), CaseClockIndex::basis(before, {}));
    QVERIFY(m_window->showPage(u"worklists"));

    // Within the bound the window counts itself: nothing left to a thread.
    keeper.setWindowLimit(ClockIndexKeeper::kWindowLimit);
    m_context->setCalendar(published);
    QVERIFY(!keeper.isCounting());
    worklists()->showList(WorklistKind::All, on23);
    QCOMPARE(model->total(), 120);
    m_context->setCalendar(before);
    QVERIFY(!keeper.isCounting());
    worklists()->showList(WorklistKind::All);
}

void TestWorklistPage::aRowShowsItsNewDueDayWhileTheIndexIsCounted()
{
    // A light and its due day are counted from the calendar in use, never read stale (DESIGN
    // §2): while the index is still being counted for a published day off on Thu 10 December
    // (the store held meanwhile, so the keeper's thread cannot write), the list of the 22nd
    // still holds the 120 cases by the index as it stands, and each shows its new due day.
    ClockIndexKeeper &keeper = m_context->clockIndex();
    const auto restore = countedInTheBackground();
    QVERIFY(m_window->showPage(u"worklists"));
    const WorklistFilter on22 = dueOn(QDate(2026, 12, 22));
    const WorkdayCalendar before = m_context->calendar();
    const WorkdayCalendar published = withDaysOff({QDate(2026, 12, 10)});
    QSignalSpy finished(&keeper, &ClockIndexKeeper::finished);
    WorklistModel *model = worklists()->model();
    {
        WriteTransaction hold(m_context->database());
        QVERIFY(hold.begin());
        m_context->setCalendar(published);
        QVERIFY(keeper.isCounting());
        worklists()->showList(WorklistKind::All, on22);
        QCOMPARE(model->total(), 120);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, WorklistModel::DueColumn).data().toString(),
                     QLocale().toString(QDate(2026, 12, 23), QLocale::ShortFormat));
    } // rolled back: nothing was written under the hold
    QVERIFY(finished.wait());
    QTRY_COMPARE(model->total(), 0); // counted: the 22nd's list read again by itself
    m_context->setCalendar(before);
    QVERIFY(finished.wait());
    worklists()->showList(WorklistKind::All, on22);
    QCOMPARE(model->total(), 120);
    worklists()->showList(WorklistKind::All);
}

void TestWorklistPage::aFailedBackgroundCountIsToldOnce()
{
    // A keeper whose thread cannot open the store, asked with a warning setting the index was
    // not counted with (five working days): its error comes back once, then it tries again;
    // the store's index stays as it was.
    ClockIndexKeeper keeper(QStringLiteral("/nonexistent/store.sqlite"));
    keeper.setWindowLimit(10); // the 122 cases a deadline runs in: the thread's to count
    const WorklistQuery wide(m_context->database(), m_context->calendar(),
                             WarningPolicy::make(5, 20).value(), QDate(2026, 12, 7),
                             f.clerk().login);
    QSignalSpy finished(&keeper, &ClockIndexKeeper::finished);
    auto first = keeper.refresh(wide);
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(!first.value());
    QVERIFY(keeper.isCounting());
    QVERIFY(finished.wait());
    auto failed = keeper.refresh(wide);
    QVERIFY(!failed);
    QVERIFY2(failed.describe().contains(QStringLiteral("/nonexistent/store.sqlite")),
             qPrintable(failed.describe()));
    auto again = keeper.refresh(wide);
    QVERIFY2(again, qPrintable(again.message()));
    QVERIFY(!again.value());
    QVERIFY(finished.wait());
    QVERIFY(!keeper.refresh(wide));
    QCOMPARE(storedBasis(), CaseClockIndex::basis(m_context->calendar(), {}));
}

void TestWorklistPage::aCaseSavedElsewhereShowsUp()
{
    worklists()->showList(WorklistKind::MineToday);
    QCOMPARE(worklists()->model()->total(), 0);
    // Another window of this terminal takes a case in today.
    QVERIFY(m_service->confirm(IntakeSample::acceptance(f.guides(QStringLiteral("JN-SG08")),
                                                        IntakeSample::person(300), f.clerk())));
    QTRY_COMPARE(worklists()->model()->total(), 1);
    QCOMPARE(worklists()->listModel()->countOf(WorklistKind::All), 124);
}

void TestWorklistPage::openFieldSearchesNamesAndIds()
{
    QLineEdit *field = m_window->openCaseField();
    auto typeInto = [](QWidget *w, const QString &text) {
        QInputMethodEvent event; // Chinese arrives from the input method as committed text
        event.setCommitString(text);
        QApplication::sendEvent(w, &event);
    };
    // The start of a name: 申请人1, 申请人10 … 19, 申请人100 … 120 — a choice, newest first.
    field->setFocus();
    field->clear();
    typeInto(field, QStringLiteral("申请人1"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    CaseChooserDialog *chooser = m_window->caseChooser();
    QVERIFY(chooser);
    QTRY_COMPARE(QApplication::activeWindow(), chooser);
    QCOMPARE(chooser->model()->rowCount(), 32);
    for (int row = 0; row < chooser->model()->rowCount(); ++row) {
        const QString shown =
            chooser->model()->index(row, CaseHitModel::ApplicantColumn).data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("申请人1")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1Char('*'))); // masked
    }
    auto *hits = chooser->findChild<QTableView *>(QStringLiteral("hitsTableView"));
    hits->setCurrentIndex(chooser->model()->index(2, 0));
    const QString picked = chooser->chosen();
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_VERIFY(m_window->caseDialog());
    QCOMPARE(m_window->caseDialog()->record().number, picked);
    m_window->caseDialog()->close();
    QTRY_VERIFY(!m_window->caseDialog());

    // A full resident ID: one case, opened at once.
    field->setFocus();
    QTest::keyClicks(field, IntakeSample::person(201).idNumber);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(m_window->caseDialog());
    QCOMPARE(m_window->caseDialog()->record().number, m_deferred);
    m_window->caseDialog()->close();
    QTRY_VERIFY(!m_window->caseDialog());

    // An ID with a wrong check digit is refused with the reason, the number masked; a name
    // nobody has, with what to type instead.
    QString wrong = IntakeSample::person(201).idNumber;
    wrong[17] = wrong.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    field->setFocus();
    QTest::keyClicks(field, wrong);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_boxes.messages.size(), 1);
    QVERIFY(!m_boxes.messages.constFirst().text.contains(wrong));
    QVERIFY(!m_window->caseDialog());
    field->clear();
    typeInto(field, QStringLiteral("无此人"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_boxes.messages.size(), 2);
    QVERIFY2(m_boxes.messages.constLast().text.contains(QStringLiteral("无此人")),
             qPrintable(m_boxes.messages.constLast().text));
    m_boxes.messages.clear();
    field->clear();
}

void TestWorklistPage::aScanIntoAnUnrelatedFieldOpensTheCase()
{
    // The focus in the worklist's window filter, half typed; the scanner types a case
    // number and Enter into it.
    m_window->activateWindow(); // what the window manager does when a dialog closes
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    QVERIFY(m_window->showPage(u"worklists"));
    auto *window = child<QLineEdit>("windowLineEdit");
    window->setFocus();
    QCOMPARE(QApplication::focusWidget(), window);
    window->setText(QStringLiteral("T0"));
    QTest::keyClicks(window, m_deferred);
    QTest::keyClick(window, Qt::Key_Return);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QTRY_VERIFY(m_window->caseDialog());
    QCOMPARE(m_window->caseDialog()->record().number, m_deferred);
    // The field is as it was before the scan.
    QCOMPARE(window->text(), QStringLiteral("T0"));
    m_window->caseDialog()->close();
    QTRY_VERIFY(!m_window->caseDialog());
    window->clear();
}

void TestWorklistPage::typingByHandIsNoScan()
{
    // 150 ms between keys: a person. The number stays in the field, nothing opens.
    qint64 now = 0;
    m_window->scannerInput()->setTimeSource([&now] { return now += 150; });
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    auto *window = child<QLineEdit>("windowLineEdit");
    window->setFocus();
    QCOMPARE(QApplication::focusWidget(), window);
    window->clear();
    QTest::keyClicks(window, m_deferred);
    QTest::keyClick(window, Qt::Key_Return);
    QVERIFY(!m_window->caseDialog());
    QCOMPARE(window->text(), m_deferred);
    QElapsedTimer steady;
    steady.start();
    m_window->scannerInput()->setTimeSource([steady] { return steady.elapsed(); });
    window->clear();
}

void TestWorklistPage::aScannedNoticeReopensTheCaseForResubmission()
{
    // The applicant is back with the corrections: the notice's barcode, scanned while the
    // focus is in the worklist's window filter, reopens the case in the intake page.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    QVERIFY(m_window->showPage(u"worklists"));
    auto *window = child<QLineEdit>("windowLineEdit");
    window->setFocus();
    QCOMPARE(QApplication::focusWidget(), window);
    QTest::keyClicks(window, m_notice);
    QTest::keyClick(window, Qt::Key_Enter);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    QCOMPARE(m_window->intakePage()->caseNumber(), m_correction);
    QVERIFY(window->text().isEmpty());
}

void TestWorklistPage::cleanupTestCase()
{
    f.close();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestWorklistPage)
#include "tst_worklistpage.moc"
