// The printed documents: the template language, the QR code, and every document kind exported
// to PDF and read back with pdftotext (numbers, masked IDs and never a full one, every line,
// dates, hall, copies on pages of their own), plus page 1 rendered to check the QR shows.
// Set ONETRIP_KEEP_DOCUMENTS=<dir> to keep the PDFs for a look.
#include "documents_samples.h"

#include "printing/DocumentRenderer.h"
#include "printing/GuidePrinter.h"
#include "printing/PrintOutput.h"
#include "printing/QrCode.h"
#include "printing/TemplateRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace onetrip;
using namespace onetrip::gui;
namespace samples = onetrip::documents_samples;

Q_DECLARE_METATYPE(onetrip::DocumentKind)

namespace {

struct Pdf
{
    QByteArray bytes;
    QStringList pages; // pdftotext -raw, one entry per page
    QString text() const { return pages.join(QLatin1Char('\f')); }
};

// pdftotext wraps lines inside table cells; comparing without whitespace makes a wrapped
// material name or instruction match as written.
QString squeeze(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

QString chineseDate(QDate date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString keepDir()
{
    return qEnvironmentVariable("ONETRIP_KEEP_DOCUMENTS");
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void templateRenders_data();
    void templateRenders();
    void templateRefusesBrokenTags_data();
    void templateRefusesBrokenTags();

    void qrCodeImage();

    void everyKindToPdf_data();
    void everyKindToPdf();
    void fullIdWouldBeCaught();
    void copiesEachOnTheirOwnPages_data();
    void copiesEachOnTheirOwnPages();
    void longNoticeSpansPages();
    void valuesAreEscaped();
    void dueDateWarningIsPrinted();
    void qrVisibleOnPageOne_data();
    void qrVisibleOnPageOne();

    void unwritablePathIsAnError();
    void printerErrorIsAStatus();
    void guidePrinterStillExports();

private:
    Pdf exportAndRead(const DocumentData &data, CopySelection copies, const QString &name);

    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_pdftoppm;
};

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty(),
             "pdftotext and pdftoppm (poppler-utils) are needed to check the documents");
    QVERIFY2(!samples::jinanCatalog().guides.isEmpty(), "data/catalog/jinan-guides.json");
    if (!keepDir().isEmpty())
        QDir().mkpath(keepDir());
}

Pdf TestDocuments::exportAndRead(const DocumentData &data, CopySelection copies,
                                 const QString &name)
{
    Pdf pdf;
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = DocumentRenderer::exportPdf(data, path, copies);
    if (!written) {
        qWarning("%s", qPrintable(written.describe()));
        return pdf;
    }
    if (!keepDir().isEmpty()) {
        const QString kept = QDir(keepDir()).filePath(name + QStringLiteral(".pdf"));
        QFile::remove(kept);
        QFile::copy(path, kept);
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        pdf.bytes = file.readAll();
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                          path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return pdf;
    }
    pdf.pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    // pdftotext ends every page with a form feed: drop the empty tail.
    if (!pdf.pages.isEmpty() && pdf.pages.last().trimmed().isEmpty())
        pdf.pages.removeLast();
    return pdf;
}

void TestDocuments::templateRenders_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("field") << QStringLiteral("<p>{{name}}</p>") << QStringLiteral("<p>张三</p>");
    QTest::newRow("spaces in tag") << QStringLiteral("{{ name }}") << QStringLiteral("张三");
    QTest::newRow("escaped") << QStringLiteral("{{evil}}")
                             << QStringLiteral(
                                    "&lt;b&gt;A&amp;B&lt;/b&gt; &quot;x&quot; &#39;y&#39;");
    QTest::newRow("line break") << QStringLiteral("{{twoLines}}") << QStringLiteral("一<br/>二");
    QTest::newRow("rows") << QStringLiteral("{{#rows}}[{{n}}:{{name}}]{{/rows}}")
                          << QStringLiteral("[1:张三][2:李四]");
    QTest::newRow("row shadows outer")
        << QStringLiteral("{{#shadow}}{{name}}{{/shadow}}") << QStringLiteral("王五");
    QTest::newRow("no rows") << QStringLiteral("a{{#none}}x{{/none}}b") << QStringLiteral("ab");
    QTest::newRow("inverted, empty")
        << QStringLiteral("{{^none}}无{{/none}}") << QStringLiteral("无");
    QTest::newRow("inverted, rows") << QStringLiteral("{{^rows}}无{{/rows}}") << QString();
    QTest::newRow("if set") << QStringLiteral("{{#name}}有{{name}}{{/name}}")
                            << QStringLiteral("有张三");
    QTest::newRow("if empty") << QStringLiteral("{{#empty}}有{{/empty}}{{^empty}}空{{/empty}}")
                              << QStringLiteral("空");
    QTest::newRow("if on a row field")
        << QStringLiteral("{{#rows}}{{#note}}({{note}}){{/note}}{{/rows}}")
        << QStringLiteral("(备注)");
    QTest::newRow("nested") << QStringLiteral("{{#name}}<t>{{#rows}}{{n}}{{/rows}}</t>{{/name}}")
                            << QStringLiteral("<t>12</t>");
    QTest::newRow("partial") << QStringLiteral("{{>greeting}}!") << QStringLiteral("你好，张三!");
    QTest::newRow("partial in partial")
        << QStringLiteral("{{>outer}}") << QStringLiteral("[你好，张三]");
    QTest::newRow("no tags") << QStringLiteral("<p>{ single } braces</p>")
                             << QStringLiteral("<p>{ single } braces</p>");
}

