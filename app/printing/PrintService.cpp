#include "printing/PrintService.h"

#include "printing/PrintDialogs.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>

namespace onetrip {
namespace gui {

namespace {

bool allowedInFileName(QChar c)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    return !forbidden.contains(c) && !c.isSpace() && c.category() != QChar::Other_Control &&
           c.category() != QChar::Other_Format;
}

} // namespace

PrintService::PrintService(AppSettings &settings)
    : m_settings(settings)
{
}

Result<PrintOutcome> PrintService::preview(const PrintJob &job, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    PrintOutput::setUp(printer, job.title);
    const auto paint = [&job](QPrinter *target) {
        if (const auto doc = job.build(*target))
            doc->print(target);
    };
    if (!PrintDialogs::instance().preview(printer, paint, job.title, parent))
        return PrintOutcome::Cancelled;
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
        return PrintOutput::printerFailure(job.title,
                                           QStringLiteral("QPrinter state after preview"))
            .error();
    return PrintOutcome::Printed;
}

Result<PrintOutcome> PrintService::print(const PrintJob &job, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    PrintOutput::setUp(printer, job.title);
    if (!PrintDialogs::instance().choosePrinter(printer, job.title, parent))
        return PrintOutcome::Cancelled;
    if (Status printed = PrintOutput::printTo(job.build, printer); !printed)
        return printed.error();
    return PrintOutcome::Printed;
}

Result<QString> PrintService::exportPdf(const PrintJob &job, QWidget *parent)
{
    const QString suggested =
        QDir(m_settings.lastExportFolder()).filePath(suggestedPdfName(job.fileName));
    QString path = PrintDialogs::instance().pdfPath(suggested, job.title, parent);
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status written = writePdf(job, path); !written)
        return written.error();
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    return path;
}

Status PrintService::writePdf(const PrintJob &job, const QString &path)
{
    return PrintOutput::exportPdf(job.build, job.title, path);
}

QString PrintService::suggestedPdfName(const QString &title)
{
    QString name;
    for (const QChar c : title.trimmed()) {
        if (allowedInFileName(c))
            name += c;
        else if (!name.endsWith(u'_'))
            name += u'_'; // a run of refused characters becomes one
    }
    if (name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name.chop(4);
    // Leading dots hide a file; trailing dots and "_" are refused or look broken.
    while (!name.isEmpty() && (name.front() == u'.' || name.front() == u'_'))
        name.remove(0, 1);
    if (name.size() > 80)
        name.truncate(name.at(79).isHighSurrogate() ? 79 : 80);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u'_'))
        name.chop(1);
    if (name.isEmpty())
        name = QCoreApplication::translate("PrintService", "document");
    return name + QStringLiteral(".pdf");
}

} // namespace gui
} // namespace onetrip
