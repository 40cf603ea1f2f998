#include "TestSupport.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "demo/DemoData.h"

#include <QSet>
#include <QTest>

using namespace onetrip;

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartLoadsEverythingOnce()
    {
        test::TempStore store;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 30)));
        const QString dataDir = qEnvironmentVariable("ONETRIP_DATA_DIR");
        QVERIFY(!DemoData::isDemoStore(store.db()));
        Status s = DemoData::ensure(store.db(), dataDir, clock);
        QVERIFY2(s, qPrintable(s.describe()));

        // Every shipped catalog item is in the store, with the shipped bundles.
        qsizetype shipped = 0;
        for (const QString &file : DemoData::catalogFiles(dataDir))
            shipped += CatalogJson::readFile(file).catalog.guides.size();
        CatalogRepository catalog(store.db());
        QCOMPARE(catalog.itemCount(), int(shipped));
        QVERIFY(catalog.bundles()->size() >= 2);
        // The departments of the shipped items, each once, sorted: the 分转 and 代办 choices.
        QSet<QString> departments;
        for (const QString &file : DemoData::catalogFiles(dataDir)) {
            for (const ServiceGuide &g : CatalogJson::readFile(file).catalog.guides) {
                if (!g.department.isEmpty())
                    departments.insert(g.department);
            }
        }
        QStringList expected(departments.cbegin(), departments.cend());
        expected.sort();
        QVERIFY(expected.size() > 3);
        QCOMPARE(catalog.departments().value(), expected);

        auto years = CalendarRepository(store.db()).years();
        QVERIFY(years);
        QVERIFY(years->contains(2024) && years->contains(2025) && years->contains(2026));

        UserRepository users(store.db());
        QCOMPARE(users.count(), 3);
        QVERIFY(users.authenticate(QStringLiteral("clerk01"), DemoData::demoPassword()));
        QVERIFY(DemoData::isDemoStore(store.db()));

        // A second start changes nothing.
        QVERIFY(DemoData::ensure(store.db(), dataDir, clock));
        QCOMPARE(catalog.itemCount(), int(shipped));
        QCOMPARE(users.count(), 3);
        QCOMPARE(catalog.versions(QStringLiteral("JN-SG01")).value(), QList<int>{1});
    }

    void missingDataFolderIsAClearError()
    {
        test::TempStore store;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 30)));
        Status s = DemoData::ensure(store.db(), store.dir() + QStringLiteral("/nowhere"), clock);
        QVERIFY(!s);
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(CatalogRepository(store.db()).itemCount(), 0);
        QCOMPARE(UserRepository(store.db()).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
