// GuideDocument: the service guide as HTML — every attribute present, data escaped, limits
// and provenance in words.
#include "catalog/GuideDocument.h"

#include <QTest>
#include <QTextDocument>

using namespace onetrip;

namespace {

ServiceGuide sampleGuide()
{
    ServiceGuide g;
    g.code = QStringLiteral("3701000105701-001");
    g.name = QStringLiteral("食品经营许可 <b>核发</b> & 变更");
    g.department = QStringLiteral("市场监督管理局");
    g.itemType = QStringLiteral("行政许可");
    g.legalLimitDays = 20;
    g.legalLimitText = QStringLiteral("《行政许可法》第四十二条");
    g.promisedLimitDays = 0;
    g.fee = QStringLiteral("不收费");
    g.deliveryModes = {DeliveryMode::WindowPickup, DeliveryMode::Express};
    g.legalBasis = {QStringLiteral("《食品安全法》第三十五条")};
    g.result = QStringLiteral("食品经营许可证");
    g.situations = {Situation{QStringLiteral("who"),
                              QStringLiteral("由谁办理？"),
                              {{QStringLiteral("self"), QStringLiteral("本人办理")},
                               {QStringLiteral("agent"), QStringLiteral("委托代理人办理")}},
                              QStringLiteral("self")}};
    MaterialRequirement id;
    id.id = QStringLiteral("id");
    id.name = QStringLiteral("身份证");
    id.obtainedBySharing = true;
    id.howToObtain = QStringLiteral("电子证照库调取");
    MaterialRequirement authorisation;
    authorisation.id = QStringLiteral("auth");
    authorisation.name = QStringLiteral("授权委托书");
    authorisation.requirement = Requirement::Situational;
    authorisation.appliesWhen = {{QStringLiteral("who"), {QStringLiteral("agent")}}};
    authorisation.main = false;
    authorisation.deferrable = true;
    authorisation.remarks = QStringLiteral("须本人签字");
    authorisation.provenance = Provenance::Reconstructed;
    g.materials = {id, authorisation};
    return g;
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestGuideDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesData();
    void containsEveryPart();
    void limitsInWords_data();
    void limitsInWords();
    void provenanceLine_data();
    void provenanceLine();
    void noGuideTextSaysSo();
    void bundleListsSharedMaterialOnce();
};

void TestGuideDocument::escapesData()
{
    const QString html = GuideDocument::toHtml(sampleGuide());
    QVERIFY(!html.contains(QStringLiteral("<b>核发</b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;核发&lt;/b&gt; &amp; 变更")));
    QVERIFY(plainText(html).contains(sampleGuide().name)); // and shown as written
}

void TestGuideDocument::containsEveryPart()
{
    const ServiceGuide g = sampleGuide();
    const QString text = plainText(GuideDocument::toHtml(g, QStringLiteral("历下区政务服务中心")));
    const QStringList expected = {QStringLiteral("历下区政务服务中心"),
                                  g.code,
                                  g.department,
                                  g.itemType,
                                  g.legalLimitText,
                                  g.fee,
                                  g.legalBasis.constFirst(),
                                  g.result,
                                  displayName(g.handlingForm),
                                  displayName(g.caseType),
                                  displayName(DeliveryMode::WindowPickup),
                                  displayName(DeliveryMode::Express),
                                  QStringLiteral("身份证"),
                                  QStringLiteral("电子证照库调取"),
                                  QStringLiteral("授权委托书"),
                                  QStringLiteral("须本人签字"),
                                  QStringLiteral("由谁办理？"),
                                  QStringLiteral("委托代理人办理"),
                                  displayName(Requirement::Situational),
                                  displayName(MaterialSource::Applicant)};
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part));
    // The situational material says when it applies; the option says what it brings in.
    QVERIFY(text.contains(GuideDocument::conditionText(g.materials.at(1), g)));
    QVERIFY(GuideDocument::conditionText(g.materials.at(1), g)
                .contains(QStringLiteral("委托代理人办理")));
}

void TestGuideDocument::limitsInWords_data()
{
    QTest::addColumn<std::optional<int>>("days");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not published") << std::optional<int>() << QStringLiteral("Not published");
    QTest::newRow("on the spot") << std::optional<int>(0) << QStringLiteral("On the spot");
    QTest::newRow("one day") << std::optional<int>(1) << QStringLiteral("1 working day");
    QTest::newRow("twenty days") << std::optional<int>(20) << QStringLiteral("20 working days");
}

void TestGuideDocument::limitsInWords()
{
    QFETCH(std::optional<int>, days);
    QFETCH(QString, expected);
    ServiceGuide g = sampleGuide();
    g.legalLimitDays = 7; // distinct from every expected text
    g.promisedLimitDays = days;
    const QString text = plainText(GuideDocument::toHtml(g));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("7 working days")));
}

void TestGuideDocument::provenanceLine_data()
{
    QTest::addColumn<Provenance>("record");
    QTest::addColumn<QString>("expected");
    QTest::newRow("real") << Provenance::Real << QStringLiteral("published service guide");
    QTest::newRow("partial") << Provenance::Partial << QStringLiteral("Partly reconstructed");
    QTest::newRow("reconstructed")
        << Provenance::Reconstructed << QStringLiteral("Reconstructed for testing");
}

void TestGuideDocument::provenanceLine()
{
    QFETCH(Provenance, record);
    QFETCH(QString, expected);
    ServiceGuide g = sampleGuide();
    g.provenance.record = record;
    g.provenance.sources = {QStringLiteral("http://zwfw.jinan.gov.cn/")};
    const QString text = plainText(GuideDocument::toHtml(g));
    QVERIFY2(text.contains(expected), qPrintable(text.right(300)));
    QVERIFY(text.contains(QStringLiteral("http://zwfw.jinan.gov.cn/")));
    // A reconstructed material is marked as such.
    QVERIFY(text.contains(QStringLiteral("授权委托书 (reconstructed)")));
}

void TestGuideDocument::noGuideTextSaysSo()
{
    ServiceGuide g = sampleGuide();
    g.materials.clear();
    g.situations.clear();
    const QString text = plainText(GuideDocument::toHtml(g));
    QVERIFY(text.contains(QStringLiteral("This catalog entry has no published guide yet")));
    QVERIFY(!text.contains(QStringLiteral("Application materials")));
}

void TestGuideDocument::bundleListsSharedMaterialOnce()
{
    ServiceGuide a = sampleGuide();
    a.situations.clear();
    a.materials[1].requirement = Requirement::Always;
    a.materials[1].appliesWhen.clear();
    a.materials[0].sharedKey = QStringLiteral("resident-id");
    ServiceGuide b = a;
    b.code = QStringLiteral("3701000105702-001");
    b.name = QStringLiteral("公共场所卫生许可");
    b.materials[0].sharedKey = QStringLiteral("resident-id");
    Bundle bundle;
    bundle.code = QStringLiteral("YJS-01");
    bundle.name = QStringLiteral("开餐馆一件事");
    bundle.itemCodes = {a.code, b.code};
    const QString text = plainText(GuideDocument::bundleToHtml(bundle, {a, b}));
    QVERIFY(text.contains(bundle.name));
    QVERIFY(text.contains(b.name));
    QCOMPARE(text.count(QStringLiteral("身份证")), 1);     // shared: asked once
    QCOMPARE(text.count(QStringLiteral("授权委托书")), 2); // not shared: once per item
    QVERIFY(text.contains(QStringLiteral("Application materials, each asked for once (3)")));
}

QTEST_MAIN(TestGuideDocument)
#include "tst_guidedocument.moc"
