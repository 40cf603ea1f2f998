#include "TestSupport.h"

#include "catalog/CatalogJson.h"
#include "common/MessageText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Sets (or, with an undefined value, removes) the value at a path like "items/0/code";
// an array index one past the end appends.
QJsonValue setPath(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && value.isUndefined()) {
            a.removeAt(i);
            return a;
        }
        const QJsonValue child = i < a.size() ? a.at(i) : QJsonValue(QJsonObject());
        if (i < a.size())
            a[i] = setPath(child, path, value);
        else
            a.append(setPath(child, path, value));
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, setPath(o.value(head), path, value));
    return o;
}

QJsonObject exampleFile()
{
    return QJsonDocument::fromJson(test::readFile(test::testDataFile(s("catalog/example.json"))))
        .object();
}

QString describe(const CatalogProblems &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

const ServiceGuide *findGuide(const Catalog &c, const QString &code)
{
    for (const ServiceGuide &g : c.guides) {
        if (g.code == code)
            return &g;
    }
    return nullptr;
}

// Empty when both hold the same; otherwise the first difference.
QString catalogDifference(const Catalog &a, const Catalog &b)
{
    if (a.source != b.source)
        return s("the source blocks differ");
    if (a.guides.size() != b.guides.size())
        return s("%1 guides against %2").arg(a.guides.size()).arg(b.guides.size());
    for (qsizetype i = 0; i < a.guides.size(); ++i) {
        if (!a.guides.at(i).sameContent(b.guides.at(i)))
            return s("guide %1 differs").arg(a.guides.at(i).code);
    }
    if (a.bundles != b.bundles)
        return s("the bundles differ");
    return {};
}

} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFilesRead_data();
    void shippedFilesRead();
    void jinanContent();
    void exampleReads();
    void documentedExampleIsTheFixture();
    void invalid_data();
    void invalid();
    void notJson_data();
    void notJson();
    void unreadableFile();
    void severalBadRecords();
    void bundleItemOutsideFileIsAccepted();
    void roundTrip_data();
    void roundTrip();
    void guideToJsonIsCanonical();
    void agentMaterialAppliesOnlyToAgent();
    void problemToString_data();
    void problemToString();
    void quotedValueIsCut_data();
    void quotedValueIsCut();
    void longValuesAreCutInMessages();
};

void TestCatalogJson::shippedFilesRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("guides");
    QTest::addColumn<int>("bundles");
    QTest::addColumn<bool>("guideText");
    // 25 guides of service_guides.json; all 1,135 Guang'an items (codes are unique; two
    // same-name pairs have different codes and are both kept: see the file's source block).
    QTest::newRow("jinan") << s("catalog/jinan-guides.json") << 25 << 2 << true;
    QTest::newRow("guangan") << s("catalog/guangan-district.json") << 1135 << 0 << false;
}

void TestCatalogJson::shippedFilesRead()
{
    QFETCH(QString, file);
    QFETCH(int, guides);
    QFETCH(int, bundles);
    QFETCH(bool, guideText);
    const CatalogJson::ReadResult r = CatalogJson::readFile(test::dataFile(file));
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    QCOMPARE(r.catalog.guides.size(), guides);
    QCOMPARE(r.catalog.bundles.size(), bundles);
    QVERIFY(!r.catalog.source.isEmpty());
    for (const ServiceGuide &g : r.catalog.guides) {
        QCOMPARE(g.hasGuideText(), guideText);
        QCOMPARE(g.version, 0);
    }
}