namespace {

TemplateRenderer::Context sampleContext()
{
    TemplateRenderer::Context c;
    c.values = {{QStringLiteral("name"), QStringLiteral("张三")},
                {QStringLiteral("empty"), QString()},
                {QStringLiteral("evil"), QStringLiteral("<b>A&B</b> \"x\" 'y'")},
                {QStringLiteral("twoLines"), QStringLiteral("一\n二")}};
    c.blocks = {{QStringLiteral("rows"),
                 {{{QStringLiteral("n"), QStringLiteral("1")},
                   {QStringLiteral("name"), QStringLiteral("张三")},
                   {QStringLiteral("note"), QString()}},
                  {{QStringLiteral("n"), QStringLiteral("2")},
                   {QStringLiteral("name"), QStringLiteral("李四")},
                   {QStringLiteral("note"), QStringLiteral("备注")}}}},
                {QStringLiteral("shadow"), {{{QStringLiteral("name"), QStringLiteral("王五")}}}},
                {QStringLiteral("none"), {}}};
    c.partials = {{QStringLiteral("greeting"), QStringLiteral("你好，{{name}}")},
                  {QStringLiteral("outer"), QStringLiteral("[{{>greeting}}]")},
                  {QStringLiteral("loop"), QStringLiteral("{{>loop}}")}};
    return c;
}

} // namespace

void TestDocuments::templateRenders()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    const auto out = TemplateRenderer::render(templateText, sampleContext());
    QVERIFY2(out.ok(), qPrintable(out.describe()));
    QCOMPARE(out.value(), expected);
}

void TestDocuments::templateRefusesBrokenTags_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("named"); // the message names the tag
    QTest::newRow("unknown field") << QStringLiteral("{{nmae}}") << QStringLiteral("nmae");
    QTest::newRow("unknown block")
        << QStringLiteral("{{#lins}}x{{/lins}}") << QStringLiteral("lins");
    QTest::newRow("unclosed block") << QStringLiteral("{{#rows}}x") << QStringLiteral("rows");
    QTest::newRow("stray end") << QStringLiteral("x{{/rows}}") << QStringLiteral("/rows");
    QTest::newRow("unclosed tag") << QStringLiteral("a {{name") << QStringLiteral("{{name");
    QTest::newRow("empty tag") << QStringLiteral("{{ }}") << QStringLiteral("{{}}");
    QTest::newRow("unknown partial") << QStringLiteral("{{>footr}}") << QStringLiteral("footr");
    QTest::newRow("partial cycle") << QStringLiteral("{{>loop}}") << QStringLiteral("deep");
    QTest::newRow("row field outside its block")
        << QStringLiteral("{{n}}") << QStringLiteral("{{n}}");
}

