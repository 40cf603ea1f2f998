#include "printing/DocumentRenderer.h"

#include "common/Fonts.h"
#include "printing/OfficialDate.h"
#include "printing/ProxyDocumentContext.h"
#include "printing/QrCode.h"
#include "printing/TemplateRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace onetrip {
namespace gui {

namespace {

// Each document kind's template (resources/templates/NAME.html), the title printed on it
// (always Chinese: an official document) and its name on screen (translated).
struct KindText
{
    DocumentKind kind;
    const char *templateName;
    const char *printedTitle; // UTF-8
    const char *name;         // context "DocumentRenderer"
};

const KindText kKindTexts[] = {
    {DocumentKind::AcceptanceNotice, "acceptance", "受理通知书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Acceptance notice")},
    {DocumentKind::CorrectionNotice, "correction", "一次性告知书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Correction notice")},
    {DocumentKind::DeferralNotice, "deferral", "容缺受理通知书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Deferral acceptance notice and commitment")},
    {DocumentKind::CommitmentInLieu, "commitment-in-lieu", "告知承诺书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Commitment in lieu of certificates")},
    {DocumentKind::DeclineNotice, "decline", "不予受理通知书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Decline notice")},
    {DocumentKind::MaterialReceipt, "material-receipt", "材料接收清单",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Material receipt")},
    {DocumentKind::ConsultationList, "consultation", "办事材料清单",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Consultation material list")},
    {DocumentKind::HandOutReceipt, "hand-out", "办理结果出件签收单",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Hand-out receipt")},
    {DocumentKind::WithdrawalConfirmation, "withdrawal", "撤回申请确认书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Withdrawal confirmation")},
    {DocumentKind::TerminationNotice, "termination", "终止办理通知书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Termination notice")},
    {DocumentKind::ProxyAuthorisation, "proxy-authorisation", "代办委托书",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Proxy authorisation")},
    {DocumentKind::HandoverSlip, "handover", "材料交接单",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Handover slip")},
    {DocumentKind::ProxyCompletion, "proxy-completion", "代办办结单",
     QT_TRANSLATE_NOOP("DocumentRenderer", "Proxy completion report")},
};

const KindText *kindText(DocumentKind kind)
{
    for (const KindText &k : kKindTexts) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

const QString QrUrl = QStringLiteral("onetrip-qr:case");
constexpr int QrPixelsPerModule = 3; // at 96 dpi: about 26 mm for a case number

// The subtitle under the title, where the official form has one.
QString subtitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::CorrectionNotice:
        return QStringLiteral("（补正材料通知书）");
    case DocumentKind::CommitmentInLieu:
        return QStringLiteral("（证明事项告知承诺）");
    case DocumentKind::ConsultationList:
        return QStringLiteral("（咨询告知单）");
    default:
        return {};
    }
}

Result<QString> resourceText(const QString &name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QString>::failure(
            QCoreApplication::translate(
                "DocumentRenderer",
                "The document template %1 is missing. Reinstall OneTrip or report this to "
                "the administrator.")
                .arg(name),
            file.errorString());
    }
    return QString::fromUtf8(file.readAll());
}

