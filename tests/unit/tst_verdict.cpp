// The verdict over the shipped Jinan guides: every 容缺 condition, invalid states, copies,
// pending rows, bundles and situations. Material lists come from the catalog file, never
// from this test.
#include "TestSupport.h"

#include "catalog/CatalogJson.h"
#include "intake/Checklist.h"
#include "intake/VerdictEngine.h"

#include <QTest>

using namespace onetrip;

namespace {

// "*=ok;JN-SG08/m04=deferred;JN-SG08/m03=defective:expired;JN-SG25/m03=provided#1".
// "*" gives every row not named: "ok" (shared when the guide allows it, else provided with
// the copies asked for), "none" (no check) or a state key. A named row may be "none" too.
QList<MaterialCheck> parseChecks(const QString &spec, const QList<ChecklistRow> &rows)
{
    QList<MaterialCheck> checks;
    QString all = QStringLiteral("none");
    QStringList named;
    const QStringList entries = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString rowKey = entry.section(u'=', 0, 0);
        QString value = entry.section(u'=', 1);
        if (rowKey == QLatin1String("*")) {
            all = value;
            continue;
        }
        named.append(rowKey);
        if (value == QLatin1String("none"))
            continue;
        MaterialCheck c;
        c.rowKey = rowKey;
        if (value.contains(u'#')) {
            c.copiesReceived = value.section(u'#', 1).toInt();
            value = value.section(u'#', 0, 0);
        } else if (const ChecklistRow *r = Checklist::find(rows, rowKey)) {
            c.copiesReceived = r->material.copies;
        }
        if (value.contains(u':')) {
            c.defect = defectReasonFromKey(value.section(u':', 1));
            Q_ASSERT(c.defect);
            value = value.section(u':', 0, 0);
        }
        const std::optional<MaterialState> state = materialStateFromKey(value);
        Q_ASSERT(state);
        c.state = *state;
        checks.append(c);
    }
    if (all == QLatin1String("none"))
        return checks;
    for (const ChecklistRow &row : rows) {
        if (named.contains(row.key))
            continue;
        bool usedByNamed = false;
        for (const auto &[code, id] : row.usedBy)
            usedByNamed = usedByNamed || named.contains(Checklist::rowKey(code, id));
        if (usedByNamed)
            continue;
        MaterialCheck c;
        c.rowKey = row.key;
        c.copiesReceived = row.material.copies;
        if (all == QLatin1String("ok"))
            c.state = row.material.obtainedBySharing ? MaterialState::ObtainedBySharing
                                                     : MaterialState::Provided;
        else
            c.state = materialStateFromKey(all).value();
        checks.append(c);
    }
    return checks;
}

QHash<QString, QString> parseAnswers(const QString &spec)
{
    QHash<QString, QString> answers;
    const QStringList entries = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &entry : entries)
        answers.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return answers;
}