void TestDocuments::templateRefusesBrokenTags()
{
    QFETCH(QString, templateText);
    QFETCH(QString, named);
    const auto out = TemplateRenderer::render(templateText, sampleContext());
    QVERIFY(!out.ok());
    QVERIFY2(out.message().contains(named), qPrintable(out.message()));
}

void TestDocuments::qrCodeImage()
{
    const QString number = samples::sample(DocumentKind::AcceptanceNotice).caseNumber;
    const int modules = QrCode::modules(number);
    QVERIFY(modules >= 21); // version 1 or larger
    QCOMPARE((modules - 17) % 4, 0);
    const QImage img = QrCode::image(number, 3);
    QCOMPARE(img.width(), (modules + 8) * 3);
    QCOMPARE(img.height(), img.width());
    // Quiet zone white; the three finder patterns dark at their corners.
    QCOMPARE(qGray(img.pixel(0, 0)), 255);
    QCOMPARE(qGray(img.pixel(4 * 3, 4 * 3)), 0);
    QCOMPARE(qGray(img.pixel((4 + modules - 1) * 3, 4 * 3)), 0);
    QCOMPARE(qGray(img.pixel(4 * 3, (4 + modules - 1) * 3)), 0);
    QVERIFY(QrCode::image(QString()).isNull());
    QCOMPARE(QrCode::modules(QString()), 0);
    // A longer text needs more modules.
    QVERIFY(QrCode::modules(number.repeated(4)) > modules);
}

void TestDocuments::everyKindToPdf_data()
{
    QTest::addColumn<DocumentKind>("kind");
    for (const DocumentKind kind : samples::allKinds())
        QTest::newRow(qPrintable(samples::slug(kind))) << kind;
}

