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
    // in the HTML keep their meaning; print() scales onto the paper). Setting a page size
    // also stops QTextDocument from adding a page-number footer.
    static void fitToPage(QTextDocument &doc, const QPrinter &printer);

    // Writes a PDF; fails when the file cannot be written.
    static Status exportPdf(const Builder &build, const QString &title, const QString &path);
    // Prints onto an already set-up printer and checks it did not report an error.
    static Status printTo(const Builder &build, QPrinter &printer);
    // "`title` could not be printed: the printer reported an error …", with `detail` for the log.
    static Status printerFailure(const QString &title, const QString &detail);
};

} // namespace gui
} // namespace onetrip
