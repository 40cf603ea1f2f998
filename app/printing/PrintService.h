#pragma once

#include "common/Result.h"
#include "printing/PrintOutput.h"

#include <QString>

class QWidget;

namespace onetrip {
namespace gui {

class AppSettings;

// One printed thing, ready for any output: how to lay it out for a printer's page, the title
// (print job, dialog titles) and what its PDF file is named after (a document number, an
// item's name).
struct PrintJob
{
    PrintOutput::Builder build;
    QString title;
    QString fileName;
};

// The one way the application previews, prints and exports PDFs — guides, notices, receipts
// — through the dialogs of PrintDialogs (a seam tests answer). PDF file names are made by
// suggestedPdfName() and start in the folder last saved to, for every kind of document.
// Failures come back as values with a message saying what to do; the caller shows them.
class PrintService
{
public:
    explicit PrintService(AppSettings &settings);

    // The print preview; prints when the person presses Print there.
    Result<PrintOutcome> preview(const PrintJob &job, QWidget *parent);
    // The print dialog (any printer), then prints.
    Result<PrintOutcome> print(const PrintJob &job, QWidget *parent);
    // Asks for the file (the suggested name in the last folder), writes the PDF there and
    // remembers the folder. The path written, or an empty string when cancelled.
    Result<QString> exportPdf(const PrintJob &job, QWidget *parent);
    // Writes the PDF to `path` without asking.
    Status writePdf(const PrintJob &job, const QString &path);

    // A file name from `title`: Chinese and other letters kept, characters file systems
    // refuse (/ \ : * ? " < > | and control characters) and white space replaced by "_",
    // no leading or trailing dots, at most 80 characters, always ending in ".pdf".
    static QString suggestedPdfName(const QString &title);

private:
    AppSettings &m_settings;
};

} // namespace gui
} // namespace onetrip
