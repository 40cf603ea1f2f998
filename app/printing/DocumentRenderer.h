#pragma once

#include "common/Result.h"
#include "documents/DocumentData.h"
#include "printing/PrintOutput.h"
#include "printing/PrintService.h"

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace onetrip {
namespace gui {

// Which copies of a document to print. Official notices go out in two copies, each on its
// own page: the applicant's copy (申请人联) and the stub the hall keeps (存根联).
enum class CopySelection
{
    Both,
    ApplicantCopy, // 申请人联 only
    StubCopy,      // 存根联 only
};

// Lays out a DocumentData with its HTML template (resources/templates) and prints it: PDF,
// print preview, any printer. The data arrives decided and masked; the renderer only lays it
// out. Call it only after the transaction that records the document has committed: a
// printer failure is returned as a Status and the case stays as it is.
class DocumentRenderer
{
public:
    // The document's title as printed, e.g. "受理通知书" (Chinese: official documents).
    static QString printedTitle(DocumentKind kind);
    // The kind's template (resources/templates/<name>.html), also the name of its image.
    static QString templateName(DocumentKind kind);
    // The document's name in the UI language, for window titles and lists.
    static QString displayName(DocumentKind kind);
    // Whether the kind is printed in two copies (the consultation list is a single sheet).
    static bool hasCopies(DocumentKind kind);
    // The QR code's text: the case number (empty for a consultation list: no QR).
    static QString qrText(const DocumentData &data);

    // The filled HTML of the selected copies (for tests and previews in a widget). Fails
    // only if a template is broken.
    static Result<QString> html(const DocumentData &data,
                                CopySelection copies = CopySelection::Both);
    // The QTextDocument laid out for `printer`'s page: print font, QR image resource, copies
    // on separate pages, no page-number footer.
    static Result<std::unique_ptr<QTextDocument>>
    document(const DocumentData &data, const QPrinter &printer, CopySelection copies);

    // Writes the selected copies to a PDF file.
    static Status exportPdf(const DocumentData &data, const QString &path,
                            CopySelection copies = CopySelection::Both);
    // For PrintService (preview, any printer, PDF): the selected copies, titled with the
    // printed title, the PDF named after the document's number.
    static Result<PrintJob> job(const DocumentData &data,
                                CopySelection copies = CopySelection::Both);

private:
    static std::unique_ptr<QTextDocument> build(const QString &html, const QString &css,
                                                const QString &qr, const QPrinter &printer);
    static Result<PrintOutput::Builder> makeBuilder(const DocumentData &data, CopySelection copies);
};

} // namespace gui
} // namespace onetrip
