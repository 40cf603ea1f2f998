#include "catalog/CatalogSearchIndex.h"
#include "catalog/Pinyin.h"

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