void TestDocuments::everyKindToPdf()
{
    QFETCH(DocumentKind, kind);
    const DocumentData data = samples::sample(kind);
    // Every kind lists materials, but the hand-out receipt (it lists the result) and the 代办
    // documents (they print their 代办).
    QVERIFY2(!data.lines.isEmpty() || kind == DocumentKind::HandOutReceipt || data.proxy,
             "the sample has lines from the real guide");
    const Pdf pdf = exportAndRead(data, CopySelection::Both, samples::slug(kind));
    QVERIFY(!pdf.pages.isEmpty());
    const QString text = squeeze(pdf.text());

    QStringList expected = {data.hallName,
                            DocumentRenderer::printedTitle(kind),
                            data.documentNumber,
                            data.itemName,
                            data.itemCode,
                            data.clerkName,
                            data.hallAddress,
                            data.hallPhone,
                            chineseDate(data.issuedOn)};
    if (!data.caseNumber.isEmpty())
        expected << data.caseNumber;
    if (!data.applicantIdMasked.isEmpty())
        expected << data.applicantName << data.applicantIdMasked;
    if (!data.agentName.isEmpty())
        expected << data.agentName << data.agentIdMasked;
    if (data.dueDate.isValid())
        expected << chineseDate(data.dueDate);
    if (!data.declineReason.isEmpty())
        expected << data.declineReason << data.declineRedirect << QStringLiteral("六十日内")
                 << QStringLiteral("行政复议") << QStringLiteral("六个月内")
                 << QStringLiteral("行政诉讼");
    if (!data.whereToBring.isEmpty())
        expected << data.whereToBring;
    for (const QString &basis : data.legalBasis)
        expected << basis;
    for (const DocumentLine &line : data.lines) {
        expected << line.name << line.detail;
        if (!line.note.isEmpty())
            expected << line.note;
        // Notices and the consultation list say how to obtain or fix each material.
        if (kind == DocumentKind::CorrectionNotice || kind == DocumentKind::DeferralNotice ||
            kind == DocumentKind::ConsultationList)
            expected << line.howToFix;
    }
    if (data.proxy) {
        // The 代办: the agent, the applicant's contact, the dates; the 交接单 its link with each
        // material and count; the 办结单 every link and relay step and the end.
        const ProxyCase &p = *data.proxy;
        expected << p.agentName;
        if (kind != DocumentKind::HandoverSlip)
            expected << p.agentLogin << p.applicantPhone << chineseDate(p.takenOn)
                     << chineseDate(p.commitDate);
        if (kind == DocumentKind::HandoverSlip) {
            const Handover &h = p.handovers.at(data.proxyLink);
            expected << QStringLiteral("代办员 李强") << QStringLiteral("部门窗口 ") + h.to.name
                     << QStringLiteral("2025年3月5日 09:10") << QStringLiteral("第2次交接");
            for (const HandedMaterial &m : h.materials)
                expected << m.name + QString::number(m.copies) + QStringLiteral("份");
        }
        if (kind == DocumentKind::ProxyCompletion) {
            expected << chineseDate(p.completedOn) << p.summary << QStringLiteral("按期办结")
                     << QStringLiteral("共4次");
            for (const Handover &h : p.handovers)
                expected << chineseDate(h.at.date()) +
                                h.at.time().toString(QStringLiteral("HH:mm"));
            for (const ProxyStep &step : p.steps)
                expected << step.department << step.text;
        }
    }
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(!part.isEmpty(), "a sample field is empty");
        QVERIFY2(text.contains(squeeze(part)), qPrintable(part));
    }
    // Fixed text each kind must carry.
    const QMap<DocumentKind, QStringList> fixed = {
        {DocumentKind::AcceptanceNotice,
         {QStringLiteral("第三十二条"), QStringLiteral("予以受理")}},
        {DocumentKind::CorrectionNotice,
         {QStringLiteral("第三十二条"), QStringLiteral("一次性告知"),
          QStringLiteral("不再要求提供本告知书以外的材料")}},
        {DocumentKind::DeferralNotice,
         {QStringLiteral("容缺受理承诺书"), QStringLiteral("终止办理"),
          QStringLiteral("承诺失信")}},
        {DocumentKind::CommitmentInLieu,
         {QStringLiteral("不实承诺的法律责任"), QStringLiteral("信用记录")}},
        {DocumentKind::DeclineNotice, {QStringLiteral("不予受理")}},
        {DocumentKind::MaterialReceipt, {QStringLiteral("材料接收凭证")}},
        {DocumentKind::ConsultationList, {QStringLiteral("免提交")}},
        {DocumentKind::HandOutReceipt,
         {QStringLiteral("鲁DA5310200123"), QStringLiteral("窗口领取"), QStringLiteral("李梅"),
          QStringLiteral("领取人签字")}},
        {DocumentKind::WithdrawalConfirmation,
         {QStringLiteral("撤回"), QStringLiteral("经营地址变更")}},
        {DocumentKind::TerminationNotice,
         {QStringLiteral("终止办理"), QStringLiteral("2025年3月18日"), QStringLiteral("承诺失信")}},
        // What is delegated, each line whether or not: submission and pickup, not corrections.
        {DocumentKind::ProxyAuthorisation,
         {QStringLiteral("1递交申请材料委托"), QStringLiteral("2补正材料不委托"),
          QStringLiteral("3领取办理结果委托"), QStringLiteral("代办服务免费"),
          QStringLiteral("材料交接单")}},
        {DocumentKind::HandoverSlip,
         {QStringLiteral("交出方代办员李强"), QStringLiteral("接收方部门窗口"),
          QStringLiteral("当场清点")}},
        {DocumentKind::ProxyCompletion,
         {QStringLiteral("申请人张建国代办员李强"),
          QStringLiteral("部门窗口济南市历下区市场监督管理局代办员李强"),
          QStringLiteral("食品经营许可证（正本）1份"), QStringLiteral("代办记录")}},
    };
    for (const QString &part : fixed.value(kind))
        QVERIFY2(text.contains(part), qPrintable(part));

    // Both copies, or none for the consultation list.
    const QString applicantCopy = QStringLiteral("申请人联");
    const QString stub = QStringLiteral("存根联");
    QCOMPARE(text.contains(applicantCopy), DocumentRenderer::hasCopies(kind));
    QCOMPARE(text.contains(stub), DocumentRenderer::hasCopies(kind));
    // Signature lines and the seal area on the copies.
    if (DocumentRenderer::hasCopies(kind)) {
        QVERIFY(text.contains(QStringLiteral("（印章）")));
        // Who signs: the window and the applicant; the hand-out receipt whoever collected;
        // the 代办's papers the applicant and the agent, a 交接单 both sides of the link.
        const QMap<DocumentKind, QStringList> signers = {
            {DocumentKind::HandOutReceipt,
             {QStringLiteral("领取人签字"), QStringLiteral("经办人签字")}},
            {DocumentKind::ProxyAuthorisation,
             {QStringLiteral("委托人签字"), QStringLiteral("代办员签字")}},
            {DocumentKind::HandoverSlip,
             {QStringLiteral("交出方签字"), QStringLiteral("接收方签字")}},
            {DocumentKind::ProxyCompletion,
             {QStringLiteral("委托人签字"), QStringLiteral("代办员签字")}},
        };
        for (const QString &line :
             signers.value(kind, {QStringLiteral("申请人签字"), QStringLiteral("经办人签字")}))
            QVERIFY2(text.contains(line), qPrintable(line));
        if (kind == DocumentKind::DeferralNotice)
            QVERIFY(text.contains(QStringLiteral("承诺人（签字/盖章）")));
    }

    // No full ID number anywhere: not in the extracted text, not in the file's bytes.
    for (const QString &id : {samples::applicantId(), samples::agentId()}) {
        QVERIFY(!text.contains(id));
        QVERIFY(!pdf.bytes.contains(id.toLatin1()));
        const auto html = DocumentRenderer::html(data);
        QVERIFY(html.ok());
        QVERIFY(!html.value().contains(id));
    }
}

