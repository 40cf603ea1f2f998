#pragma once

#include "common/Result.h"
#include "documents/DocumentData.h"
#include "printing/PrintService.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class DocumentsPane;
}

namespace onetrip {
namespace gui {

class AppContext;

// The documents to hand over (those of the decision just taken, older ones, or the
// consultation list), with print preview (F5), print (Ctrl+P) and PDF (Ctrl+S) through the
// context's PrintService. A printer fault touches nothing saved: print again from here.
class DocumentsPane : public QWidget
{
    Q_OBJECT

public:
    struct Document
    {
        QString label; // as listed
        DocumentData data;
    };

    explicit DocumentsPane(AppContext &context, QWidget *parent = nullptr);
    ~DocumentsPane() override;

    // F5, Ctrl+P and Ctrl+S anywhere in `scope` (the page) act on the selected document.
    void installShortcuts(QWidget *scope);
    void setDocuments(const QList<Document> &documents);
    int count() const { return int(m_documents.size()); }
    void focusList();

    // Print preview / print dialog / PDF of one document (index into the list).
    Status preview(int index = 0);
    Status print(int index = 0);
    Status exportPdf(const QString &path, int index = 0);

Q_SIGNALS:
    // A document went out: printed, or saved as PDF.
    void handedOut();
    // A hint for the clerk, or an error (error true).
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Action
    {
        PreviewAction,
        PrintAction,
        PdfAction
    };
    // The preview or the print dialog of the PrintService.
    using PrintDialog = Result<PrintOutcome> (PrintService::*)(const PrintJob &, QWidget *);

    const DocumentData *printable(int index, Status &status) const;
    Result<PrintJob> job(int index) const;
    // Document `index` through `dialog`; handedOut() when it was printed.
    Status printThrough(int index, PrintDialog dialog);
    void run(Action action);

    std::unique_ptr<Ui::DocumentsPane> ui;
    AppContext &m_context;
    QList<Document> m_documents;
};

} // namespace gui
} // namespace onetrip