QStringList keys(const QList<Outcome> &outcomes)
{
    QStringList k;
    for (Outcome o : outcomes)
        k.append(toKey(o));
    return k;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    // Guides by code ("JN-SG08,JN-SG24") or a bundle's items ("JN-B01").
    QList<ServiceGuide> guides(const QString &spec) const
    {
        QStringList codes = spec.split(u',');
        for (const Bundle &b : m_catalog.bundles) {
            if (b.code == spec)
                codes = b.itemCodes;
        }
        QList<ServiceGuide> list;
        for (const QString &code : codes) {
            for (const ServiceGuide &g : m_catalog.guides) {
                if (g.code == code)
                    list.append(g);
            }
        }
        return list;
    }

    static void modify(QList<ServiceGuide> &list, const QString &modifier)
    {
        const QStringList changes = modifier.split(u';', Qt::SkipEmptyParts);
        for (const QString &change : changes) {
            for (ServiceGuide &g : list) {
                if (change == QLatin1String("drop-promised") ||
                    change == QLatin1String("no-limits"))
                    g.promisedLimitDays.reset();
                if (change == QLatin1String("no-limits"))
                    g.legalLimitDays.reset();
                for (MaterialRequirement &m : g.materials) {
                    if (change == QLatin1String("secondary:") + Checklist::rowKey(g.code, m.id)) {
                        m.main = false;
                        m.deferrable = false;
                    }
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto read =
            CatalogJson::readFile(test::dataFile(QStringLiteral("catalog/jinan-guides.json")));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
        m_catalog = read.catalog;
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("guides"); // codes, or a bundle code
        // ";"-separated changes to the real guides: "drop-promised", "no-limits", and
        // "secondary:CODE/id" (the material becomes secondary and not deferrable).
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("checks");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QStringList>("deficiencies");
        QTest::addColumn<QStringList>("pending");
        QTest::addColumn<QString>("reasonHas"); // a reason containing this, or "" for none

        const QStringList accept{QStringLiteral("accept"), QStringLiteral("decline")};
        const QStringList deferral{QStringLiteral("accept-with-deferral"),
                                   QStringLiteral("correction-needed"), QStringLiteral("decline")};
        const QStringList correction{QStringLiteral("correction-needed"),
                                     QStringLiteral("decline")};
        const QStringList declineOnly{QStringLiteral("decline")};
        const QString A = QStringLiteral("accept");
        const QString D = QStringLiteral("accept-with-deferral");
        const QString C = QStringLiteral("correction-needed");
        const QString X = QStringLiteral("decline");
        const auto row = [](const char *name, const char *g, const char *mod, const char *ans,
                            const char *checks, bool flagged, bool isSigned, int days,
                            const QString &outcome, const QStringList &allowed,
                            const QStringList &def, const QStringList &pending = {},
                            const char *reason = "") {
            QTest::newRow(name) << QString::fromUtf8(g) << QString::fromUtf8(mod)
                                << QString::fromUtf8(ans) << QString::fromUtf8(checks) << flagged
                                << isSigned << days << outcome << allowed << def << pending
                                << QString::fromUtf8(reason);
        };
        const auto L = [](std::initializer_list<const char *> list) {
            QStringList l;
            for (const char *s : list)
                l.append(QString::fromLatin1(s));
            return l;
        };

        // JN-SG08 药品零售: 承诺件, promised 15; m04-m06 deferrable secondary; m02 shared.
        row("sg08 all complete", "JN-SG08", "", "", "*=ok", false, false, 0, A, accept, {});
        row("sg08 nothing checked", "JN-SG08", "", "", "", false, true, 5, X, declineOnly, {},
            L({"JN-SG08/m01", "JN-SG08/m02", "JN-SG08/m03", "JN-SG08/m04", "JN-SG08/m05",
               "JN-SG08/m06"}),
            "not finished");
        row("sg08 one row explicitly pending", "JN-SG08", "", "",
            "*=ok;JN-SG08/m05=pending;JN-SG08/m04=missing", false, true, 5, X, declineOnly,
            L({"JN-SG08/m04"}), L({"JN-SG08/m05"}), "not finished");
        row("sg08 row without a check is pending", "JN-SG08", "", "", "*=ok;JN-SG08/m06=none",
            false, false, 0, X, declineOnly, {}, L({"JN-SG08/m06"}));
        row("sg08 deferred secondary", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", false, true,
            10, D, deferral, L({"JN-SG08/m04"}));
        row("sg08 missing deferrable secondary", "JN-SG08", "", "", "*=ok;JN-SG08/m04=missing",
            false, true, 10, D, deferral, L({"JN-SG08/m04"}));
        row("sg08 defective deferrable secondary", "JN-SG08", "", "",
            "*=ok;JN-SG08/m05=defective:unclear", false, true, 10, D, deferral, L({"JN-SG08/m05"}));
        row("sg08 three deferred", "JN-SG08", "", "",
            "*=ok;JN-SG08/m04=deferred;JN-SG08/m05=deferred;JN-SG08/m06=missing", false, true, 10,
            D, deferral, L({"JN-SG08/m04", "JN-SG08/m05", "JN-SG08/m06"}));
        row("sg08 main missing blocks deferral", "JN-SG08", "", "",
            "*=ok;JN-SG08/m01=missing;JN-SG08/m04=deferred", false, true, 10, C, correction,
            L({"JN-SG08/m01", "JN-SG08/m04"}), {}, "main materials are not complete");
        row("sg08 main defective blocks deferral", "JN-SG08", "", "",
            "*=ok;JN-SG08/m03=defective:expired;JN-SG08/m04=deferred", false, true, 10, C,
            correction, L({"JN-SG08/m03", "JN-SG08/m04"}), {}, "main materials are not complete");
        row("sg08 main deferred is not allowed", "JN-SG08", "", "", "*=ok;JN-SG08/m01=deferred",
            false, true, 10, C, correction, L({"JN-SG08/m01"}), {},
            "main materials are not complete");
        row("sg08 non-deferrable secondary missing", "JN-SG08", "secondary:JN-SG08/m03", "",
            "*=ok;JN-SG08/m03=missing;JN-SG08/m04=deferred", false, true, 10, C, correction,
            L({"JN-SG08/m03", "JN-SG08/m04"}), {}, "does not allow deferring");
        row("sg08 non-deferrable secondary deferred", "JN-SG08", "secondary:JN-SG08/m03", "",
            "*=ok;JN-SG08/m03=deferred", false, true, 10, C, correction, L({"JN-SG08/m03"}), {},
            "does not allow deferring");
        row("sg08 non-deferrable secondary provided", "JN-SG08", "secondary:JN-SG08/m03", "",
            "*=ok;JN-SG08/m04=deferred", false, true, 10, D, deferral, L({"JN-SG08/m04"}));
        row("sg08 commitment unsigned", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", false,
            false, 10, C, correction, L({"JN-SG08/m04"}), {}, "not signed the commitment");
        row("sg08 applicant flagged", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", true, true,
            10, C, correction, L({"JN-SG08/m04"}), {}, "past false commitment");
        row("sg08 supplement 0 days", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", false, true,
            0, C, correction, L({"JN-SG08/m04"}), {}, "set a supplement period");
        row("sg08 supplement over the limit", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", false,
            true, 16, C, correction, L({"JN-SG08/m04"}), {}, "exceeds");
        row("sg08 supplement equal to the limit", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred",
            false, true, 15, D, deferral, L({"JN-SG08/m04"}));
        row("sg08 supplement 1 day", "JN-SG08", "", "", "*=ok;JN-SG08/m04=deferred", false, true, 1,
            D, deferral, L({"JN-SG08/m04"}));
        row("sg08 every condition fails at once", "JN-SG08", "", "",
            "*=ok;JN-SG08/m01=missing;JN-SG08/m04=deferred", true, false, 0, C, correction,
            L({"JN-SG08/m01", "JN-SG08/m04"}), {}, "past false commitment");
        row("sg08 agent brings the authorisation", "JN-SG08", "", "applicant=agent",
            "*=ok;JN-SG08/m07=none", false, false, 0, X, declineOnly, {}, L({"JN-SG08/m07"}));
        row("sg08 agent without authorisation", "JN-SG08", "", "applicant=agent",
            "*=ok;JN-SG08/m07=missing", false, true, 10, C, correction, L({"JN-SG08/m07"}), {},
            "main materials are not complete");
        row("sg08 agent complete", "JN-SG08", "", "applicant=agent", "*=ok", false, false, 0, A,
            accept, {});
        row("sg08 check of an inapplicable row is ignored", "JN-SG08", "", "applicant=self",
            "*=ok;JN-SG08/m07=missing", false, false, 0, A, accept, {}, {}, "was ignored");
        row("sg08 check of an unknown row is ignored", "JN-SG08", "", "",
            "*=ok;JN-SG99/m01=missing", false, false, 0, A, accept, {}, {}, "was ignored");
        row("sg08 shared material may also be brought", "JN-SG08", "", "",
            "*=ok;JN-SG08/m02=provided", false, false, 0, A, accept, {});
        row("sg08 sharing where the guide does not allow it", "JN-SG08", "", "",
            "*=ok;JN-SG08/m01=obtained-by-sharing", false, true, 10, C, correction,
            L({"JN-SG08/m01"}));
        row("sg08 commitment where the guide does not allow it", "JN-SG08", "", "",
            "*=ok;JN-SG08/m03=replaced-by-commitment", false, true, 10, C, correction,
            L({"JN-SG08/m03"}));
        row("sg08 required material marked not applicable", "JN-SG08", "", "",
            "*=ok;JN-SG08/m03=not-applicable", false, true, 10, C, correction, L({"JN-SG08/m03"}));
        row("sg08 provided without enough copies", "JN-SG08", "", "", "*=ok;JN-SG08/m01=provided#0",
            false, false, 0, C, correction, L({"JN-SG08/m01"}));
        row("sg08 every deficiency listed at once", "JN-SG08", "", "",
            "*=ok;JN-SG08/m01=missing;JN-SG08/m03=defective:data-mismatch;JN-SG08/"
            "m04=deferred;JN-SG08/m05=obtained-by-sharing;JN-SG08/m06=defective:unsigned",
            false, true, 10, C, correction,
            L({"JN-SG08/m01", "JN-SG08/m03", "JN-SG08/m04", "JN-SG08/m05", "JN-SG08/m06"}));

        // JN-SG02 企业设立: 即办件; m04 deferrable secondary; m05 may be replaced by commitment.
        row("sg02 all complete", "JN-SG02", "", "", "*=ok", false, false, 0, A, accept, {});
        row("sg02 on-the-spot item: no deferral", "JN-SG02", "", "", "*=ok;JN-SG02/m04=deferred",
            false, true, 1, C, correction, L({"JN-SG02/m04"}), {}, "on-the-spot item");
        row("sg02 premises replaced by commitment", "JN-SG02", "", "",
            "*=ok;JN-SG02/m05=replaced-by-commitment", false, false, 0, A, accept, {});
        row("sg02 commitment for the application form", "JN-SG02", "", "",
            "*=ok;JN-SG02/m01=replaced-by-commitment", false, false, 0, C, correction,
            L({"JN-SG02/m01"}));
        row("sg02 prior licence brings its row", "JN-SG02", "", "prelicence=yes",
            "*=ok;JN-SG02/m07=none", false, false, 0, X, declineOnly, {}, L({"JN-SG02/m07"}));
        row("sg02 agent and prior licence both missing", "JN-SG02", "",
            "applicant=agent;prelicence=yes", "*=ok;JN-SG02/m06=missing;JN-SG02/m07=missing", false,
            false, 0, C, correction, L({"JN-SG02/m06", "JN-SG02/m07"}));

        // JN-SG09 公共场所卫生许可: promised limit 0 (on the spot), legal 20.
        row("sg09 promised limit 0: no supplement period", "JN-SG09", "", "",
            "*=ok;JN-SG09/m03=deferred", false, true, 1, C, correction, L({"JN-SG09/m03"}), {},
            "time limit is 0");
        row("sg09 central air conditioning brings a deferrable row", "JN-SG09", "",
            "central-ac=yes", "*=ok;JN-SG09/m06=missing", false, true, 1, C, correction,
            L({"JN-SG09/m06"}), {}, "time limit is 0");
        row("sg09 report replaced by commitment", "JN-SG09", "", "",
            "*=ok;JN-SG09/m04=replaced-by-commitment", false, false, 0, A, accept, {});
        row("sg09 commitment procedure needs its form", "JN-SG09", "", "procedure=commitment",
            "*=ok;JN-SG09/m07=missing", false, false, 0, C, correction, L({"JN-SG09/m07"}));

        // JN-SG10 医疗机构执业登记: promised 15, legal 45.
        row("sg10 legal limit when no promise", "JN-SG10", "drop-promised", "",
            "*=ok;JN-SG10/m03=deferred", false, true, 30, D, deferral, L({"JN-SG10/m03"}));
        row("sg10 over the legal limit", "JN-SG10", "drop-promised", "",
            "*=ok;JN-SG10/m03=deferred", false, true, 46, C, correction, L({"JN-SG10/m03"}), {},
            "exceeds");
        row("sg10 no limit known", "JN-SG10", "no-limits", "", "*=ok;JN-SG10/m03=deferred", false,
            true, 5, C, correction, L({"JN-SG10/m03"}), {}, "no time limit is published");
        row("sg10 setup approval required and missing", "JN-SG10", "", "setup-approval=required",
            "*=ok;JN-SG10/m02=missing", false, true, 5, C, correction, L({"JN-SG10/m02"}));
        row("sg10 setup approval exempt", "JN-SG10", "", "setup-approval=exempt",
            "*=ok;JN-SG10/m02=missing", false, false, 0, A, accept, {}, {}, "was ignored");

        // JN-SG25 残疾人证: two photos; m05 optional and deferrable; promised 10, no legal.
        row("sg25 one photo of two", "JN-SG25", "", "", "*=ok;JN-SG25/m03=provided#1", false, false,
            0, C, correction, L({"JN-SG25/m03"}));
        row("sg25 more copies than asked", "JN-SG25", "", "", "*=ok;JN-SG25/m03=provided#3", false,
            false, 0, A, accept, {});
        row("sg25 optional not applicable", "JN-SG25", "", "", "*=ok;JN-SG25/m05=not-applicable",
            false, false, 0, A, accept, {});
        row("sg25 optional missing", "JN-SG25", "", "", "*=ok;JN-SG25/m05=missing", false, false, 0,
            A, accept, {});
        row("sg25 optional deferred", "JN-SG25", "", "", "*=ok;JN-SG25/m05=deferred", false, true,
            10, D, deferral, L({"JN-SG25/m05"}));
        row("sg25 guardian's proof missing", "JN-SG25", "", "applicant=guardian",
            "*=ok;JN-SG25/m06=missing", false, false, 0, C, correction, L({"JN-SG25/m06"}));

        // Several items: the smallest limit (JN-SG24: 5) and one shared authorisation.
        row("sg08+sg24 smallest limit exceeded", "JN-SG08,JN-SG24", "", "",
            "*=ok;JN-SG08/m04=deferred", false, true, 6, C, correction, L({"JN-SG08/m04"}), {},
            "exceeds");
        row("sg08+sg24 within the smallest limit", "JN-SG08,JN-SG24", "", "",
            "*=ok;JN-SG08/m04=deferred;JN-SG24/m03=missing", false, true, 5, D, deferral,
            L({"JN-SG08/m04", "JN-SG24/m03"}));
        row("sg08+sg24 shared authorisation named by the second item", "JN-SG08,JN-SG24", "",
            "applicant=agent", "*=ok;JN-SG24/m05=missing", false, false, 0, C, correction,
            L({"JN-SG08/m07"}));

        // Bundles 一件事.
        row("b01 all complete", "JN-B01", "", "", "*=ok", false, false, 0, A, accept, {});
        row("b01 shared ID named by the second item", "JN-B01", "", "", "*=ok;JN-SG15/m01=missing",
            false, false, 0, C, correction, L({"JN-SG01/m01"}));
        row("b01 shared ID cannot be fetched for the card item", "JN-B01", "", "",
            "*=ok;JN-SG01/m01=obtained-by-sharing", false, false, 0, C, correction,
            L({"JN-SG01/m01"}));
        row("b01 agent without authorisation", "JN-B01", "", "applicant=agent",
            "*=ok;JN-SG01/m05=missing", false, false, 0, C, correction, L({"JN-SG01/m05"}));
        row("b01 guardian brings the guardian's proof", "JN-B01", "", "applicant=guardian",
            "*=ok;JN-SG15/m03=none", false, false, 0, X, declineOnly, {}, L({"JN-SG15/m03"}));
        row("b02 all complete", "JN-B02", "", "", "*=ok", false, false, 0, A, accept, {});
        row("b02 on-the-spot item blocks deferral", "JN-B02", "", "", "*=ok;JN-SG02/m04=deferred",
            false, true, 1, C, correction, L({"JN-SG02/m04"}), {}, "on-the-spot item");
        row("b02 premises by commitment", "JN-B02", "", "",
            "*=ok;JN-SG02/m05=replaced-by-commitment", false, false, 0, A, accept, {});
    }

    void evaluate()
    {
        QFETCH(QString, guides);
        QFETCH(QString, modifier);
        QFETCH(QString, answers);
        QFETCH(QString, checks);
        QFETCH(bool, flagged);
        QFETCH(bool, isSigned);
        QFETCH(int, days);
        QFETCH(QString, outcome);
        QFETCH(QStringList, allowed);
        QFETCH(QStringList, deficiencies);
        QFETCH(QStringList, pending);
        QFETCH(QString, reasonHas);

        IntakeRequest request;
        request.guides = this->guides(guides);
        QVERIFY(!request.guides.isEmpty());
        modify(request.guides, modifier);
        request.answers = parseAnswers(answers);
        const QList<ChecklistRow> rows = Checklist::build(request.guides, request.answers);
        request.checks = parseChecks(checks, rows);
        request.falseCommitmentFlagged = flagged;
        request.commitmentSigned = isSigned;
        request.supplementDays = days;

        const Verdict v = VerdictEngine::evaluate(request, rows);
        const QString why = v.reasons.join(u'\n');
        QCOMPARE(toKey(v.recommended), outcome);
        QCOMPARE(keys(v.allowed), allowed);
        QVERIFY(v.allows(v.recommended));
        QVERIFY(v.allows(Outcome::Decline));
        QStringList found;
        for (const Deficiency &d : v.deficiencies) {
            found.append(d.rowKey);
            // Every deficiency says what is wrong and how to fix it, in the guide's words.
            const ChecklistRow *r = Checklist::find(rows, d.rowKey);
            QVERIFY(r);
            QCOMPARE(d.materialName, r->material.name);
            QCOMPARE(d.main, r->material.main);
            QCOMPARE(d.deferrable, r->material.deferrable);
            QVERIFY(!d.problem.isEmpty());
            QVERIFY2(d.howToFix.contains(r->material.howToObtain), qPrintable(d.howToFix));
        }
        QCOMPARE(found, deficiencies);
        QCOMPARE(v.pendingRows, pending);
        QCOMPARE(v.complete(), pending.isEmpty());
        if (reasonHas.isEmpty() && v.allows(Outcome::AcceptWithDeferral))
            QVERIFY2(v.reasons.isEmpty(), qPrintable(why));
        if (!reasonHas.isEmpty())
            QVERIFY2(why.contains(reasonHas), qPrintable(why));
        // A verdict that refuses 容缺 says why.
        if (!v.deficiencies.isEmpty() && v.complete() && !v.allows(Outcome::AcceptWithDeferral))
            QVERIFY(why.contains(QStringLiteral("No deferral")));
        // Pure: the same request gives the same verdict.
        const Verdict again = VerdictEngine::evaluate(request);
        QCOMPARE(again.deficiencies, v.deficiencies);
        QCOMPARE(again.reasons, v.reasons);
    }

    void everyFailedDeferralConditionIsAReason()
    {
        IntakeRequest r;
        r.guides = guides(QStringLiteral("JN-B02"));
        modify(r.guides, QStringLiteral("secondary:JN-SG02/m02"));
        const QList<ChecklistRow> rows = Checklist::build(r.guides, {});
        r.checks = parseChecks(QStringLiteral("*=ok;JN-SG02/m01=missing;JN-SG02/m04=deferred;"
                                              "JN-SG02/m02=defective:unsigned;JN-SG07/"
                                              "m01=replaced-by-commitment"),
                               rows);
        r.falseCommitmentFlagged = true;
        r.supplementDays = 99;
        const Verdict v = VerdictEngine::evaluate(r, rows);
        QCOMPARE(v.recommended, Outcome::CorrectionNeeded);
        QCOMPARE(v.deficiencies.size(), 4);
        // Main incomplete, not deferrable, 即办件 (JN-SG02 and JN-SG07), flagged, unsigned,
        // over the limit: each its own reason.
        QCOMPARE(v.reasons.size(), 7);
    }

    void defectsExplainTheFix()
    {
        IntakeRequest r;
        r.guides = guides(QStringLiteral("JN-SG25"));
        const QList<ChecklistRow> rows = Checklist::build(r.guides, {});
        const QString photos = QStringLiteral("JN-SG25/m03");
        for (const DefectReason reason :
             {DefectReason::Expired, DefectReason::Unsigned, DefectReason::Unclear,
              DefectReason::WrongForm, DefectReason::NotEnoughCopies, DefectReason::DataMismatch,
              DefectReason::Other}) {
            r.checks =
                parseChecks(QStringLiteral("*=ok;JN-SG25/m03=defective:") + toKey(reason), rows);
            for (MaterialCheck &c : r.checks) {
                if (c.rowKey == photos)
                    c.note = QStringLiteral("照片为黑白");
            }
            const Verdict v = VerdictEngine::evaluate(r, rows);
            QCOMPARE(v.deficiencies.size(), 1);
            const Deficiency &d = v.deficiencies.constFirst();
            QCOMPARE(d.rowKey, photos);
            QCOMPARE(d.defect, reason);
            QCOMPARE(d.note, QStringLiteral("照片为黑白"));
            QVERIFY(d.howToFix.endsWith(Checklist::find(rows, photos)->material.howToObtain));
            QVERIFY(d.howToFix.size() > Checklist::find(rows, photos)->material.howToObtain.size());
        }
        // Different defects, different fixes.
        r.checks = parseChecks(QStringLiteral("*=ok;JN-SG25/m03=defective:expired"), rows);
        const QString expired = VerdictEngine::evaluate(r, rows).deficiencies.value(0).howToFix;
        r.checks = parseChecks(QStringLiteral("*=ok;JN-SG25/m03=defective:unclear"), rows);
        QVERIFY(VerdictEngine::evaluate(r, rows).deficiencies.value(0).howToFix != expired);
    }

    void duplicateCheckLastCounts()
    {
        IntakeRequest r;
        r.guides = guides(QStringLiteral("JN-SG08"));
        const QList<ChecklistRow> rows = Checklist::build(r.guides, {});
        r.checks = parseChecks(QStringLiteral("*=ok;JN-SG08/m01=missing"), rows);
        r.checks.append({QStringLiteral("JN-SG08/m01"), MaterialState::Provided, 1, {}, {}});
        const Verdict v = VerdictEngine::evaluate(r, rows);
        QCOMPARE(v.recommended, Outcome::Accept);
        QCOMPARE(v.reasons.size(), 1);
    }

    void supplementLimit_data()
    {
        QTest::addColumn<QString>("guides");
        QTest::addColumn<int>("limit"); // -1: unknown
        QTest::newRow("promised") << QStringLiteral("JN-SG08") << 15;
        QTest::newRow("promised 0") << QStringLiteral("JN-SG09") << 0;
        QTest::newRow("legal when no promise") << QStringLiteral("JN-SG16") << 60;
        QTest::newRow("promised without legal") << QStringLiteral("JN-SG25") << 10;
        QTest::newRow("neither") << QStringLiteral("1145072100811537184452004020000") << -1;
        QTest::newRow("smallest of items") << QStringLiteral("JN-SG08,JN-SG24,JN-SG10") << 5;
        QTest::newRow("an item without a limit")
            << QStringLiteral("JN-SG08,1145072100811537184452004020000") << -1;
        QTest::newRow("bundle") << QStringLiteral("JN-B02") << 0;
    }

    void supplementLimit()
    {
        QFETCH(QString, guides);
        QFETCH(int, limit);
        const std::optional<int> got = VerdictEngine::supplementLimitDays(this->guides(guides));
        QCOMPARE(got.value_or(-1), limit);
    }

    void declineNeedsReasonAndRedirect()
    {
        QVERIFY(!DeclineDecision{}.validate().ok());
        QVERIFY(!DeclineDecision({QStringLiteral("不属于本机关职权范围"), {}}).validate().ok());
        QVERIFY(!DeclineDecision({{}, QStringLiteral("市市场监管局")}).validate().ok());
        QVERIFY(!DeclineDecision({QStringLiteral("x"), QStringLiteral("  ")}).validate().ok());
        QVERIFY(DeclineDecision({QStringLiteral("不属于本机关职权范围"),
                                 QStringLiteral("济南市市场监督管理局")})
                    .validate()
                    .ok());
        QVERIFY(!DeclineDecision::rightsNotice().isEmpty());
    }

    void keysRoundTrip()
    {
        for (Outcome o : {Outcome::Accept, Outcome::AcceptWithDeferral, Outcome::CorrectionNeeded,
                          Outcome::Decline}) {
            QCOMPARE(outcomeFromKey(toKey(o)), o);
            QVERIFY(!displayName(o).isEmpty());
        }
        QSet<QString> seen;
        for (int digit = 1; digit <= 7; ++digit) {
            const MaterialState s = stateForKey(digit);
            QVERIFY(s != MaterialState::Pending);
            QCOMPARE(keyForState(s), digit);
            QCOMPARE(materialStateFromKey(toKey(s)), s);
            seen.insert(toKey(s));
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(stateForKey(0), MaterialState::Pending);
        QCOMPARE(stateForKey(8), MaterialState::Pending);
        QCOMPARE(stateForKey(1), MaterialState::Provided);
        QCOMPARE(stateForKey(6), MaterialState::Deferred);
        QCOMPARE(materialStateFromKey(QStringLiteral("provide")), std::nullopt);
        QCOMPARE(defectReasonFromKey(QStringLiteral("not-enough-copies")),
                 DefectReason::NotEnoughCopies);
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