TemplateRenderer::Context context(const DocumentData &d)
{
    TemplateRenderer::Context c;
    const QString qr = DocumentRenderer::qrText(d);
    c.values = {
        {QStringLiteral("title"), DocumentRenderer::printedTitle(d.kind)},
        {QStringLiteral("subtitle"), subtitle(d.kind)},
        {QStringLiteral("copyLabel"), QString()},
        {QStringLiteral("qr"), qr},
        {QStringLiteral("qrSize"), QString::number((QrCode::modules(qr) + 8) * QrPixelsPerModule)},
        {QStringLiteral("documentNumber"), d.documentNumber},
        {QStringLiteral("caseNumber"), d.caseNumber},
        {QStringLiteral("hallName"), d.hallName},
        {QStringLiteral("hallAddress"), d.hallAddress},
        {QStringLiteral("hallPhone"), d.hallPhone},
        {QStringLiteral("terminalCode"), d.terminalCode},
        {QStringLiteral("applicantName"), d.applicantName},
        {QStringLiteral("applicantIdMasked"), d.applicantIdMasked},
        {QStringLiteral("agentName"), d.agentName},
        {QStringLiteral("agentIdMasked"), d.agentIdMasked},
        {QStringLiteral("itemName"), d.itemName},
        {QStringLiteral("itemCode"), d.itemCode},
        {QStringLiteral("guideVersion"),
         d.guideVersion > 0 ? QString::number(d.guideVersion) : QString()},
        {QStringLiteral("issuedOn"), officialDate(d.issuedOn)},
        {QStringLiteral("receivedOn"), officialDate(d.receivedOn)},
        {QStringLiteral("dueDate"), officialDate(d.dueDate)},
        {QStringLiteral("dueDateWarning"), d.dueDateWarning},
        {QStringLiteral("whereToBring"), d.whereToBring},
        {QStringLiteral("declineReason"), d.declineReason},
        {QStringLiteral("declineRedirect"), d.declineRedirect},
        {QStringLiteral("clerkName"), d.clerkName},
        {QStringLiteral("reason"), d.reason},
        {QStringLiteral("decisionText"),
         d.decisionResult.isEmpty()
             ? QString()
             : (d.decisionResult == QLatin1String("refused") ? QStringLiteral("不予许可")
                                                             : QStringLiteral("准予许可"))},
        {QStringLiteral("decisionNumber"), d.decisionNumber},
        {QStringLiteral("decidedOn"), officialDate(d.decidedOn)},
        {QStringLiteral("handedOutOn"), officialDate(d.handedOutOn)},
        {QStringLiteral("atWindow"),
         d.handOutMethod == QLatin1String("window") ? QStringLiteral("1") : QString()},
        {QStringLiteral("byExpress"),
         d.handOutMethod == QLatin1String("express") ? QStringLiteral("1") : QString()},
        {QStringLiteral("collectorRole"), d.collectorRole == QLatin1String("agent")
                                              ? QStringLiteral("代理人")
                                              : QStringLiteral("申请人本人")},
        {QStringLiteral("collectorName"), d.collectorName},
        {QStringLiteral("collectorIdMasked"), d.collectorIdMasked},
        {QStringLiteral("expressAddress"), d.expressAddress},
        {QStringLiteral("expressCarrier"), d.expressCarrier},
        {QStringLiteral("expressTracking"), d.expressTracking},
        {QStringLiteral("lineCount"), QString::number(d.lines.size())},
        {QStringLiteral("hasLines"), d.lines.isEmpty() ? QString() : QStringLiteral("1")},
        {QStringLiteral("hasLegalBasis"), d.legalBasis.isEmpty() ? QString() : QStringLiteral("1")},
    };
    QList<TemplateRenderer::Values> lines;
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const DocumentLine &line = d.lines.at(i);
        lines.append({{QStringLiteral("index"), QString::number(i + 1)},
                      {QStringLiteral("name"), line.name},
                      {QStringLiteral("detail"), line.detail},
                      {QStringLiteral("howToFix"), line.howToFix},
                      {QStringLiteral("note"), line.note}});
    }
    c.blocks.insert(QStringLiteral("lines"), lines);
    QList<TemplateRenderer::Values> basis;
    for (qsizetype i = 0; i < d.legalBasis.size(); ++i) {
        basis.append({{QStringLiteral("basisIndex"), QString::number(i + 1)},
                      {QStringLiteral("basis"), d.legalBasis.at(i)}});
    }
    c.blocks.insert(QStringLiteral("legalBasis"), basis);
    ProxyDocumentContext::add(c, d);
    return c;
}

QStringList copyLabels(DocumentKind kind, CopySelection copies)
{
    if (!DocumentRenderer::hasCopies(kind))
        return {QString()};
    const QString applicant = QStringLiteral("申请人联");
    const QString stub = QStringLiteral("存根联");
    switch (copies) {
    case CopySelection::ApplicantCopy:
        return {applicant};
    case CopySelection::StubCopy:
        return {stub};
    case CopySelection::Both:
        break;
    }
    return {applicant, stub};
}

} // namespace

QString DocumentRenderer::printedTitle(DocumentKind kind)
{
    const KindText *k = kindText(kind);
    return k ? QString::fromUtf8(k->printedTitle) : QString();
}

QString DocumentRenderer::displayName(DocumentKind kind)
{
    const KindText *k = kindText(kind);
    return k ? QCoreApplication::translate("DocumentRenderer", k->name) : QString();
}

