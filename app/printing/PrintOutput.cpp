#include "printing/PrintOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace onetrip {
namespace gui {

Status PrintOutput::printerFailure(const QString &title, const QString &detail)
{
    return Status::failure(
        QCoreApplication::translate(
            "PrintOutput",
            "%1 could not be printed: the printer reported an error. Check that it is switched "
            "on, connected and has paper, then print again. Nothing has been lost: the "
            "document can be reprinted from the case.")
            .arg(title),
        detail);
}

void PrintOutput::setUp(QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("OneTrip"));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

namespace {

// The band under each page for its number, in the document's (screen) pixels.
constexpr qreal kFooterHeight = 28;

// The first page of each copy (申请人联, 存根联 …), from the texts DocumentRenderer marks
// the copies' labels with; a document without them is one copy.
QList<int> copyStarts(const QTextDocument &doc)
{
    QList<int> starts{0};
    const QStringList labels = doc.property("copyLabels").toStringList();
    if (labels.isEmpty())
        return starts;
    const qreal pageHeight = doc.pageSize().height();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!labels.contains(b.text().trimmed()))
            continue;
        const int page = int(doc.documentLayout()->blockBoundingRect(b).top() / pageHeight);
        if (!starts.contains(page))
            starts << page;
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

} // namespace

void PrintOutput::fitToPage(QTextDocument &doc, const QPrinter &printer)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 96.0;
    const QSizeF inches = printer.pageLayout().paintRect(QPageLayout::Inch).size();
    QSizeF page = inches * dpi;
    page.setHeight(page.height() - kFooterHeight); // room for the page number
    doc.setPageSize(page);
}

QString PrintOutput::pageNumber(const QTextDocument &doc, int page)
{
    const QList<int> starts = copyStarts(doc);
    int start = 0;
    int end = doc.pageCount();
    for (int i = 0; i < starts.size(); ++i) {
        if (starts.at(i) <= page) {
            start = starts.at(i);
            end = i + 1 < starts.size() ? starts.at(i + 1) : doc.pageCount();
        }
    }
    // Numbered from the second page of a copy on: a one-page document stays clean.
    if (page - start < 1)
        return {};
    const QString format = doc.property("pageNumberFormat").toString();
    return (format.isEmpty() ? QCoreApplication::translate("PrintOutput", "Page %1 of %2") : format)
        .arg(page - start + 1)
        .arg(end - start);
}

bool PrintOutput::paint(QTextDocument &doc, QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF target = printer.pageLayout().paintRectPixels(printer.resolution());
    const QSizeF page = doc.pageSize();
    const qreal scale = target.width() / page.width();
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !printer.newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        const QString number = pageNumber(doc, p);
        if (number.isEmpty())
            continue;
        painter.save();
        painter.scale(scale, scale);
        // In the document's pixels, as the page is (the painter is scaled to the paper).
        QFont font = doc.defaultFont();
        font.setPixelSize(12);
        painter.setFont(font);
        painter.drawText(QRectF(0, page.height(), page.width(), kFooterHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, number);
        painter.restore();
    }
    return painter.end();
}

Status PrintOutput::printTo(const Builder &build, QPrinter &printer)
{
    const QString title = printer.docName();
    if (!printer.isValid()) {
        return Status::failure(
            QCoreApplication::translate("PrintOutput",
                                        "%1 could not be printed: no printer is available. Install "
                                        "or connect a printer, or save the document as PDF.")
                .arg(title),
            QStringLiteral("QPrinter is not valid"));
    }
    const std::unique_ptr<QTextDocument> doc = build(printer);
    if (!doc)
        return printerFailure(title, QStringLiteral("no document to print"));
    if (!paint(*doc, printer))
        return printerFailure(title, QStringLiteral("QPainter could not paint on the printer"));
    if (printer.printerState() == QPrinter::Error)
        return printerFailure(title, QStringLiteral("QPrinter state: error"));
    if (printer.printerState() == QPrinter::Aborted)
        return printerFailure(title, QStringLiteral("QPrinter state: aborted"));
    return {};
}

Status PrintOutput::exportPdf(const Builder &build, const QString &title, const QString &path)
{
    const auto cannotWrite = [&path] {
        return Status::failure(
            QCoreApplication::translate(
                "PrintOutput",
                "The PDF could not be written to %1. Check that the folder exists and that you "
                "may write there, then export again.")
                .arg(path));
    };
    // A stale file from an earlier export must not pass for this one.
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return cannotWrite();
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const Status printed = printTo(build, printer);
    // QPrinter reports no write error for PDF: check the file is there and not empty.
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return cannotWrite();
    return printed;
}

} // namespace gui
} // namespace onetrip
