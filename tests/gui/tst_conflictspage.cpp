// 同步冲突 page, driven as a supervisor would: the refused changes listed with the server's
// reason; "make again" refused with a message when it no longer fits; discard needs a reason
// and records it; the list empties as conflicts are settled.
#include "TestSupport.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "common/MessageBoxes.h"
#include "common/Paths.h"
#include "common/Translations.h"
#include "demo/DemoData.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

class TestConflictsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    RecordingMessageBoxes m_boxes;
    QStringList m_numbers;

    QString status(const QString &number) const
    {
        QSqlQuery q(m_store->db().connection());
        q.exec(QStringLiteral("SELECT status FROM case_record WHERE number = '%1'").arg(number));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        MessageBoxes::install(&m_boxes);
    }

    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(DemoData::ensure(m_store->db(), Paths::dataDirectory(), *m_clock));
        QVERIFY(HallSettings(m_store->db()).save(DemoData::demoHall().hall, QStringLiteral("T01")));
        auto calendar = CalendarRepository(m_store->db()).load();
        CaseService service(m_store->db(), *m_clock, calendar.value(), DemoData::demoHall().hall,
                            {DemoData::demoHall().hall.code, QStringLiteral("T01")});
        auto clerk = UserRepository(m_store->db())
                         .authenticate(QStringLiteral("clerk01"), DemoData::demoPassword());
        QVERIFY(clerk);
        auto guide = CatalogRepository(m_store->db()).guide(QStringLiteral("JN-SG01"));
        m_numbers.clear();
        // Two withdrawals the server refused (another window changed the cases first): each
        // is two events, the status change and its confirmation document.
        for (int n = 1; n <= 2; ++n) {
            auto r = service.receive(
                IntakeSample::acceptance({guide.value()}, IntakeSample::person(n), clerk.value()));
            QVERIFY(r);
            QVERIFY(service.withdraw(r->number, clerk.value(), QStringLiteral("申请人撤回")));
            m_numbers << r->number;
            QVERIFY(m_store->db().exec(
                QStringLiteral("INSERT INTO case_conflict (event_id, case_number, code, reason, "
                               "detected_at) SELECT id, case_number, 'stale', 'Case %1 was "
                               "changed meanwhile at terminal T02', '2026-11-23T09:30:00' FROM "
                               "case_event WHERE case_number = '%1' AND base_version >= (SELECT "
                               "base_version FROM case_event WHERE case_number = '%1' AND type "
                               "= 'case.status')")
                    .arg(r->number)));
        }
        QVERIFY(CaseRebuild::run(m_store->db()));
        m_settings =
            std::make_unique<AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(m_store->db(), *m_settings);
        auto supervisor = UserRepository(m_store->db())
                              .authenticate(QStringLiteral("super01"), DemoData::demoPassword());
        QVERIFY(supervisor);
        m_context->setUser(supervisor.value());
        m_context->setClock(m_clock.get());
        m_context->load();
        m_boxes.messages.clear();
    }

    void cleanup()
    {
        m_context.reset();
        m_store.reset();
    }

    void listsAndSettles()
    {
        ConflictsPage page(*m_context);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 500);
        page.show();
        auto *view = page.findChild<QTableView *>(QStringLiteral("conflictsTableView"));
        auto *reapply = page.findChild<QPushButton *>(QStringLiteral("reapplyPushButton"));
        auto *discard = page.findChild<QPushButton *>(QStringLiteral("discardPushButton"));
        auto *reason = page.findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"));
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(view && reapply && discard && reason && empty);
        QCOMPARE(page.model()->rowCount(), 4); // two changes of two events each
        QVERIFY(!empty->isVisible());
        QCOMPARE(page.model()->index(0, ConflictListModel::CaseColumn).data().toString(),
                 m_numbers.at(0));
        QCOMPARE(page.model()->index(0, ConflictListModel::ChangeColumn).data().toString(),
                 QStringLiteral("status change"));
        QVERIFY(page.model()
                    ->index(0, ConflictListModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("T02")));
        QVERIFY(!reapply->isEnabled()); // nothing chosen yet

        // The first: made again — the case was only received, so the withdrawal still fits.
        view->selectRow(0);
        QVERIFY(reapply->isEnabled());
        QVERIFY(!discard->isEnabled()); // a discard needs a reason
        QTest::mouseClick(reapply, Qt::LeftButton);
        QVERIFY2(m_boxes.messages.isEmpty(),
                 qPrintable(m_boxes.messages.isEmpty() ? QString()
                                                       : m_boxes.messages.constFirst().text));
        QCOMPARE(status(m_numbers.at(0)), QStringLiteral("withdrawn"));
        QCOMPARE(page.model()->rowCount(), 2); // the case's events settled together

        // The second: discarded with the supervisor's reason.
        view->selectRow(0);
        // Chinese arrives through the input method as committed text, not as key presses.
        reason->setFocus();
        reason->insert(QStringLiteral("申请人已在另一窗口办结"));
        QVERIFY(discard->isEnabled());
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(status(m_numbers.at(1)), QStringLiteral("received"));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM case_event WHERE type = "
                                      "'case.conflict-resolved' AND actor = 'super01' AND "
                                      "payload LIKE '%另一窗口%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2); // one per refused event
    }

    // A change that no longer fits is not made again: the supervisor is told why.
    void reapplyThatNoLongerFitsIsExplained()
    {
        // The first case was withdrawn meanwhile by "another window" (here: directly).
        auto calendar = CalendarRepository(m_store->db()).load();
        CaseService service(m_store->db(), *m_clock, calendar.value(), DemoData::demoHall().hall,
                            {DemoData::demoHall().hall.code, QStringLiteral("T01")});
        QVERIFY(service.withdraw(m_numbers.at(0), m_context->user(), QStringLiteral("先到者")));
        ConflictsPage page(*m_context);
        page.show();
        auto *view = page.findChild<QTableView *>(QStringLiteral("conflictsTableView"));
        view->selectRow(0);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("reapplyPushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_boxes.messages.size(), 1);
        QVERIFY2(m_boxes.messages.constFirst().text.contains(m_numbers.at(0)),
                 qPrintable(m_boxes.messages.constFirst().text));
        QCOMPARE(page.model()->rowCount(), 4); // still open
    }
};

QTEST_MAIN(TestConflictsPage)
#include "tst_conflictspage.moc"
