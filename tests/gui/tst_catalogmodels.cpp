// The item models of the catalog browser: QAbstractItemModelTester over real catalog data,
// and what each row and column says compared with the guides they come from.
#include "TestSupport.h"

#include "catalog/Bundle.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchIndex.h"
#include "catalog/CatalogSearchModel.h"
#include "catalog/MaterialTableModel.h"
#include "catalog/SituationTreeModel.h"
#include "common/Paths.h"
#include "common/Translations.h"
#include "demo/DemoData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

class TestCatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchModelFollowsTheIndex_data();
    void searchModelFollowsTheIndex();
    void searchModelCutsLongResultLists();
    void searchModelMarksBundles();
    void materialModelHasEveryAttribute();
    void materialModelMergesBundles();
    void situationModelListsQuestionsAndOptions();
    void retranslateSignalsHeadersAndData();

private:
    QList<ServiceGuide> guidesWithSituations() const;

    std::unique_ptr<test::TempStore> m_store;
    CatalogSearchIndex m_index;
    QList<ServiceGuide> m_guides; // every guide with materials
};

void TestCatalogModels::initTestCase()
{
    m_store = std::make_unique<test::TempStore>();
    const Status demo = DemoData::ensure(m_store->db(), Paths::dataDirectory(), SystemClock());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    const CatalogRepository repository(m_store->db());
    auto entries = repository.searchEntries();
    QVERIFY(entries.ok());
    m_index.rebuild(entries.value());
    const auto items = repository.items();
    QVERIFY(items.ok());
    for (const ServiceItem &item : items.value()) {
        if (item.materialCount > 0)
            m_guides << repository.guide(item.code).value();
    }
    QVERIFY(m_guides.size() >= 10);
}

void TestCatalogModels::searchModelFollowsTheIndex_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("department");
    QTest::newRow("pinyin initials") << QStringLiteral("gtgs") << QString();
    QTest::newRow("chinese") << QStringLiteral("登记") << QString();
    QTest::newRow("no match") << QStringLiteral("qqqzzzxxx") << QString();
    QTest::newRow("browse a department") << QString() << m_index.departments().value(0);
    QTest::newRow("search a department") << QStringLiteral("证") << m_index.departments().value(1);
}

void TestCatalogModels::searchModelFollowsTheIndex()
{
    QFETCH(QString, query);
    QFETCH(QString, department);
    CatalogSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_index);
    SearchFilter filter;
    filter.department = department;
    model.search(query, filter);

    const QList<SearchHit> hits = m_index.search(query, filter, m_index.size());
    QCOMPARE(model.rowCount(),
             std::min<int>(int(hits.size()),
                           query.isEmpty() ? m_index.size() : CatalogSearchModel::kSearchLimit));
    for (int row = 0; row < model.rowCount(); ++row) {
        const SearchEntry &expected = m_index.entry(hits.at(row).entry);
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), expected.item.name);
        QCOMPARE(index.data(CatalogSearchModel::CodeRole).toString(), expected.item.code);
        QVERIFY(index.data(CatalogSearchModel::DetailRole).toString().contains(expected.item.code));
        if (!department.isEmpty())
            QCOMPARE(index.data(CatalogSearchModel::DepartmentRole).toString(), department);
    }
}

void TestCatalogModels::searchModelCutsLongResultLists()
{
    // A query that the index answers with more than the limit.
    QString common;
    for (const QString &q : {QStringLiteral("登记"), QStringLiteral("证"), QStringLiteral("的"),
                             QStringLiteral("a")}) {
        if (m_index.search(q, {}, m_index.size()).size() > CatalogSearchModel::kSearchLimit) {
            common = q;
            break;
        }
    }
    // The shipped catalog (1,160 entries) has such queries: none is a failure, not a skip.
    QVERIFY2(!common.isEmpty(), "the shipped catalog has no query with more hits than the limit");
    CatalogSearchModel model;
    model.setIndex(&m_index);
    model.search(common);
    QCOMPARE(model.rowCount(), CatalogSearchModel::kSearchLimit);
    QVERIFY(model.truncated());
    model.search(QStringLiteral("gtgs"));
    QVERIFY(!model.truncated());
}

void TestCatalogModels::searchModelMarksBundles()
{
    CatalogSearchModel model;
    model.setIndex(&m_index);
    model.search(QString());
    int bundles = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool isBundle = model.index(row).data(CatalogSearchModel::IsBundleRole).toBool();
        QCOMPARE(isBundle, model.entryAt(row)->isBundle);
        bundles += isBundle ? 1 : 0;
    }
    QCOMPARE(bundles, CatalogRepository(m_store->db()).bundles().value().size());
    QVERIFY(bundles > 0);
}