void TestCatalogJson::jinanContent()
{
    const CatalogJson::ReadResult r =
        CatalogJson::readFile(test::dataFile(s("catalog/jinan-guides.json")));
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    int withSituations = 0;
    for (const ServiceGuide &g : r.catalog.guides) {
        if (!g.situations.isEmpty()) {
            ++withSituations;
            // Authored by OneTrip, so marked as such.
            QCOMPARE(g.provenance.fields.value(s("situations")), Provenance::Reconstructed);
        }
        if (g.code.startsWith(s("JN-SG")))
            QCOMPARE(g.provenance.fields.value(s("code")), Provenance::Reconstructed);
        for (const MaterialRequirement &m : g.materials) {
            QVERIFY(!(m.deferrable && m.main));
            QCOMPARE(m.obtainedBySharing, m.source == MaterialSource::DataSharing);
        }
    }
    QVERIFY2(withSituations >= 8, qPrintable(QString::number(withSituations)));
    // The two codes the source publishes are kept; the others are invented (JN-SGnn).
    QVERIFY(findGuide(r.catalog, s("3701000105701-001")));
    QVERIFY(findGuide(r.catalog, s("JN-SG01")));
    QVERIFY(findGuide(r.catalog, s("JN-SG01"))->aliases.contains(s("511A0074300005")));
    for (const Bundle &b : r.catalog.bundles) {
        QVERIFY(b.itemCodes.size() >= 2);
        QCOMPARE(b.provenance.record, Provenance::Reconstructed);
        for (const QString &code : b.itemCodes)
            QVERIFY2(findGuide(r.catalog, code), qPrintable(code));
    }
}

void TestCatalogJson::exampleReads()
{
    const CatalogJson::ReadResult r = CatalogJson::read(QJsonDocument(exampleFile()).toJson());
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    QCOMPARE(r.catalog.guides.size(), 2);
    const ServiceGuide &g = r.catalog.guides.at(0);
    QCOMPARE(g.legalLimitDays, std::optional<int>(20));
    QCOMPARE(r.catalog.guides.at(1).legalLimitDays, std::nullopt);
    QCOMPARE(g.deliveryModes,
             (QList<DeliveryMode>{DeliveryMode::WindowPickup, DeliveryMode::Express}));
    // Defaults of omitted fields, and a material's provenance inherited from its record.
    const MaterialRequirement *m5 = g.material(s("m5"));
    QVERIFY(m5);
    QCOMPARE(m5->copies, 1);
    QCOMPARE(m5->originalOrCopy, OriginalOrCopy::Original);
    QCOMPARE(m5->medium, Medium::Paper);
    QCOMPARE(m5->requirement, Requirement::Always);
    QCOMPARE(m5->source, MaterialSource::Applicant);
    QCOMPARE(m5->provenance, Provenance::Reconstructed);
    QVERIFY(m5->deferrable && !m5->main);
    QCOMPARE(g.material(s("m6"))->copies, 0);
    QVERIFY(g.material(s("m6"))->commitmentInLieu);
    QCOMPARE(g.provenance.fields.value(s("promisedLimitDays")), Provenance::Reconstructed);
    QCOMPARE(r.catalog.bundles.at(0).itemCodes, (QStringList{s("T-001"), s("T-002")}));
}

