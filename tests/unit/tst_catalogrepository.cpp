#include "TestSupport.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace onetrip;

namespace {

ServiceGuide makeGuide(const QString &code, const QString &name)
{
    ServiceGuide g;
    g.code = code;
    g.name = name;
    g.department = QStringLiteral("区行政审批服务局");
    g.itemType = QStringLiteral("行政许可");
    g.caseType = CaseType::Promised;
    g.promisedLimitDays = 5;
    g.legalLimitDays = 20;
    g.situations = {{QStringLiteral("handler"),
                     QStringLiteral("由谁办理？"),
                     {{QStringLiteral("self"), QStringLiteral("申请人本人")},
                      {QStringLiteral("agent"), QStringLiteral("委托代理人")}},
                     QStringLiteral("self")}};
    MaterialRequirement id;
    id.id = QStringLiteral("m1");
    id.name = QStringLiteral("身份证");
    id.sharedKey = QStringLiteral("applicant-id");
    id.obtainedBySharing = true;
    id.source = MaterialSource::DataSharing;
    MaterialRequirement auth;
    auth.id = QStringLiteral("m2");
    auth.name = QStringLiteral("授权委托书");
    auth.requirement = Requirement::Situational;
    auth.appliesWhen = {{QStringLiteral("handler"), {QStringLiteral("agent")}}};
    g.materials = {id, auth};
    return g;
}

Catalog makeCatalog()
{
    Catalog c;
    c.guides = {makeGuide(QStringLiteral("T-01"), QStringLiteral("个体工商户设立登记")),
                makeGuide(QStringLiteral("T-02"), QStringLiteral("食品经营备案"))};
    c.bundles = {{QStringLiteral("T-B1"),
                  QStringLiteral("个体工商户开办一件事"),
                  QString(),
                  {QStringLiteral("T-01"), QStringLiteral("T-02")},
                  {}}};
    return c;
}

int count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};

