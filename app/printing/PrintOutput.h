#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;

namespace onetrip {
namespace gui {

// What happened to a print or preview request that did not fail.
enum class PrintOutcome
{
    Printed,   // sent to the printer (or the PDF file chosen in the dialog)
    Cancelled, // the person closed the dialog without printing
};

// Sends a QTextDocument to a PDF file or a set-up printer, the same way for every printed
// thing (guides, notices, receipts); the dialogs are PrintService's. A printer fault comes back as
// a Status with a message saying what to do; it never throws and never touches the caller's data.
class PrintOutput
{
public:
    // Builds the document laid out for the given printer's page (called once per output,
    // and again whenever the preview repaints).
    using Builder = std::function<std::unique_ptr<QTextDocument>(QPrinter &)>;

    // A4 portrait, 15 mm margins, the document title as the job name.
    static void setUp(QPrinter &printer, const QString &title);
    // Page size for `doc` from `printer`'s paintable area at screen resolution (pixel sizes
    // in the HTML keep their meaning; paint() scales onto the paper), less a band at the
    // bottom for the page number.
    static void fitToPage(QTextDocument &doc, const QPrinter &printer);
    // Every page of `doc` onto `printer`, and under each page after the first of its copy
    // "第 2 页 共 3 页" (the document's property "pageNumberFormat", else "Page %1 of %2" in
    // the interface language). Copies start at the blocks whose text is one of the
    // property "copyLabels" (申请人联, 存根联): each copy is numbered on its own.
    static bool paint(QTextDocument &doc, QPrinter &printer);
    // The number printed under page `page` (0-based) of `doc`; empty on a copy's first page.
    static QString pageNumber(const QTextDocument &doc, int page);

    // Writes a PDF; fails when the file cannot be written.
    static Status exportPdf(const Builder &build, const QString &title, const QString &path);
    // Prints onto an already set-up printer and checks it did not report an error.
    static Status printTo(const Builder &build, QPrinter &printer);
    // "`title` could not be printed: the printer reported an error …", with `detail` for the log.
    static Status printerFailure(const QString &title, const QString &detail);
};

} // namespace gui
} // namespace onetrip
