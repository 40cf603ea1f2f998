#include "TestSupport.h"

#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchIndex.h"
#include "catalog/Pinyin.h"
#include "demo/DemoData.h"

#include <QTest>

using namespace onetrip;

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private:
    CatalogSearchIndex m_index;

    static SearchEntry entry(Pinyin &pinyin, const QString &code, const QString &name,
                             const QString &department, HandlingForm form,
                             const QString &materials = {}, const QString &aliases = {})
    {
        SearchEntry e;
        e.item.code = code;
        e.item.name = name;
        e.item.department = department;
        e.item.handlingForm = form;
        const PinyinText py = pinyin.convert(name);
        e.namePinyin = py.full;
        e.nameInitials = py.initials;
        e.materialNames = materials;
        e.aliases = aliases;
        return e;
    }

    QStringList codes(const QString &query, const SearchFilter &filter = {}) const
    {
        QStringList out;
        for (const SearchHit &h : m_index.search(query, filter))
            out << m_index.entry(h.entry).item.code;
        return out;
    }

    MatchKind kindOf(const QString &query, const QString &code) const
    {
        for (const SearchHit &h : m_index.search(query))
            if (m_index.entry(h.entry).item.code == code)
                return h.kind;
        return MatchKind(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Pinyin py;
        const QString market = QStringLiteral("区市场监管局");
        m_index.rebuild({
            entry(py, QStringLiteral("JN-SG01"), QStringLiteral("个体工商户设立登记"), market,
                  HandlingForm::ZeroTrip, QStringLiteral("身份证\n经营场所证明"),
                  QStringLiteral("511A0074300005")),
            entry(py, QStringLiteral("JN-SG05"), QStringLiteral("个体工商户注销登记"), market,
                  HandlingForm::OneTrip, QStringLiteral("营业执照")),
            entry(py, QStringLiteral("X-100"), QStringLiteral("关于个体工商户的咨询"),
                  QStringLiteral("区政务服务中心"), HandlingForm::OneTrip),
            entry(py, QStringLiteral("X-200"), QStringLiteral("银行开户许可证明调取"),
                  QStringLiteral("区人民银行"), HandlingForm::OneTrip),
            entry(py, QStringLiteral("X-300"), QStringLiteral("跨地区通办申请"),
                  QStringLiteral("区政务服务中心"), HandlingForm::WeRunForYou),
            entry(py, QStringLiteral("X-400"), QStringLiteral("食品经营许可"), market,
                  HandlingForm::OneTrip, QStringLiteral("营业执照\n食品安全管理制度")),
            entry(py, QStringLiteral("X-500"), QStringLiteral("营业执照遗失补领"), market,
                  HandlingForm::OneTrip),
            entry(py, QStringLiteral("JN-SG010"), QStringLiteral("公共场所卫生许可"),
                  QStringLiteral("区卫健局"), HandlingForm::OneTrip),
        });
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // leading codes, in order

        QTest::newRow("exact code beats code prefix")
            << QStringLiteral("JN-SG01")
            << QStringList{QStringLiteral("JN-SG01"), QStringLiteral("JN-SG010")};
        QTest::newRow("code is case-insensitive")
            << QStringLiteral("jn-sg05") << QStringList{QStringLiteral("JN-SG05")};
        QTest::newRow("alias code")
            << QStringLiteral("511A0074300005") << QStringList{QStringLiteral("JN-SG01")};
        QTest::newRow("name prefix before name contains")
            << QStringLiteral("个体工商户")
            << QStringList{QStringLiteral("JN-SG01"), QStringLiteral("JN-SG05"),
                           QStringLiteral("X-100")};
        QTest::newRow("pinyin initials")
            << QStringLiteral("gtgs")
            << QStringList{QStringLiteral("JN-SG01"), QStringLiteral("JN-SG05"),
                           QStringLiteral("X-100")};
        QTest::newRow("full pinyin")
            << QStringLiteral("shipinjingying") << QStringList{QStringLiteral("X-400")};
        QTest::newRow("polyphone 银行 as yinhang")
            << QStringLiteral("yinhang") << QStringList{QStringLiteral("X-200")};
        QTest::newRow("polyphone 地区 initials")
            << QStringLiteral("kdq") << QStringList{QStringLiteral("X-300")};
        QTest::newRow("name before material")
            << QStringLiteral("营业执照")
            << QStringList{QStringLiteral("X-500"), QStringLiteral("X-400"),
                           QStringLiteral("JN-SG05")};
        QTest::newRow("department")
            << QStringLiteral("卫健") << QStringList{QStringLiteral("JN-SG010")};
        QTest::newRow("full-width and spaces")
            << QStringLiteral("ＧＴ ＧＳ") << QStringList{QStringLiteral("JN-SG01")};
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QStringList got = codes(query);
        QVERIFY2(got.size() >= expected.size(), qPrintable(got.join(u',')));
        QCOMPARE(got.mid(0, expected.size()), expected);
    }

    void matchKinds()
    {
        QCOMPARE(kindOf(QStringLiteral("JN-SG01"), QStringLiteral("JN-SG01")),
                 MatchKind::ExactCode);
        QCOMPARE(kindOf(QStringLiteral("个体"), QStringLiteral("JN-SG01")), MatchKind::NamePrefix);
        QCOMPARE(kindOf(QStringLiteral("个体"), QStringLiteral("X-100")), MatchKind::NameContains);
        QCOMPARE(kindOf(QStringLiteral("gtgs"), QStringLiteral("JN-SG01")), MatchKind::Pinyin);
        QCOMPARE(kindOf(QStringLiteral("市场监管"), QStringLiteral("X-400")),
                 MatchKind::Department);
        QCOMPARE(kindOf(QStringLiteral("经营场所证明"), QStringLiteral("JN-SG01")),
                 MatchKind::Material);
    }

    void noFalsePinyinMatches()
    {
        QVERIFY(codes(QStringLiteral("gtgs")).size() == 3);
        QVERIFY(codes(QStringLiteral("zzzq")).isEmpty());
        // 银行 must not be found as yinxing any more.
        QVERIFY(codes(QStringLiteral("yinxing")).isEmpty());
    }

    void filters()
    {
        SearchFilter byDept;
        byDept.department = QStringLiteral("区市场监管局");
        QCOMPARE(codes(QString(), byDept),
                 (QStringList{QStringLiteral("JN-SG01"), QStringLiteral("JN-SG05"),
                              QStringLiteral("X-400"), QStringLiteral("X-500")}));
        SearchFilter byForm;
        byForm.handlingForm = HandlingForm::WeRunForYou;
        QCOMPARE(codes(QString(), byForm), QStringList{QStringLiteral("X-300")});
        byForm.handlingForm = HandlingForm::ZeroTrip;
        QCOMPARE(codes(QStringLiteral("gtgs"), byForm), QStringList{QStringLiteral("JN-SG01")});
    }

    void emptyQueryListsEverythingUpToLimit()
    {
        QCOMPARE(m_index.search(QString()).size(), m_index.size());
        QCOMPARE(m_index.search(QString(), {}, 3).size(), 3);
    }

    void guidesFirstAmongEqualMatches()
    {
        // Same match kind, same initials position: the item with a guide goes first even
        // though its name is longer.
        Pinyin py;
        CatalogSearchIndex index;
        index.rebuild({
            entry(py, QStringLiteral("L-1"), QStringLiteral("个体工商户登记"),
                  QStringLiteral("区市场监管局"), HandlingForm::OneTrip),
            entry(py, QStringLiteral("G-9"), QStringLiteral("个体工商户设立登记"),
                  QStringLiteral("区市场监管局"), HandlingForm::OneTrip),
        });
        QList<SearchEntry> entries = {index.entry(0), index.entry(1)};
        entries[1].item.materialCount = 4;
        index.rebuild(entries);
        const QList<SearchHit> hits = index.search(QStringLiteral("gtgs"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(index.entry(hits.at(0).entry).item.code, QStringLiteral("G-9"));
        QCOMPARE(index.entry(hits.at(1).entry).item.code, QStringLiteral("L-1"));
        // A better kind of match still wins over a guide.
        QCOMPARE(index.entry(index.search(QStringLiteral("个体工商户登记")).at(0).entry).item.code,
                 QStringLiteral("L-1"));
    }

    void shippedCatalogListsFullGuideFirst()
    {
        // The shipped catalog: 25 Jinan guides and 1,135 list-only Guang'an items, many of
        // them with shorter names that also start with gtgs.
        test::TempStore store;
        const ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
        for (const QString &file :
             DemoData::catalogFiles(qEnvironmentVariable("ONETRIP_DATA_DIR"))) {
            auto outcome = CatalogImporter::importFile(store.db(), file, clock);
            QVERIFY2(outcome, qPrintable(outcome.describe()));
            QVERIFY2(outcome->problems.isEmpty(), qPrintable(file));
        }
        auto entries = CatalogRepository(store.db()).searchEntries();
        QVERIFY2(entries, qPrintable(entries.describe()));
        QVERIFY(entries->size() > 1000);
        CatalogSearchIndex index;
        index.rebuild(std::move(entries).value());

        const QList<SearchHit> hits = index.search(QStringLiteral("gtgs"));
        QVERIFY(hits.size() >= 7);
        const SearchEntry &first = index.entry(hits.at(0).entry);
        QVERIFY2(!first.isBundle && first.item.materialCount > 0,
                 qPrintable(first.item.code + u' ' + first.item.name));
        QVERIFY2(!first.materialNames.isEmpty(), qPrintable(first.item.name));
        QVERIFY2(first.item.name.startsWith(QStringLiteral("个体工商户")),
                 qPrintable(first.item.name));
        // The full guide of 个体工商户设立登记 (JN-SG01, with its materials), which used to come
        // 7th behind list-only items with shorter names, now comes before every one of them.
        qsizetype setUp = -1, firstListOnly = -1;
        for (qsizetype i = 0; i < hits.size(); ++i) {
            const SearchEntry &e = index.entry(hits.at(i).entry);
            if (e.item.code == QLatin1String("JN-SG01") && setUp < 0)
                setUp = i;
            if (!e.isBundle && e.item.materialCount == 0 && firstListOnly < 0)
                firstListOnly = i;
        }
        QVERIFY(setUp >= 0);
        QVERIFY(index.entry(hits.at(setUp).entry).materialNames.contains(QStringLiteral("身份证")));
        QVERIFY2(firstListOnly > setUp, qPrintable(QString::number(firstListOnly))); // still listed
        QVERIFY(setUp < 3);
        // Within the pinyin rank, every guided item comes before every list-only one.
        bool seenListOnly = false;
        for (const SearchHit &h : hits) {
            const SearchEntry &e = index.entry(h.entry);
            if (h.kind != MatchKind::Pinyin || !e.nameInitials.startsWith(QStringLiteral("gtgs")))
                continue;
            const bool guided = e.isBundle || e.item.materialCount > 0;
            QVERIFY2(!(guided && seenListOnly), qPrintable(e.item.code));
            seenListOnly = seenListOnly || !guided;
        }
    }

    void departmentsAreDistinctAndSorted()
    {
        const QStringList d = m_index.departments();
        QCOMPARE(d.size(), 4);
        QStringList sorted = d;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(d, sorted);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
