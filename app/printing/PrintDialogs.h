#pragma once

#include <QList>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace onetrip {
namespace gui {

// Every dialog of printing goes through here — the print preview, the print dialog and the
// PDF file dialog — so tests can answer them (a printer, accept or cancel, a file path)
// instead of blocking on a modal dialog. PrintService is the one caller.
class PrintDialogs
{
public:
    // Draws the document onto the printer handed in (each time the preview repaints).
    using Painter = std::function<void(QPrinter *)>;

    virtual ~PrintDialogs() = default;

    // Shows `paint`'s pages on `printer`'s page size; true when the person printed from the
    // preview (the dialog then printed on `printer` itself).
    virtual bool preview(QPrinter &printer, const Painter &paint, const QString &title,
                         QWidget *parent) = 0;
    // The print dialog: true when the person chose a printer (`printer` set up as chosen)
    // and pressed Print, false when cancelled.
    virtual bool choosePrinter(QPrinter &printer, const QString &title, QWidget *parent) = 0;
    // The file to save a PDF in, starting at `suggestedPath`; empty: cancelled.
    virtual QString pdfPath(const QString &suggestedPath, const QString &title,
                            QWidget *parent) = 0;

    // The one in use: the modal Qt dialogs unless a test installed another. Not owned.
    static PrintDialogs &instance();
    static void install(PrintDialogs *dialogs); // nullptr: back to the Qt dialogs
};

// The default: QPrintPreviewDialog, QPrintDialog and QFileDialog, modal.
class ModalPrintDialogs final : public PrintDialogs
{
public:
    bool preview(QPrinter &printer, const Painter &paint, const QString &title,
                 QWidget *parent) override;
    bool choosePrinter(QPrinter &printer, const QString &title, QWidget *parent) override;
    QString pdfPath(const QString &suggestedPath, const QString &title, QWidget *parent) override;
};

// For tests: records every dialog asked for and answers from its fields, never blocking.
class ScriptedPrintDialogs final : public PrintDialogs
{
public:
    enum class Kind
    {
        Preview,
        Print,
        SavePdf
    };
    struct Request
    {
        Kind kind;
        QString title;
        QString suggestedPath; // SavePdf only
    };

    bool preview(QPrinter &printer, const Painter &paint, const QString &title,
                 QWidget *parent) override;
    bool choosePrinter(QPrinter &printer, const QString &title, QWidget *parent) override;
    QString pdfPath(const QString &suggestedPath, const QString &title, QWidget *parent) override;

    QList<Request> requests;
    // The printer chosen in the print dialog writes a PDF to this file; empty: cancelled.
    QString printerPdf;
    // What the preview shows is drawn into this PDF (so a test can read it); empty: drawn
    // into a temporary file. With printFromPreview the person then prints (to printerPdf).
    QString previewPdf;
    bool printFromPreview = false;
    // The file dialog's answer; empty: the suggested path when acceptSuggestedPath, else
    // cancelled.
    QString savePath;
    bool acceptSuggestedPath = false;
};

} // namespace gui
} // namespace onetrip