void TestCatalogJson::documentedExampleIsTheFixture()
{
    // docs/catalog-format.md shows the fixture in full; they must not drift apart.
    const QString doc =
        QString::fromUtf8(test::readFile(test::dataFile(s("../docs/catalog-format.md"))));
    const QString fence = s("```json\n");
    const qsizetype start = doc.lastIndexOf(fence);
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf(s("```"), start + fence.size());
    QVERIFY(end > start);
    const QByteArray shown = doc.mid(start + fence.size(), end - start - fence.size()).toUtf8();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(shown, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(parsed.object(), exampleFile());
}

void TestCatalogJson::invalid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value"); // JSON text; empty = remove the key
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");

    const QString item0 = s("items[0] (T-001)");
    const QString item1 = s("items[1] (T-002)");
    const QString bundle0 = s("bundles[0] (T-B01)");
    const QByteArray extraSituation = R"({"id": "extra", "question": "Q", "options": [
        {"id": "a", "label": "A"}, {"id": "b", "label": "B"}], "default": "a"})";
    const auto row = [](const char *name, const char *path, const QByteArray &value,
                        const QString &record, const char *field) {
        QTest::newRow(name) << s(path) << value << record << s(field);
    };

    // The file header and unknown keys at every level.
    row("format wrong", "format", R"("other-catalog")", {}, "format");
    row("format missing", "format", {}, {}, "format");
    row("version newer", "formatVersion", "2", {}, "formatVersion");
    row("version text", "formatVersion", R"("1")", {}, "formatVersion");
    row("unknown top key", "itemz", "[]", {}, "itemz");
    row("source not object", "source", "[]", {}, "source");
    row("items not list", "items", "{}", {}, "items");
    row("unknown item key", "items/0/nmae", R"("x")", item0, "nmae");
    row("unknown material key", "items/0/materials/0/copeis", "2", item0, "materials[0].copeis");
    row("unknown provenance key", "items/0/provenance/recrod", R"("real")", item0,
        "provenance.recrod");
    row("unknown situation key", "items/0/situations/0/qustion", R"("x")", item0,
        "situations[0].qustion");
    row("unknown bundle key", "bundles/0/itmes", "[]", bundle0, "itmes");
    row("item not object", "items/1", R"("T-002")", s("items[1]"), "");
    // Codes: required, at most 64 characters, no whitespace/control, unique in the file.
    row("code missing", "items/1/code", {}, s("items[1]"), "code");
    row("code too long", "items/1/code", '"' + QByteArray(65, 'A') + '"',
        s("items[1] (") + QString(60, u'A') + QChar(0x2026) + u')', "code");
    row("code used twice", "items/1/code", R"("T-001")", s("items[1] (T-001)"), "code");
    row("code with space", "items/1/code", R"("T 002")", s("items[1] (T 002)"), "code");
    row("code with control", "items/1/code", R"("T-002\u0007")", s("items[1] (T-002\x07)"), "code");
    row("bundle reuses item code", "bundles/0/code", R"("T-002")", s("bundles[0] (T-002)"), "code");
    row("alias is own code", "items/0/aliases", R"(["T-001"])", item0, "aliases[0]");
    row("alias with space", "items/0/aliases", R"(["OLD 1"])", item0, "aliases[0]");
    // Required text and types.
    row("name missing", "items/0/name", {}, item0, "name");
    row("name blank", "items/0/name", R"("  ")", item0, "name");
    row("name not text", "items/0/name", "5", item0, "name");
    row("department missing", "items/1/department", {}, item1, "department");
    row("legal basis entry empty", "items/0/legalBasis", R"([""])", item0, "legalBasis[0]");
    row("legal basis not list", "items/0/legalBasis", R"("law")", item0, "legalBasis");
    // Enum keys.
    row("handling form unknown", "items/0/handlingForm", R"("two-trips")", item0, "handlingForm");
    row("case type missing", "items/1/caseType", {}, item1, "caseType");
    row("delivery mode unknown", "items/0/deliveryModes", R"(["drone"])", item0,
        "deliveryModes[0]");
    row("delivery mode twice", "items/0/deliveryModes", R"(["express", "express"])", item0,
        "deliveryModes[1]");
    row("original or copy unknown", "items/0/materials/0/originalOrCopy", R"("scan")", item0,
        "materials[0].originalOrCopy");
    row("medium unknown", "items/0/materials/0/medium", R"("fax")", item0, "materials[0].medium");
    row("source unknown", "items/0/materials/0/source", R"("neighbour")", item0,
        "materials[0].source");
    row("requirement unknown", "items/0/materials/0/requirement", R"("maybe")", item0,
        "materials[0].requirement");
    row("material provenance unknown", "items/0/materials/0/provenance", R"("fake")", item0,
        "materials[0].provenance");
    row("provenance missing", "items/1/provenance", {}, item1, "provenance");
    row("provenance record unknown", "items/1/provenance/record", R"("official")", item1,
        "provenance.record");
    row("provenance names unknown field", "items/0/provenance/fields/fees", R"("real")", item0,
        "provenance.fields.fees");
    row("provenance field mark unknown", "items/0/provenance/fields/fee", R"("guess")", item0,
        "provenance.fields.fee");
    // Limits and copies.
    row("legal limit too large", "items/0/legalLimitDays", "3651", item0, "legalLimitDays");
    row("legal limit negative", "items/0/legalLimitDays", "-1", item0, "legalLimitDays");
    row("promised limit fraction", "items/0/promisedLimitDays", "1.5", item0, "promisedLimitDays");
    row("legal limit text", "items/0/legalLimitDays", R"("20")", item0, "legalLimitDays");
    row("copies too many", "items/0/materials/0/copies", "100", item0, "materials[0].copies");
    row("copies negative", "items/0/materials/0/copies", "-1", item0, "materials[0].copies");
    row("copies null", "items/0/materials/0/copies", "null", item0, "materials[0].copies");
    row("main not boolean", "items/0/materials/0/main", R"("yes")", item0, "materials[0].main");
    // Materials.
    row("material id missing", "items/0/materials/1/id", {}, item0, "materials[1].id");
    row("material id twice", "items/0/materials/1/id", R"("m1")", item0, "materials[1].id");
    row("material name missing", "items/0/materials/0/name", {}, item0, "materials[0].name");
    row("material not object", "items/0/materials/0", "1", item0, "materials[0]");
    row("deferrable main material", "items/0/materials/0/deferrable", "true", item0,
        "materials[0].deferrable");
    row("situational without appliesWhen", "items/0/materials/2/appliesWhen", {}, item0,
        "materials[2].appliesWhen");
    row("appliesWhen on always", "items/0/materials/0/appliesWhen",
        R"([{"situation": "applicant", "options": ["agent"]}])", item0, "materials[0].appliesWhen");
    row("appliesWhen unknown situation", "items/0/materials/2/appliesWhen/0/situation", R"("who")",
        item0, "materials[2].appliesWhen[0].situation");
    row("appliesWhen unknown option", "items/0/materials/2/appliesWhen/0/options", R"(["robot"])",
        item0, "materials[2].appliesWhen[0].options[0]");
    row("appliesWhen no options", "items/0/materials/2/appliesWhen/0/options", "[]", item0,
        "materials[2].appliesWhen[0].options");
    row("shared key with space", "items/0/materials/1/sharedKey", R"("business licence")", item0,
        "materials[1].sharedKey");
    // Situations (a third, unused situation is added so no material depends on it).
    QTest::newRow("extra situation is fine")
        << s("items/0/situations/2") << extraSituation << QString() << QString();
    // Changing an existing situation's ids would also break the materials that use them, so
    // these rows add a situation of their own.
    row("situation id twice", "items/0/situations/2",
        R"({"id": "applicant", "question": "Q", "options": [{"id": "a", "label": "A"},
            {"id": "b", "label": "B"}], "default": "a"})",
        item0, "situations[2].id");
    row("situation one option", "items/0/situations/2",
        R"({"id": "extra", "question": "Q", "options": [{"id": "a", "label": "A"}],
            "default": "a"})",
        item0, "situations[2].options");
    row("option id twice", "items/0/situations/2",
        R"({"id": "extra", "question": "Q", "options": [{"id": "a", "label": "A"},
            {"id": "a", "label": "B"}], "default": "a"})",
        item0, "situations[2].options[1].id");
    row("situation not object", "items/0/situations/2", "[]", item0, "situations[2]");
    row("option label missing", "items/0/situations/1/options/1/label", {}, item0,
        "situations[1].options[1].label");
    row("default not an option", "items/0/situations/1/default", R"("later")", item0,
        "situations[1].default");
    row("default missing", "items/0/situations/1/default", {}, item0, "situations[1].default");
    row("question missing", "items/0/situations/1/question", {}, item0, "situations[1].question");
    // Bundles.
    row("bundle one item", "bundles/0/items", R"(["T-001"])", bundle0, "items");
    row("bundle item twice", "bundles/0/items", R"(["T-001", "T-001", "T-002"])", bundle0,
        "items[1]");
    row("bundle name missing", "bundles/0/name", {}, bundle0, "name");
    row("bundle inside bundle", "bundles/1",
        R"({"code": "T-B02", "name": "B", "items": ["T-B01", "T-001"],
            "provenance": {"record": "real"}})",
        s("bundles[1] (T-B02)"), "items[0]");
    row("nothing in the file", "items", "[]", {}, ""); // after bundles are removed below
}