void TestCatalogModels::materialModelHasEveryAttribute()
{
    MaterialTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ServiceGuide &guide : std::as_const(m_guides)) {
        model.setGuide(guide);
        QCOMPARE(model.rowCount(), guide.materials.size());
        QCOMPARE(model.columnCount(), int(MaterialTableModel::ColumnCount) - 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const MaterialRequirement &m = guide.materials.at(row);
            const auto raw = [&](int column) {
                return model.index(row, column).data(MaterialTableModel::RawRole);
            };
            QCOMPARE(raw(MaterialTableModel::NumberColumn).toInt(), row + 1);
            QCOMPARE(raw(MaterialTableModel::NameColumn).toString(), m.name);
            QCOMPARE(raw(MaterialTableModel::OriginalOrCopyColumn).toString(),
                     displayName(m.originalOrCopy));
            QCOMPARE(raw(MaterialTableModel::CopiesColumn).toInt(), m.copies);
            QCOMPARE(raw(MaterialTableModel::MediumColumn).toString(), displayName(m.medium));
            QCOMPARE(raw(MaterialTableModel::MainColumn).toBool(), m.main);
            QCOMPARE(raw(MaterialTableModel::DeferrableColumn).toBool(), m.deferrable);
            QCOMPARE(raw(MaterialTableModel::CommitmentColumn).toBool(), m.commitmentInLieu);
            QCOMPARE(raw(MaterialTableModel::SharingColumn).toBool(), m.obtainedBySharing);
            QCOMPARE(raw(MaterialTableModel::HowToObtainColumn).toString(), m.howToObtain);
            QCOMPARE(raw(MaterialTableModel::RemarksColumn).toString(), m.remarks);
            QVERIFY(
                raw(MaterialTableModel::SourceColumn).toString().startsWith(displayName(m.source)));
            if (!m.howToObtain.isEmpty()) {
                QVERIFY(model.index(row, MaterialTableModel::NameColumn)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(m.howToObtain));
            }
            // A situational material says when it applies, naming the situation's answer.
            const QString required = raw(MaterialTableModel::RequirementColumn).toString();
            if (m.requirement != Requirement::Situational)
                continue;
            for (const SituationCondition &c : m.appliesWhen) {
                const Situation *s = guide.situation(c.situationId);
                QVERIFY(s);
                QVERIFY2(required.contains(s->option(c.optionIds.constFirst())->label),
                         qPrintable(required));
            }
        }
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::materialModelMergesBundles()
{
    MaterialTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CatalogRepository repository(m_store->db());
    const auto bundles = repository.bundles();
    QVERIFY(bundles.ok() && !bundles->isEmpty());
    for (const Bundle &bundle : bundles.value()) {
        QList<ServiceGuide> guides;
        for (const QString &code : bundle.itemCodes)
            guides << repository.guide(code).value();
        model.setBundle(guides);
        const QList<BundleMaterial> merged = mergeBundleMaterials(guides);
        QCOMPARE(model.rowCount(), merged.size());
        QCOMPARE(model.columnCount(), int(MaterialTableModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.material(row), merged.at(row).material);
            // Every item that needs the material is named, each once.
            QSet<QString> codes;
            for (const auto &[code, id] : merged.at(row).usedBy)
                codes.insert(code);
            QCOMPARE(model.usedBy(row).size(), codes.size());
            QCOMPARE(model.index(row, MaterialTableModel::UsedByColumn)
                         .data(MaterialTableModel::RawRole)
                         .toStringList(),
                     model.usedBy(row));
        }
    }
}

QList<ServiceGuide> TestCatalogModels::guidesWithSituations() const
{
    QList<ServiceGuide> out;
    for (const ServiceGuide &g : m_guides) {
        if (!g.situations.isEmpty())
            out << g;
    }
    return out;
}

void TestCatalogModels::situationModelListsQuestionsAndOptions()
{
    const QList<ServiceGuide> guides = guidesWithSituations();
    // The shipped Jinan guides have situations (15 of them): none is a failure.
    QVERIFY2(!guides.isEmpty(), "no guide in the shipped catalog has situations");
    SituationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ServiceGuide &guide : guides) {
        model.setGuide(guide);
        QCOMPARE(model.rowCount(), guide.situations.size());
        QCOMPARE(model.questionCount(), guide.situations.size());
        for (int q = 0; q < guide.situations.size(); ++q) {
            const Situation &s = guide.situations.at(q);
            const QModelIndex question = model.index(q, 0);
            QCOMPARE(question.data().toString(), s.question);
            QCOMPARE(model.rowCount(question), s.options.size());
            for (int o = 0; o < s.options.size(); ++o) {
                const QModelIndex option = model.index(o, 0, question);
                QCOMPARE(option.parent(), question);
                QVERIFY(option.data().toString().startsWith(s.options.at(o).label));
                // Each material this answer brings in is named.
                const QString brings =
                    model.index(o, SituationTreeModel::MaterialsColumn, question).data().toString();
                for (const MaterialRequirement &m : guide.materials) {
                    for (const SituationCondition &c : m.appliesWhen) {
                        if (c.situationId == s.id && c.optionIds.contains(s.options.at(o).id))
                            QVERIFY2(brings.contains(m.name), qPrintable(brings));
                    }
                }
            }
        }
    }
    // A bundle: the items are the top level.
    model.setBundle(guides);
    QCOMPARE(model.rowCount(), guides.size());
    QCOMPARE(model.index(0, 0).data().toString(), guides.constFirst().name);
    QCOMPARE(model.rowCount(model.index(0, 0)), guides.constFirst().situations.size());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::retranslateSignalsHeadersAndData()
{
    MaterialTableModel materials;
    materials.setGuide(m_guides.constFirst());
    QSignalSpy headers(&materials, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&materials, &QAbstractItemModel::dataChanged);
    Translations::install(QStringLiteral("en"));
    const QString english =
        materials.headerData(MaterialTableModel::NameColumn, Qt::Horizontal).toString();
    Translations::install(QStringLiteral("zh_CN"));
    materials.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.count(), 1);
    QVERIFY(materials.headerData(MaterialTableModel::NameColumn, Qt::Horizontal).toString() !=
            english);
}

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