void TestDocuments::fullIdWouldBeCaught()
{
    // The "no full ID" check above can fail: an ID that slips into a note is found.
    DocumentData data = samples::sample(DocumentKind::AcceptanceNotice);
    data.lines.first().note = samples::applicantId();
    const Pdf pdf = exportAndRead(data, CopySelection::ApplicantCopy, QStringLiteral("leak"));
    QVERIFY(squeeze(pdf.text()).contains(samples::applicantId()));
}

void TestDocuments::copiesEachOnTheirOwnPages_data()
{
    QTest::addColumn<DocumentKind>("kind");
    for (const DocumentKind kind : samples::allKinds()) {
        if (DocumentRenderer::hasCopies(kind))
            QTest::newRow(qPrintable(samples::slug(kind))) << kind;
    }
}

void TestDocuments::copiesEachOnTheirOwnPages()
{
    QFETCH(DocumentKind, kind);
    const DocumentData data = samples::sample(kind);
    const QString name = samples::slug(kind);
    const Pdf applicant =
        exportAndRead(data, CopySelection::ApplicantCopy, name + QStringLiteral("-applicant"));
    const Pdf stub = exportAndRead(data, CopySelection::StubCopy, name + QStringLiteral("-stub"));
    const Pdf both = exportAndRead(data, CopySelection::Both, name + QStringLiteral("-both"));
    QVERIFY(!applicant.pages.isEmpty());
    QCOMPARE(stub.pages.size(), applicant.pages.size());
    QCOMPARE(both.pages.size(), 2 * applicant.pages.size());
    // The 容缺 notice carries the applicant's commitment on a page of its own.
    if (kind == DocumentKind::DeferralNotice)
        QCOMPARE(applicant.pages.size(), 2);
    // Copy one fills pages [0, n), copy two [n, 2n); each starts with its label.
    const qsizetype n = applicant.pages.size();
    QVERIFY(both.pages.at(0).contains(QStringLiteral("申请人联")));
    QVERIFY(both.pages.at(n).contains(QStringLiteral("存根联")));
    for (qsizetype i = 0; i < both.pages.size(); ++i) {
        const QString page = both.pages.at(i);
        const bool first = i < n;
        QVERIFY2(!page.contains(first ? QStringLiteral("存根联") : QStringLiteral("申请人联")),
                 qPrintable(page.left(80)));
    }
    QVERIFY(!squeeze(stub.text()).contains(QStringLiteral("申请人联")));
    QVERIFY(!squeeze(applicant.text()).contains(QStringLiteral("存根联")));
    // Each copy starts with the hall's name as its heading.
    QVERIFY(both.pages.at(n).contains(data.hallName));
}