void TestCatalogJson::invalid()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, record);
    QFETCH(QString, field);

    QJsonValue file = exampleFile();
    if (path == s("items") && value == "[]")
        file = setPath(file, {s("bundles")}, QJsonArray());
    const QJsonValue v = value.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                         : QJsonDocument::fromJson('[' + value + ']').array().at(0);
    QVERIFY2(value.isEmpty() || !v.isUndefined(), value.constData());
    file = setPath(file, path.split(u'/'), v);
    const CatalogJson::ReadResult r = CatalogJson::read(QJsonDocument(file.toObject()).toJson());

    if (record.isEmpty() && field.isEmpty() && path.startsWith(s("items/0/situations/2"))) {
        QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
        return;
    }
    // Exactly one problem, located where it is, with a message saying what is expected.
    QVERIFY2(r.problems.size() == 1, qPrintable(describe(r.problems)));
    QCOMPARE(r.problems.at(0).record, record);
    QCOMPARE(r.problems.at(0).field, field);
    QVERIFY(!r.problems.at(0).message.isEmpty());
}

void TestCatalogJson::notJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("broken") << QByteArray("{\"format\": ");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("text") << QByteArray("\"onetrip-catalog\"");
}

void TestCatalogJson::notJson()
{
    QFETCH(QByteArray, bytes);
    const CatalogJson::ReadResult r = CatalogJson::read(bytes);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).record.isEmpty());
    QVERIFY(r.problems.at(0).field.isEmpty());
    QVERIFY(!r.problems.at(0).message.isEmpty());
    QVERIFY(r.catalog.guides.isEmpty());
}

