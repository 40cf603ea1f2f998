#include "printing/PrintDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>

namespace onetrip {
namespace gui {

namespace {

PrintDialogs *&installed()
{
    static PrintDialogs *dialogs = nullptr;
    return dialogs;
}

} // namespace

PrintDialogs &PrintDialogs::instance()
{
    static ModalPrintDialogs modal;
    return installed() ? *installed() : modal;
}

void PrintDialogs::install(PrintDialogs *dialogs)
{
    installed() = dialogs;
}

bool ModalPrintDialogs::preview(QPrinter &printer, const Painter &paint, const QString &title,
                                QWidget *parent)
{
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("PrintOutput", "Print preview — %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    return dialog.exec() == QDialog::Accepted;
}

bool ModalPrintDialogs::choosePrinter(QPrinter &printer, const QString &title, QWidget *parent)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("PrintOutput", "Print — %1").arg(title));
    return dialog.exec() == QDialog::Accepted;
}

QString ModalPrintDialogs::pdfPath(const QString &suggestedPath, const QString &title,
                                   QWidget *parent)
{
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("PrintOutput", "Save as PDF — %1").arg(title),
        suggestedPath, QCoreApplication::translate("PrintOutput", "PDF files (*.pdf)"));
}

bool ScriptedPrintDialogs::preview(QPrinter &printer, const Painter &paint, const QString &title,
                                   QWidget *)
{
    requests.append({Kind::Preview, title, {}});
    // Draw what the dialog would show, on a printer of the same page but writing a file.
    QTemporaryDir temp;
    QPrinter shown(QPrinter::HighResolution);
    shown.setPageLayout(printer.pageLayout());
    shown.setDocName(printer.docName());
    shown.setOutputFormat(QPrinter::PdfFormat);
    shown.setOutputFileName(previewPdf.isEmpty() ? temp.filePath(QStringLiteral("preview.pdf"))
                                                 : previewPdf);
    paint(&shown);
    if (!printFromPreview || printerPdf.isEmpty())
        return false;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printerPdf);
    paint(&printer);
    return true;
}

bool ScriptedPrintDialogs::choosePrinter(QPrinter &printer, const QString &title, QWidget *)
{
    requests.append({Kind::Print, title, {}});
    if (printerPdf.isEmpty())
        return false;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printerPdf);
    return true;
}

QString ScriptedPrintDialogs::pdfPath(const QString &suggestedPath, const QString &title, QWidget *)
{
    requests.append({Kind::SavePdf, title, suggestedPath});
    if (!savePath.isEmpty())
        return savePath;
    return acceptSuggestedPath ? suggestedPath : QString();
}

} // namespace gui
} // namespace onetrip
