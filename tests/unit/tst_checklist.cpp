// The tailored checklist over the shipped Jinan guides: situations, bundles, defaults.
#include "TestSupport.h"

#include "catalog/CatalogJson.h"
#include "intake/Checklist.h"

#include <QTest>

using namespace onetrip;

namespace {

QStringList keysOf(const QList<ChecklistRow> &rows)
{
    QStringList keys;
    for (const ChecklistRow &r : rows)
        keys.append(r.key);
    return keys;
}

QHash<QString, QString> answers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QHash<QString, QString> a;
    for (const auto &[k, v] : list)
        a.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return a;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    QList<ServiceGuide> guides(const QString &code) const
    {
        QStringList codes{code};
        for (const Bundle &b : m_catalog.bundles) {
            if (b.code == code)
                codes = b.itemCodes;
        }
        QList<ServiceGuide> list;
        for (const QString &c : codes) {
            for (const ServiceGuide &g : m_catalog.guides) {
                if (g.code == c)
                    list.append(g);
            }
        }
        return list;
    }

    // The materials of a guide that apply to `a`, computed from the guide without merging.
    static QStringList applicable(const ServiceGuide &g, const QHash<QString, QString> &a)
    {
        QStringList keys;
        for (const MaterialRequirement &m : g.materials) {
            if (m.appliesTo(a))
                keys.append(Checklist::rowKey(g.code, m.id));
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto read =
            CatalogJson::readFile(test::dataFile(QStringLiteral("catalog/jinan-guides.json")));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
        m_catalog = read.catalog;
    }

    void situationsChangeTheRows_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("added"); // the row the answer brings in
        QTest::newRow("agent authorisation")
            << QStringLiteral("JN-SG08") << QStringLiteral("applicant") << QStringLiteral("agent")
            << QStringLiteral("JN-SG08/m07");
        QTest::newRow("prior licence") << QStringLiteral("JN-SG02") << QStringLiteral("prelicence")
                                       << QStringLiteral("yes") << QStringLiteral("JN-SG02/m07");
        QTest::newRow("new domicile")
            << QStringLiteral("JN-SG03") << QStringLiteral("change-domicile")
            << QStringLiteral("yes") << QStringLiteral("JN-SG03/m04");
        QTest::newRow("central air conditioning")
            << QStringLiteral("JN-SG09") << QStringLiteral("central-ac") << QStringLiteral("yes")
            << QStringLiteral("JN-SG09/m06");
        QTest::newRow("guardian") << QStringLiteral("JN-SG25") << QStringLiteral("applicant")
                                  << QStringLiteral("guardian") << QStringLiteral("JN-SG25/m06");
    }

    void situationsChangeTheRows()
    {
        QFETCH(QString, code);
        QFETCH(QString, situation);
        QFETCH(QString, option);
        QFETCH(QString, added);
        const QList<ServiceGuide> g = guides(code);
        QCOMPARE(g.size(), 1);
        const QHash<QString, QString> defaults = Checklist::mergedDefaultAnswers(g);
        QVERIFY(defaults.value(situation) != option);

        const QStringList before = keysOf(Checklist::build(g, {}));
        QHash<QString, QString> a = defaults;
        a.insert(situation, option);
        const QStringList after = keysOf(Checklist::build(g, a));
        QVERIFY(!before.contains(added));
        QVERIFY(after.contains(added));
        QCOMPARE(before, applicable(g.constFirst(), defaults));
        QCOMPARE(after, applicable(g.constFirst(), a));
        // Rows keep their keys whatever the answers: a check made earlier stays attached.
        for (const QString &k : before)
            QVERIFY(after.contains(k));
    }

    void exclusiveOptionsSwapRows()
    {
        const QList<ServiceGuide> g = guides(QStringLiteral("JN-SG04"));
        const QStringList general =
            keysOf(Checklist::build(g, answers({{"deregistration", "general"}})));
        const QStringList simple =
            keysOf(Checklist::build(g, answers({{"deregistration", "simple"}})));
        QVERIFY(general.contains(QStringLiteral("JN-SG04/m03")));
        QVERIFY(!general.contains(QStringLiteral("JN-SG04/m04")));
        QVERIFY(simple.contains(QStringLiteral("JN-SG04/m04")));
        QVERIFY(!simple.contains(QStringLiteral("JN-SG04/m03")));
        QCOMPARE(general.size(), simple.size());
    }

    void unansweredQuestionsTakeTheirDefault()
    {
        for (const ServiceGuide &g : m_catalog.guides) {
            const QList<ServiceGuide> one{g};
            QCOMPARE(Checklist::build(one, {}),
                     Checklist::build(one, Checklist::mergedDefaultAnswers(one)));
            QCOMPARE(Checklist::mergedDefaultAnswers(one), g.defaultAnswers());
            QCOMPARE(keysOf(Checklist::build(one, {})), applicable(g, g.defaultAnswers()));
        }
    }