void TestCatalogJson::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("missing.json"));
    const CatalogJson::ReadResult r = CatalogJson::readFile(path);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).record.isEmpty());
    QVERIFY(r.problems.at(0).message.contains(path));
}

void TestCatalogJson::severalBadRecords()
{
    const CatalogJson::ReadResult r =
        CatalogJson::readFile(test::testDataFile(s("catalog/several-bad.json")));
    QStringList found;
    for (const CatalogProblem &p : r.problems)
        found.append(p.record + s(" | ") + p.field);
    found.sort();
    const QStringList expected = {
        s("bundles[0] (B-B1) | items"), s("items[1] (B-2) | materials[0].copies"),
        s("items[1] (B-2) | nmae"),     s("items[2] | code"),
        s("items[3] (B-1) | code"),
    };
    QCOMPARE(found, expected);
}

void TestCatalogJson::bundleItemOutsideFileIsAccepted()
{
    // The store may hold the item; the importer checks that, not the reader.
    const QJsonValue file =
        setPath(exampleFile(), {s("bundles"), s("0"), s("items"), s("1")}, s("ELSEWHERE-9"));
    const CatalogJson::ReadResult r = CatalogJson::read(QJsonDocument(file.toObject()).toJson());
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    QCOMPARE(r.catalog.bundles.at(0).itemCodes.at(1), s("ELSEWHERE-9"));
}

void TestCatalogJson::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("jinan") << test::dataFile(s("catalog/jinan-guides.json"));
    QTest::newRow("guangan") << test::dataFile(s("catalog/guangan-district.json"));
    QTest::newRow("example") << test::testDataFile(s("catalog/example.json"));
}

void TestCatalogJson::roundTrip()
{
    QFETCH(QString, file);
    const CatalogJson::ReadResult first = CatalogJson::readFile(file);
    QVERIFY2(first.problems.isEmpty(), qPrintable(describe(first.problems)));
    const QByteArray written = CatalogJson::write(first.catalog);
    const CatalogJson::ReadResult second = CatalogJson::read(written);
    QVERIFY2(second.problems.isEmpty(), qPrintable(describe(second.problems)));
    const QString difference = catalogDifference(first.catalog, second.catalog);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(CatalogJson::write(second.catalog), written);
}

