#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace onetrip {
namespace gui {

// Prints a guide (GuideDocument HTML) through QTextDocument: print preview, any printer,
// or a PDF file. The document gets the explicit CJK print font and a page size of its own,
// so the text stays extractable and Qt adds no page-number footer.
class GuidePrinter
{
public:
    // The document laid out for `printer`'s page.
    static std::unique_ptr<QTextDocument> document(const QString &html, QPrinter &printer);
    static void setUp(QPrinter &printer, const QString &title); // A4 portrait, 15 mm margins

    static Status exportPdf(const QString &html, const QString &title, const QString &path);
    // Modal dialogs; return false when the person cancelled.
    static bool preview(const QString &html, const QString &title, QWidget *parent);
    static bool print(const QString &html, const QString &title, QWidget *parent);
};

} // namespace gui
} // namespace onetrip
