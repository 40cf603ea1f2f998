#include "printing/GuidePrinter.h"

#include "common/Fonts.h"
#include "printing/PrintOutput.h"

#include <QPrinter>
#include <QTextDocument>

namespace onetrip {
namespace gui {

namespace {

PrintOutput::Builder builder(const QString &html)
{
    return [html](QPrinter &printer) { return GuidePrinter::document(html, printer); };
}

} // namespace

void GuidePrinter::setUp(QPrinter &printer, const QString &title)
{
    PrintOutput::setUp(printer, title);
}

std::unique_ptr<QTextDocument> GuidePrinter::document(const QString &html, QPrinter &printer)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(Fonts::printFont());
    doc->setDefaultStyleSheet(QStringLiteral("th { background-color: #eeeeee; }"));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    PrintOutput::fitToPage(*doc, printer);
    return doc;
}

PrintJob GuidePrinter::job(const QString &html, const QString &title)
{
    return PrintJob{builder(html), title, title};
}

Status GuidePrinter::exportPdf(const QString &html, const QString &title, const QString &path)
{
    return PrintOutput::exportPdf(builder(html), title, path);
}

} // namespace gui
} // namespace onetrip