void TestCatalogJson::guideToJsonIsCanonical()
{
    const CatalogJson::ReadResult r =
        CatalogJson::readFile(test::dataFile(s("catalog/jinan-guides.json")));
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    const auto hash = [](const ServiceGuide &g) {
        return QCryptographicHash::hash(
            QJsonDocument(CatalogJson::guideToJson(g)).toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256);
    };
    QSet<QByteArray> hashes;
    for (const ServiceGuide &g : r.catalog.guides) {
        ServiceGuide copy = g;
        copy.version = 7; // assigned by the store: not part of the content
        QCOMPARE(hash(copy), hash(g));
        CatalogProblems problems;
        const ServiceGuide back =
            CatalogJson::guideFromJson(CatalogJson::guideToJson(g), {}, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(back.sameContent(g));
        QCOMPARE(hash(back), hash(g));
        QVERIFY(!CatalogJson::guideToJson(g).contains(s("version")));
        hashes.insert(hash(g));
    }
    QCOMPARE(hashes.size(), r.catalog.guides.size());

    // Any change of content changes the bytes.
    const ServiceGuide &g = r.catalog.guides.at(0);
    ServiceGuide changed = g;
    changed.materials[0].copies += 1;
    QVERIFY(hash(changed) != hash(g));
    changed = g;
    changed.provenance.fields.insert(s("fee"), Provenance::Partial);
    QVERIFY(hash(changed) != hash(g));
}

void TestCatalogJson::agentMaterialAppliesOnlyToAgent()
{
    const CatalogJson::ReadResult r =
        CatalogJson::readFile(test::dataFile(s("catalog/jinan-guides.json")));
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r.problems)));
    const ServiceGuide *g = findGuide(r.catalog, s("JN-SG01"));
    QVERIFY(g);
    const Situation *who = g->situation(s("applicant"));
    QVERIFY(who && who->option(s("agent")) && who->option(s("self")));
    QCOMPARE(who->defaultOption, s("self"));

    int agentGuides = 0;
    for (const ServiceGuide &guide : r.catalog.guides) {
        const Situation *applicant = guide.situation(s("applicant"));
        if (!applicant || !applicant->option(s("agent")))
            continue;
        ++agentGuides;
        QHash<QString, QString> self = guide.defaultAnswers();
        self.insert(s("applicant"), s("self"));
        QHash<QString, QString> agent = self;
        agent.insert(s("applicant"), s("agent"));
        int authorisations = 0;
        for (const MaterialRequirement &m : guide.materials) {
            if (m.sharedKey != s("agent-authorisation"))
                continue;
            ++authorisations;
            QVERIFY2(m.appliesTo(agent), qPrintable(guide.code));
            QVERIFY2(!m.appliesTo(self), qPrintable(guide.code));
            QVERIFY2(!m.appliesTo(guide.defaultAnswers()), qPrintable(guide.code));
        }
        QVERIFY2(authorisations == 1, qPrintable(guide.code));
        // Materials that do not depend on the answer apply either way.
        for (const MaterialRequirement &m : guide.materials) {
            if (m.requirement == Requirement::Always)
                QVERIFY(m.appliesTo(self) && m.appliesTo(agent));
        }
    }
    QVERIFY(agentGuides >= 8);
}

void TestCatalogJson::problemToString_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << s("items[3] (JN-SG01)") << s("materials[2].copies") << s("Bad.")
                         << s("items[3] (JN-SG01): materials[2].copies: Bad.");
    QTest::newRow("no field") << s("items[1]") << QString() << s("Bad.") << s("items[1]: Bad.");
    QTest::newRow("file") << QString() << QString() << s("Bad.") << s("Bad.");
    QTest::newRow("file field") << QString() << s("format") << s("Bad.") << s("format: Bad.");
}