bool DocumentRenderer::hasCopies(DocumentKind kind)
{
    return kind != DocumentKind::ConsultationList;
}

QString DocumentRenderer::qrText(const DocumentData &data)
{
    return data.caseNumber;
}

Result<QString> DocumentRenderer::html(const DocumentData &data, CopySelection copies)
{
    TemplateRenderer::Context c = context(data);
    for (const QString &partial :
         {QStringLiteral("header"), QStringLiteral("parties"), QStringLiteral("legal"),
          QStringLiteral("signatures"), QStringLiteral("proxySignatures"), QStringLiteral("seal"),
          QStringLiteral("footer")}) {
        auto text = resourceText(QLatin1Char('_') + partial + QStringLiteral(".html"));
        if (!text)
            return text;
        c.partials.insert(partial, text.value());
    }
    auto body = resourceText(DocumentRenderer::templateName(data.kind) + QStringLiteral(".html"));
    if (!body)
        return body;

    QString out = QStringLiteral("<html><body>");
    bool first = true;
    for (const QString &label : copyLabels(data.kind, copies)) {
        c.values.insert(QStringLiteral("copyLabel"), label);
        auto copy = TemplateRenderer::render(body.value(), c);
        if (!copy)
            return copy;
        // Each copy starts on a page of its own.
        out += first ? QStringLiteral("<div>")
                     : QStringLiteral("<div style=\"page-break-before: always;\">");
        out += copy.value() + QStringLiteral("</div>");
        first = false;
    }
    return QString(out + QStringLiteral("</body></html>"));
}

Result<std::unique_ptr<QTextDocument>>
DocumentRenderer::document(const DocumentData &data, const QPrinter &printer, CopySelection copies)
{
    auto text = html(data, copies);
    if (!text)
        return text.error();
    auto css = resourceText(QStringLiteral("document.css"));
    if (!css)
        return css.error();
    return build(text.value(), css.value(), qrText(data), printer);
}

Status DocumentRenderer::exportPdf(const DocumentData &data, const QString &path,
                                   CopySelection copies)
{
    auto builder = makeBuilder(data, copies);
    if (!builder)
        return builder.error();
    return PrintOutput::exportPdf(builder.value(), printedTitle(data.kind), path);
}

Result<PrintJob> DocumentRenderer::job(const DocumentData &data, CopySelection copies)
{
    auto builder = makeBuilder(data, copies);
    if (!builder)
        return builder.error();
    // A PDF is named after the document's number; a consultation list has none.
    const QString fileName = data.documentNumber.isEmpty()
                                 ? printedTitle(data.kind) + u' ' + data.itemCode
                                 : data.documentNumber;
    return PrintJob{builder.value(), printedTitle(data.kind), fileName};
}

std::unique_ptr<QTextDocument> DocumentRenderer::build(const QString &html, const QString &css,
                                                       const QString &qr, const QPrinter &printer)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(Fonts::printFont());
    doc->setDefaultStyleSheet(css);
    doc->setDocumentMargin(0);
    const QImage image = QrCode::image(qr, QrPixelsPerModule);
    if (!image.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(QrUrl), image);
    doc->setHtml(html);
    // Official documents number their pages in Chinese, each copy on its own.
    doc->setProperty("pageNumberFormat", QStringLiteral("第 %1 页 共 %2 页"));
    doc->setProperty("copyLabels",
                     QStringList{QStringLiteral("申请人联"), QStringLiteral("存根联")});
    PrintOutput::fitToPage(*doc, printer);
    return doc;
}

Result<PrintOutput::Builder> DocumentRenderer::makeBuilder(const DocumentData &data,
                                                           CopySelection copies)
{
    // Filled once: the preview calls the builder on every repaint.
    auto text = html(data, copies);
    if (!text)
        return text.error();
    auto css = resourceText(QStringLiteral("document.css"));
    if (!css)
        return css.error();
    return PrintOutput::Builder([html = text.value(), css = css.value(), qr = qrText(data)](
                                    QPrinter &printer) { return build(html, css, qr, printer); });
}

QString DocumentRenderer::templateName(DocumentKind kind)
{
    const KindText *k = kindText(kind);
    return k ? QString::fromLatin1(k->templateName) : QString();
}

} // namespace gui
} // namespace onetrip