void TestDocuments::longNoticeSpansPages()
{
    // Forty deficiencies: the notice runs over several pages, lists every one, repeats the
    // table's header row on each page, numbers its pages, and the 存根联 still starts on a
    // page of its own.
    DocumentData data = samples::sample(DocumentKind::CorrectionNotice);
    const QList<DocumentLine> found = data.lines;
    data.lines.clear();
    for (int i = 0; i < 40; ++i) {
        DocumentLine line = found.at(i % found.size());
        line.detail = QStringLiteral("第%1处问题").arg(i + 1);
        data.lines.append(line);
    }
    const Pdf applicant =
        exportAndRead(data, CopySelection::ApplicantCopy, QStringLiteral("long-applicant"));
    const Pdf both = exportAndRead(data, CopySelection::Both, QStringLiteral("long-both"));
    const qsizetype n = applicant.pages.size();
    QVERIFY2(n >= 2, qPrintable(QString::number(n)));
    QCOMPARE(both.pages.size(), 2 * n);
    const QString text = squeeze(applicant.text());
    for (const DocumentLine &line : std::as_const(data.lines))
        QVERIFY2(text.contains(squeeze(line.detail)), qPrintable(line.detail));
    for (const QString &page : std::as_const(applicant.pages)) {
        if (page.contains(QStringLiteral("处问题")))
            QVERIFY2(page.contains(QStringLiteral("存在问题")), qPrintable(page.left(200)));
    }
    QVERIFY(both.pages.at(n).contains(QStringLiteral("存根联")));

    // Page numbers on every page after the first of each copy, each copy counted alone:
    // 第 2 页 共 n 页 and on to the last page of the 申请人联, and the same again on the 存根联.
    const auto numbered = [n](const QString &page, int k) {
        return squeeze(page).contains(QStringLiteral("第%1页共%2页").arg(k).arg(n));
    };
    QVERIFY2(!squeeze(both.pages.at(0)).contains(QStringLiteral("页共")),
             qPrintable(both.pages.at(0).right(200)));
    QVERIFY2(!squeeze(both.pages.at(n)).contains(QStringLiteral("页共")),
             qPrintable(both.pages.at(n).right(200)));
    for (int k = 2; k <= n; ++k) {
        QVERIFY2(numbered(both.pages.at(k - 1), k), qPrintable(both.pages.at(k - 1).right(200)));
        QVERIFY2(numbered(both.pages.at(n + k - 1), k),
                 qPrintable(both.pages.at(n + k - 1).right(200)));
    }
    // A one-page document carries none.
    const Pdf receipt = exportAndRead(samples::sample(DocumentKind::MaterialReceipt),
                                      CopySelection::Both, QStringLiteral("short"));
    QCOMPARE(receipt.pages.size(), 2);
    QVERIFY(!squeeze(receipt.text()).contains(QStringLiteral("页共")));
}

void TestDocuments::valuesAreEscaped()
{
    DocumentData data = samples::sample(DocumentKind::CorrectionNotice);
    data.applicantName = QStringLiteral("<b>张三</b> & 李四");
    data.lines.first().detail = QStringLiteral("a < b");
    const auto html = DocumentRenderer::html(data);
    QVERIFY(html.ok());
    QVERIFY(!html.value().contains(QStringLiteral("<b>张三</b>")));
    const Pdf pdf = exportAndRead(data, CopySelection::ApplicantCopy, QStringLiteral("escaped"));
    QVERIFY(squeeze(pdf.text()).contains(squeeze(data.applicantName)));
    QVERIFY(squeeze(pdf.text()).contains(QStringLiteral("a<b")));
}

