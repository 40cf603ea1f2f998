#include "TestSupport.h"

#include "calendar/CalendarRepository.h"
#include "catalog/CatalogBrowserWidget.h"
#include "catalog/CatalogRepository.h"
#include "demo/DemoData.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

// The guide page tells the clerk when a case accepted today would be due, from the
// working-day calendar in the store, and warns when that date reaches an unloaded year.
class TestDeadlinePreview : public QObject
{
    Q_OBJECT

private:
    test::TempStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 30), QTime(9, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<CatalogBrowserWidget> m_browser;

    QLabel *label() const
    {
        return m_browser->findChild<QLabel *>(QStringLiteral("deadlineLabel"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(DemoData::ensure(m_store.db(), qEnvironmentVariable("ONETRIP_DATA_DIR"), m_clock));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(m_store.db(), *m_settings);
        m_context->setClock(&m_clock);
        m_context->load(); // the calendar from the store
        m_browser = std::make_unique<CatalogBrowserWidget>(*m_context);
        QVERIFY(m_browser->load());
        m_browser->resize(1200, 700);
        m_browser->show();
        QVERIFY(label());
    }

    void promisedItemShowsTheCalendarDueDate()
    {
        const ServiceGuide guide =
            CatalogRepository(m_store.db()).guide(QStringLiteral("JN-SG08")).value();
        QCOMPARE(guide.caseType, CaseType::Promised);
        QVERIFY(m_browser->showCode(guide.code));
        QCOMPARE(guide.promisedLimitDays, std::optional<int>(15));
        // 15 working days after Wednesday 30 September 2026, counted by hand from the State
        // Council notice: 1-7 October off; 8, 9, Saturday 10 (make-up day), 12-16, 19-23, 26
        // and Tuesday 27 October.
        const QDate due(2026, 10, 27);
        QVERIFY(label()->isVisible());
        QVERIFY2(label()->text().contains(due.toString(Qt::ISODate)), qPrintable(label()->text()));
        QVERIFY(!label()->text().contains(QStringLiteral("2027")));
    }

    void dueDateInAnUnloadedYearWarns()
    {
        m_clock.setNow(QDateTime(QDate(2026, 12, 28), QTime(9, 0)));
        m_context->setClock(&m_clock); // the page hears of the new day
        QVERIFY(label()->text().contains(QStringLiteral("2027")));
        QVERIFY(label()->text().contains(QStringLiteral("color:#a40000")));
        // Without the calendar every due date carries the warning; with it, none does here.
        m_clock.setNow(QDateTime(QDate(2026, 9, 30), QTime(9, 0)));
        m_context->setCalendar(WorkdayCalendar());
        QVERIFY(label()->text().contains(QStringLiteral("color:#a40000")));
        m_context->loadCalendar();
        QVERIFY(!label()->text().contains(QStringLiteral("color:#a40000")));
        m_clock.setNow(QDateTime(QDate(2026, 12, 28), QTime(9, 0)));
        m_context->setClock(&m_clock);
        QVERIFY(label()->text().contains(QStringLiteral("2027")));
        QVERIFY(label()->text().contains(QStringLiteral("color:#a40000")));
    }

    void immediateItemIsOnTheSpot()
    {
        QVERIFY(m_browser->showCode(QStringLiteral("JN-SG01")));
        QVERIFY(label()->text().contains(QStringLiteral("即办件")));
    }

    void bundleHasNoSingleDueDate()
    {
        QVERIFY(m_browser->showCode(QStringLiteral("JN-B01")));
        QVERIFY(!label()->isVisible());
    }
};

QTEST_MAIN(TestDeadlinePreview)
#include "tst_deadlinepreview.moc"