void TestCatalogJson::problemToString()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE((CatalogProblem{record, field, message}.toString()), expected);
}

void TestCatalogJson::quotedValueIsCut_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const QString smile = s("\U0001F600"); // one character, two UTF-16 units
    const QString ellipsis(QChar(0x2026));
    QTest::newRow("short") << s("T-001") << s("T-001");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("exactly 60") << QString(60, u'x') << QString(60, u'x');
    QTest::newRow("61") << QString(61, u'x') << QString(60, u'x') + ellipsis;
    QTest::newRow("10,000") << QString(10000, u'x') << QString(60, u'x') + ellipsis;
    QTest::newRow("10,000 CJK") << QString(10000, QChar(0x529E))
                                << QString(60, QChar(0x529E)) + ellipsis;
    // Pairs fill units 0-59 exactly: all 30 kept.
    QTest::newRow("pairs end at the cut") << smile.repeated(5000) << smile.repeated(30) + ellipsis;
    // One unit in front: the 30th pair would straddle the cut, so it is left out whole.
    QTest::newRow("pair across the cut")
        << u'x' + smile.repeated(5000) << u'x' + smile.repeated(29) + ellipsis;
}

void TestCatalogJson::quotedValueIsCut()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString got = quotedValue(value);
    QCOMPARE(got, expected);
    QVERIFY(got.isValidUtf16());
}

void TestCatalogJson::longValuesAreCutInMessages()
{
    // A 10,000-character value in every kind of place a message quotes one back.
    const QString huge = QString(9999, QChar(0x529E)) + s("Z");
    QJsonValue file = exampleFile();
    file = setPath(file, {s("items"), s("1"), s("code")}, huge);         // record label
    file = setPath(file, {s("items"), s("0"), s("handlingForm")}, huge); // unknown value
    file = setPath(file, {s("items"), s("0"), huge}, s("x"));            // unknown field
    file = setPath(file, {s("items"), s("0"), s("legalBasis")}, QJsonArray{huge, huge}); // twice
    file = setPath(file, {s("bundles"), s("0"), s("items"), s("1")}, huge);
    const CatalogJson::ReadResult r = CatalogJson::read(QJsonDocument(file.toObject()).toJson());
    QVERIFY2(r.problems.size() >= 4, qPrintable(describe(r.problems)));

    const QString shown = QString(60, QChar(0x529E)) + QChar(0x2026);
    bool sawUnknownValue = false, sawUnknownField = false, sawTwice = false, sawLabel = false;
    for (const CatalogProblem &p : r.problems) {
        const QString line = p.toString();
        // Never the whole value, never even its end (the list of allowed fields may be long).
        QVERIFY2(line.size() < 1000, qPrintable(line.left(200)));
        QVERIFY2(!line.contains(u'Z'), qPrintable(line.left(200)));
        QVERIFY2(!line.contains(QString(61, QChar(0x529E))), qPrintable(line.left(200)));
        if (p.record.startsWith(s("items[1]"))) {
            QCOMPARE(p.record, s("items[1] (") + shown + u')');
            sawLabel = true;
        }
        if (p.field == s("handlingForm")) {
            QVERIFY2(p.message.contains(u'"' + shown + u'"'), qPrintable(p.message));
            QVERIFY(p.message.contains(s("one-trip"))); // the allowed values are still listed
            sawUnknownValue = true;
        }
        if (p.field.startsWith(QChar(0x529E))) {
            QVERIFY2(p.message.contains(u'"' + shown + u'"'), qPrintable(p.message));
            sawUnknownField = true;
        }
        if (p.field == s("legalBasis[1]")) {
            QVERIFY2(p.message.contains(u'"' + shown + u'"'), qPrintable(p.message));
            sawTwice = true;
        }
    }
    QVERIFY(sawUnknownValue);
    QVERIFY(sawUnknownField);
    QVERIFY(sawTwice);
    QVERIFY(sawLabel);
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
