#pragma once

#include "common/Result.h"
#include "printing/PrintService.h"

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace onetrip {
namespace gui {

// Lays out a guide (GuideDocument HTML) through QTextDocument for PrintService: print
// preview, any printer, or a PDF file. The document gets the explicit CJK print font and a
// page size of its own, so the text stays extractable and Qt adds no page-number footer.
class GuidePrinter
{
public:
    // The document laid out for `printer`'s page.
    static std::unique_ptr<QTextDocument> document(const QString &html, QPrinter &printer);
    static void setUp(QPrinter &printer, const QString &title); // A4 portrait, 15 mm margins

    // The guide titled (and its PDF named) after `title`, the item's or bundle's name.
    static PrintJob job(const QString &html, const QString &title);
    static Status exportPdf(const QString &html, const QString &title, const QString &path);
};

} // namespace gui
} // namespace onetrip
