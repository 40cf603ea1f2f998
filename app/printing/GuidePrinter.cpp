#include "printing/GuidePrinter.h"

#include "common/Fonts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>

namespace onetrip {
namespace gui {

void GuidePrinter::setUp(QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("OneTrip"));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

std::unique_ptr<QTextDocument> GuidePrinter::document(const QString &html, QPrinter &printer)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(Fonts::printFont());
    doc->setDefaultStyleSheet(QStringLiteral("th { background-color: #eeeeee; }"));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    // Laid out at screen resolution (as QTextDocument does without a paint device, so
    // pixel sizes in the HTML keep their meaning) on a page of the printer's paintable size;
    // print() scales it onto the paper. With a page size set it adds no footer of its own.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 96.0;
    const QSizeF inches = printer.pageLayout().paintRect(QPageLayout::Inch).size();
    doc->setPageSize(inches * dpi);
    return doc;
}

Status GuidePrinter::exportPdf(const QString &html, const QString &title, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const auto doc = document(html, printer);
    doc->print(&printer);
    // QPrinter reports no write error: check the file is there and not empty.
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        return Status::failure(
            QCoreApplication::translate(
                "GuidePrinter",
                "The PDF could not be written to %1. Check that the folder exists and that you "
                "may write there, then export again.")
                .arg(path));
    }
    return {};
}

bool GuidePrinter::preview(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("GuidePrinter", "Print preview — %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html](QPrinter *target) { document(html, *target)->print(target); });
    return dialog.exec() == QDialog::Accepted;
}

bool GuidePrinter::print(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("GuidePrinter", "Print — %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document(html, printer)->print(&printer);
    return true;
}

} // namespace gui
} // namespace onetrip
