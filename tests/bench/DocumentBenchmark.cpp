// Document printing benchmark: an acceptance receipt (受理通知书, both copies, from the real
// guide's materials) rendered to PDF through DocumentRenderer — template filling, QR code,
// layout, PDF — beside the raw engine doing the same work: a plain QTextDocument with the
// same HTML (no template filling, no QR) printed to PDF by QPdfWriter.
// Usage: onetrip-bench-documents [--runs N]   (budget: receipt to PDF <= 50 ms)
#include "BenchStats.h"
#include "documents_samples.h"

#include "common/Fonts.h"
#include "printing/DocumentRenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <functional>

using namespace onetrip;

namespace {

constexpr double BudgetMs = 50;
constexpr int WarmUpRuns = 5;

// Runs every work `runs` times after a warm-up, interleaved (a, b, c, a, b, c, ...) so that
// load from other processes falls on all of them alike; returns the samples in ms.
QList<QList<double>> measure(int runs, const QList<std::function<void()>> &works)
{
    for (int i = 0; i < WarmUpRuns; ++i) {
        for (const auto &work : works)
            work();
    }
    QList<QList<double>> samples(works.size());
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        for (qsizetype w = 0; w < works.size(); ++w) {
            timer.start();
            works.at(w)();
            samples[w].append(timer.nsecsElapsed() / 1e6);
        }
    }
    return samples;
}

QString row(const QString &what, const bench::Stats &s, const QString &budget)
{
    const auto ms = [](double v) { return QString::number(v, 'f', 2); };
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
        .arg(what, ms(s.p50), ms(s.p95), ms(s.max), budget);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 ? args.value(runsAt + 1).toInt() : 100;
    QTextStream out(stdout);
    if (runs < 1) {
        out << "usage: onetrip-bench-documents [--runs N]\n";
        return 2;
    }

    const DocumentData receipt = documents_samples::sample(DocumentKind::AcceptanceNotice);
    if (receipt.lines.isEmpty()) {
        out << "no shipped catalog found (data/catalog/jinan-guides.json)\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString onetripPdf = dir.filePath(QStringLiteral("onetrip.pdf"));
    const QString rawPdf = dir.filePath(QStringLiteral("raw.pdf"));

    // The first receipt of a fresh process pays for loading the font and the templates.
    QElapsedTimer cold;
    cold.start();
    bool failed = !gui::DocumentRenderer::exportPdf(receipt, onetripPdf).ok();
    const double coldMs = cold.nsecsElapsed() / 1e6;

    // The raw engine's input: the same HTML and stylesheet, without the QR image.
    QString html = gui::DocumentRenderer::html(receipt).value();
    html.remove(QRegularExpression(QStringLiteral("<img[^>]*>")));
    QFile cssFile(QStringLiteral(":/templates/document.css"));
    failed |= !cssFile.open(QIODevice::ReadOnly);
    const QString css = QString::fromUtf8(cssFile.readAll());

    const QList<QList<double>> samples = measure(
        runs,
        {// OneTrip: everything the window does when it prints the receipt.
         [&] { failed |= !gui::DocumentRenderer::exportPdf(receipt, onetripPdf).ok(); },
         // The raw engine doing the same layout and PDF work.
         [&] {
             QPdfWriter writer(rawPdf);
             writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                              QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
             QTextDocument doc;
             doc.setDefaultFont(gui::Fonts::printFont());
             doc.setDefaultStyleSheet(css);
             doc.setDocumentMargin(0);
             doc.setHtml(html);
             doc.setPageSize(writer.pageLayout().paintRect(QPageLayout::Inch).size() * 96);
             doc.print(&writer);
         },
         // Template filling alone, for the breakdown.
         [&] { failed |= !gui::DocumentRenderer::html(receipt).ok(); }});
    if (failed) {
        out << "a render failed\n";
        return 1;
    }

    const bench::Stats o = bench::stats(samples.at(0));
    const bench::Stats r = bench::stats(samples.at(1));
    const bench::Stats f = bench::stats(samples.at(2));
    out << "acceptance receipt (" << receipt.lines.size() << " materials, 2 copies), " << runs
        << " runs each, interleaved, after " << WarmUpRuns << " warm-up runs; PDF "
        << QFileInfo(onetripPdf).size() / 1024 << " KiB (raw " << QFileInfo(rawPdf).size() / 1024
        << " KiB); first receipt of the process (cold): " << QString::number(coldMs, 'f', 1)
        << " ms\n\n";
    out << "| receipt to PDF | p50 ms | p95 ms | max ms | budget |\n|---|---|---|---|---|\n";
    out << row(QStringLiteral("OneTrip: DocumentRenderer::exportPdf (fill + QR + layout + PDF)"), o,
               QStringLiteral("≤ 50 ms"));
    out << row(QStringLiteral("raw: QTextDocument + QPdfWriter, same HTML, no QR"), r,
               QStringLiteral("—"));
    out << row(QStringLiteral("of which template filling (DocumentRenderer::html)"), f,
               QStringLiteral("—"));
    out << "\nratio OneTrip / raw at p50: " << QString::number(o.p50 / r.p50, 'f', 2) << "; budget "
        << (o.p95 <= BudgetMs ? "met" : "MISSED") << " at p95\n";
    return 0;
}