private Q_SLOTS:
    void importThenReadBack()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        const Catalog c = makeCatalog();
        auto report = repo.import(c, QStringLiteral("t.json"), m_clock);
        QVERIFY2(report, qPrintable(report.describe()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->bundles, 1);
        auto g = repo.guide(QStringLiteral("T-01"));
        QVERIFY(g);
        QCOMPARE(g->version, 1);
        QVERIFY(g->sameContent(c.guides.at(0)));
        auto b = repo.bundle(QStringLiteral("T-B1"));
        QVERIFY(b);
        QCOMPARE(b.value(), c.bundles.at(0));
    }

    void identicalReimportChangesNothing()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        QVERIFY(repo.import(makeCatalog(), QStringLiteral("a"), m_clock));
        auto again = repo.import(makeCatalog(), QStringLiteral("a"), m_clock);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->versioned, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(count(store.db(), QStringLiteral("guide_version")), 2);
    }

    void changedMaterialsMakeANewVersionAndKeepTheOld()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        Catalog c = makeCatalog();
        QVERIFY(repo.import(c, QStringLiteral("v1"), m_clock));
        c.guides[0].materials[1].copies = 2;
        c.guides[0].materials.append(c.guides[0].materials[0]);
        c.guides[0].materials.last().id = QStringLiteral("m3");
        c.guides[0].materials.last().name = QStringLiteral("经营场所证明");
        auto report = repo.import(c, QStringLiteral("v2"), m_clock);
        QVERIFY(report);
        QCOMPARE(report->versioned, 1);
        QCOMPARE(report->unchanged, 1);

        QCOMPARE(repo.versions(QStringLiteral("T-01")).value(), (QList<int>{1, 2}));
        auto current = repo.guide(QStringLiteral("T-01"));
        QCOMPARE(current->version, 2);
        QCOMPARE(current->materials.size(), 3);
        auto old = repo.guide(QStringLiteral("T-01"), 1);
        QVERIFY(old);
        QCOMPARE(old->version, 1);
        QCOMPARE(old->materials.size(), 2);
        QCOMPARE(old->materials.at(1).copies, 1);
        QVERIFY(!repo.guide(QStringLiteral("T-01"), 3));
    }

    void bundleWithUnknownItemWritesNothing()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        Catalog c = makeCatalog();
        c.bundles[0].itemCodes.append(QStringLiteral("NOPE"));
        auto report = repo.import(c, QStringLiteral("bad"), m_clock);
        QVERIFY(!report);
        QVERIFY(report.message().contains(QStringLiteral("NOPE")));
        QCOMPARE(repo.itemCount(), 0);
        QCOMPARE(count(store.db(), QStringLiteral("guide_version")), 0);
        QCOMPARE(count(store.db(), QStringLiteral("catalog_import")), 0);
    }

    void bundleMayNameItemsAlreadyInTheStore()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        Catalog items = makeCatalog();
        items.bundles.clear();
        QVERIFY(repo.import(items, QStringLiteral("items"), m_clock));
        Catalog bundlesOnly;
        bundlesOnly.bundles = makeCatalog().bundles;
        QVERIFY(repo.import(bundlesOnly, QStringLiteral("bundles"), m_clock));
        QCOMPARE(repo.bundles()->size(), 1);
    }

    void importerWritesNothingWhenAnyRecordIsBad()
    {
        test::TempStore store;
        Catalog c = makeCatalog();
        QJsonObject root = QJsonDocument::fromJson(CatalogJson::write(c)).object();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonObject second = items.at(1).toObject();
        second.insert(QStringLiteral("handlingForm"), QStringLiteral("teleport"));
        items[1] = second;
        root.insert(QStringLiteral("items"), items);
        const QString path = store.dir() + QStringLiteral("/bad.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();

        auto outcome = CatalogImporter::importFile(store.db(), path, m_clock);
        QVERIFY(outcome);
        QVERIFY(!outcome->problems.isEmpty());
        QVERIFY(outcome->problems.constFirst().record.contains(QStringLiteral("T-02")));
        QCOMPARE(CatalogRepository(store.db()).itemCount(), 0); // the good item was not written
    }

    void searchEntriesCarryPinyinAndMaterials()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        QVERIFY(repo.import(makeCatalog(), QStringLiteral("a"), m_clock));
        auto entries = repo.searchEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3); // two items and one bundle
        bool sawBundle = false;
        for (const SearchEntry &e : entries.value()) {
            if (e.item.code == QLatin1String("T-01")) {
                QCOMPARE(e.nameInitials, QStringLiteral("gtgshsldj"));
                QVERIFY(e.materialNames.contains(QStringLiteral("授权委托书")));
            }
            sawBundle = sawBundle || (e.isBundle && e.item.code == QLatin1String("T-B1"));
        }
        QVERIFY(sawBundle);
    }

    void exportRoundTrips()
    {
        test::TempStore store;
        CatalogRepository repo(store.db());
        QVERIFY(repo.import(makeCatalog(), QStringLiteral("a"), m_clock));
        auto exported = repo.exportCurrent();
        QVERIFY(exported);
        const CatalogJson::ReadResult back =
            CatalogJson::read(CatalogJson::write(exported.value()));
        QVERIFY(back.problems.isEmpty());
        QCOMPARE(back.catalog.guides.size(), 2);
        QVERIFY(back.catalog.guides.at(0).sameContent(makeCatalog().guides.at(0)));
    }

    void bundleMergeAsksSharedMaterialsOnce()
    {
        const Catalog c = makeCatalog();
        const QList<BundleMaterial> merged = mergeBundleMaterials(c.guides);
        // Both guides have 身份证 (shared key) and 授权委托书 (no key): 1 + 2 rows.
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).material.name, QStringLiteral("身份证"));
        QCOMPARE(merged.at(0).usedBy.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