void TestDocuments::dueDateWarningIsPrinted()
{
    DocumentData data = samples::sample(DocumentKind::AcceptanceNotice);
    data.dueDate = QDate(2027, 1, 8);
    data.dueDateWarning =
        QStringLiteral("办结日期落在尚未载入工作日历的2027年，已按周一至周五推算，"
                       "请以节假日安排公布后的日期为准。");
    const Pdf pdf = exportAndRead(data, CopySelection::ApplicantCopy, QStringLiteral("warning"));
    const QString text = squeeze(pdf.text());
    QVERIFY(text.contains(QStringLiteral("2027年1月8日")));
    QVERIFY(text.contains(squeeze(data.dueDateWarning)));
}

void TestDocuments::qrVisibleOnPageOne_data()
{
    everyKindToPdf_data();
}

void TestDocuments::qrVisibleOnPageOne()
{
    QFETCH(DocumentKind, kind);
    const DocumentData data = samples::sample(kind);
    const QString pdf =
        m_dir.filePath(QStringLiteral("qr-") + samples::slug(kind) + QStringLiteral(".pdf"));
    QVERIFY(DocumentRenderer::exportPdf(data, pdf, CopySelection::ApplicantCopy).ok());
    const QString png = m_dir.filePath(QStringLiteral("qr-") + samples::slug(kind));
    QCOMPARE(QProcess::execute(m_pdftoppm,
                               {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, png}),
             0);
    const QImage page(png + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(qAbs(page.width() - 210 / 25.4 * 80) <= 1.5); // A4 portrait at 80 dpi
    // The QR sits in the top right corner (inside the 15 mm margins): count dark pixels.
    const QRect corner(page.width() * 3 / 4, 0, page.width() / 4 - 1, page.height() / 8);
    int dark = 0;
    for (int y = corner.top(); y <= corner.bottom(); ++y) {
        for (int x = corner.left(); x <= corner.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 80;
    }
    const bool hasQr = !DocumentRenderer::qrText(data).isEmpty();
    QCOMPARE(hasQr, kind != DocumentKind::ConsultationList);
    if (hasQr)
        QVERIFY2(dark > 800, qPrintable(QString::number(dark)));
    else
        QVERIFY2(dark < 200, qPrintable(QString::number(dark)));
}

void TestDocuments::unwritablePathIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/notice.pdf"));
    const Status written =
        DocumentRenderer::exportPdf(samples::sample(DocumentKind::AcceptanceNotice), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(path), qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDocuments::printerErrorIsAStatus()
{
    // A printer that cannot print (nothing installed under that name, or a PDF target that
    // cannot be opened) comes back as a Status with a message, and nothing crashes.
    QPrinter printer(QPrinter::HighResolution);
    PrintOutput::setUp(printer, QStringLiteral("受理通知书"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("missing/dir/out.pdf")));
    const DocumentData data = samples::sample(DocumentKind::AcceptanceNotice);
    const Status printed = PrintOutput::printTo(
        [&data](QPrinter &target) {
            auto doc = DocumentRenderer::document(data, target, CopySelection::Both);
            return doc ? std::move(doc.value()) : nullptr;
        },
        printer);
    QVERIFY(!printed.ok());
    QVERIFY2(printed.message().contains(QStringLiteral("受理通知书")),
             qPrintable(printed.message()));
    QVERIFY(printed.message().contains(QStringLiteral("reprinted")));
}

void TestDocuments::guidePrinterStillExports()
{
    const QString path = m_dir.filePath(QStringLiteral("guide.pdf"));
    const QString html = QStringLiteral("<h1>个体工商户设立登记</h1><p>申请材料：身份证</p>");
    QVERIFY(GuidePrinter::exportPdf(html, QStringLiteral("个体工商户设立登记"), path).ok());
    QProcess p;
    p.start(m_pdftotext, {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("个体工商户设立登记")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("申请材料：身份证")));
    // No page-number footer: the page's last line is the text, not "1".
    const QStringList lines =
        text.split(QLatin1Char('\f')).constFirst().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.constLast().trimmed(), QStringLiteral("申请材料：身份证"));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