    void bundleAsksSharedMaterialsOnce()
    {
        const QList<ServiceGuide> b01 = guides(QStringLiteral("JN-B01"));
        QCOMPARE(b01.size(), 3);
        const QList<ChecklistRow> rows = Checklist::build(b01, {});
        int sum = 0;
        for (const ServiceGuide &g : b01)
            sum += int(applicable(g, Checklist::mergedDefaultAnswers(b01)).size());
        // The applicant's ID (JN-SG01/m01 and JN-SG15/m01, sharedKey applicant-id) once.
        QCOMPARE(rows.size(), sum - 1);
        const ChecklistRow *id = Checklist::find(rows, QStringLiteral("JN-SG01/m01"));
        QVERIFY(id);
        QCOMPARE(id->usedBy.size(), 2);
        QCOMPARE(id->usedBy.at(1), qMakePair(QStringLiteral("JN-SG15"), QStringLiteral("m01")));
        QVERIFY(!Checklist::find(rows, QStringLiteral("JN-SG15/m01")));
        // Strictest wins: the card item needs the ID itself, so no data sharing for the row.
        const ServiceGuide &sg01 = b01.at(0);
        QVERIFY(sg01.material(QStringLiteral("m01"))->obtainedBySharing);
        QVERIFY(!id->material.obtainedBySharing);
        // Every key is unique.
        const QStringList keys = keysOf(rows);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }

    void bundleSharesAnswersAcrossItems()
    {
        // Both items ask "applicant"; one answer brings in one shared authorisation row.
        const QList<ServiceGuide> two{guides(QStringLiteral("JN-SG08")).constFirst(),
                                      guides(QStringLiteral("JN-SG24")).constFirst()};
        const QList<ChecklistRow> self = Checklist::build(two, {});
        const QList<ChecklistRow> agent = Checklist::build(two, answers({{"applicant", "agent"}}));
        QCOMPARE(agent.size(), self.size() + 1);
        const ChecklistRow *auth = Checklist::find(agent, QStringLiteral("JN-SG08/m07"));
        QVERIFY(auth);
        QCOMPARE(auth->usedBy.size(), 2);
        QCOMPARE(auth->usedBy.at(1).first, QStringLiteral("JN-SG24"));

        // JN-B01: "applicant" has self/agent in one item and self/guardian in another.
        const QList<ServiceGuide> b01 = guides(QStringLiteral("JN-B01"));
        const QList<ChecklistRow> guardian =
            Checklist::build(b01, answers({{"applicant", "guardian"}}));
        QVERIFY(Checklist::find(guardian, QStringLiteral("JN-SG15/m03")));
        QVERIFY(!Checklist::find(guardian, QStringLiteral("JN-SG01/m05")));
        const QList<ChecklistRow> byAgent =
            Checklist::build(b01, answers({{"applicant", "agent"}}));
        QVERIFY(Checklist::find(byAgent, QStringLiteral("JN-SG01/m05")));
        QVERIFY(!Checklist::find(byAgent, QStringLiteral("JN-SG15/m03")));
    }

    void questionsAreMerged()
    {
        const QList<ServiceGuide> b01 = guides(QStringLiteral("JN-B01"));
        const QList<Situation> q = Checklist::questions(b01);
        QStringList ids;
        for (const Situation &s : q)
            ids.append(s.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("applicant"), QStringLiteral("prelicence")}));
        QStringList options;
        for (const SituationOption &o : q.constFirst().options)
            options.append(o.id);
        QCOMPARE(options, (QStringList{QStringLiteral("self"), QStringLiteral("agent"),
                                       QStringLiteral("guardian")}));
        QCOMPARE(q.constFirst().defaultOption, QStringLiteral("self"));
        QCOMPARE(Checklist::mergedDefaultAnswers(b01).value(QStringLiteral("applicant")),
                 QStringLiteral("self"));
        QCOMPARE(Checklist::questions(guides(QStringLiteral("JN-SG07"))).size(), 0);
    }

    void inapplicableMaterialIsNotMerged()
    {
        // The premises proof (sharedKey premises-proof) of JN-SG02 always applies; JN-SG03's
        // only when the domicile changes.
        const QList<ServiceGuide> two{guides(QStringLiteral("JN-SG02")).constFirst(),
                                      guides(QStringLiteral("JN-SG03")).constFirst()};
        const QString premises = QStringLiteral("JN-SG02/m05");
        const QList<ChecklistRow> same = Checklist::build(two, {});
        QCOMPARE(Checklist::find(same, premises)->usedBy.size(), 1);
        QVERIFY(!Checklist::find(same, QStringLiteral("JN-SG03/m04")));
        const QList<ChecklistRow> moved =
            Checklist::build(two, answers({{"change-domicile", "yes"}}));
        QCOMPARE(moved.size(), same.size());
        const ChecklistRow *row = Checklist::find(moved, premises);
        QCOMPARE(row->usedBy.size(), 2);
        QCOMPARE(row->usedBy.at(1), qMakePair(QStringLiteral("JN-SG03"), QStringLiteral("m04")));
        QVERIFY(row->material.main);
        QVERIFY(row->material.commitmentInLieu);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
