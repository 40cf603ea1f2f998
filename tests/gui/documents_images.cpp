// onetrip-document-images: renders page 1 of every document kind (realistic samples from
// documents_samples.h) to docs/documents/<kind>.png, for people to look at and for the docs.
// Usage: onetrip-document-images [OUTPUT_DIR]   (needs pdftoppm from poppler-utils)
#include "documents_samples.h"

#include "printing/DocumentRenderer.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace onetrip;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString outDir =
        args.size() > 1 ? args.at(1) : QStringLiteral(ONETRIP_DOCUMENT_IMAGE_DIR);
    QTextStream err(stderr);
    if (!QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << Qt::endl;
        return 1;
    }
    QTemporaryDir tmp;
    int failures = 0;
    for (const DocumentKind kind : documents_samples::allKinds()) {
        const QString pdf = tmp.filePath(documents_samples::slug(kind) + QStringLiteral(".pdf"));
        const Status written =
            gui::DocumentRenderer::exportPdf(documents_samples::sample(kind), pdf);
        if (!written) {
            err << written.describe() << Qt::endl;
            ++failures;
            continue;
        }
        const QString png = QDir(outDir).filePath(documents_samples::slug(kind));
        const int rc =
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"),
                               QStringLiteral("-singlefile"), pdf, png});
        if (rc != 0) {
            err << "pdftoppm failed for " << pdf << Qt::endl;
            ++failures;
            continue;
        }
        QTextStream(stdout) << png << ".png" << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
