#include "printing/PrintOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>

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

void PrintOutput::fitToPage(QTextDocument &doc, const QPrinter &printer)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 96.0;
    const QSizeF inches = printer.pageLayout().paintRect(QPageLayout::Inch).size();
    doc.setPageSize(inches * dpi);
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
    doc->print(&printer);
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
