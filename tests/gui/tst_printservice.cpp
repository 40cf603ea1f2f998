// PrintService: the one way of naming a PDF, the folder remembered for the next one, and
// the dialogs answered through the PrintDialogs seam (cancel, print, preview) for a guide.
#include "printing/GuidePrinter.h"
#include "printing/PrintDialogs.h"
#include "printing/PrintService.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

const QString GuideHtml = QStringLiteral("<h1>个体工商户设立登记</h1><p>申请材料：身份证</p>");

} // namespace

class TestPrintService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestedPdfName_data();
    void suggestedPdfName();
    void exportStartsInTheLastFolderAndRemembersIt();
    void cancelledDialogsPrintNothing();
    void printAndPreviewThroughTheSeam();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    ScriptedPrintDialogs m_dialogs;
    std::unique_ptr<AppSettings> m_settings;
};

void TestPrintService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PrintDialogs::install(&m_dialogs);
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestPrintService::suggestedPdfName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("case number") << QStringLiteral("JNLX-20260930-T01-00001-SL1")
                                 << QStringLiteral("JNLX-20260930-T01-00001-SL1.pdf");
    QTest::newRow("chinese kept") << QStringLiteral("个体工商户设立登记")
                                  << QStringLiteral("个体工商户设立登记.pdf");
    QTest::newRow("refused characters")
        << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("a_b_c_d_e_f_g_h_i_j.pdf");
    QTest::newRow("spaces and runs")
        << QStringLiteral("  受理 通知书 //  第1号 ") << QStringLiteral("受理_通知书_第1号.pdf");
    QTest::newRow("control characters")
        << QStringLiteral("a\tb\nc\u0001d") << QStringLiteral("a_b_c_d.pdf");
    QTest::newRow("already .pdf") << QStringLiteral("guide.PDF") << QStringLiteral("guide.pdf");
    QTest::newRow("dots at the ends")
        << QStringLiteral("..hidden..") << QStringLiteral("hidden.pdf");
    QTest::newRow("nothing left") << QStringLiteral(" / ? ") << QStringLiteral("document.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("document.pdf");
    QTest::newRow("long") << QString(100, QChar(0x4E8B))
                          << QString(80, QChar(0x4E8B)) + QStringLiteral(".pdf");
}

void TestPrintService::suggestedPdfName()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(PrintService::suggestedPdfName(title), name);
}

void TestPrintService::exportStartsInTheLastFolderAndRemembersIt()
{
    PrintService printing(*m_settings);
    m_settings->setLastExportFolder(m_dir.path());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("guides")));
    m_dialogs = ScriptedPrintDialogs();
    m_dialogs.savePath = m_dir.filePath(QStringLiteral("guides/chosen")); // no extension typed
    const Result<QString> saved = printing.exportPdf(
        GuidePrinter::job(GuideHtml, QStringLiteral("个体工商户 设立/登记")), nullptr);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved.value(), m_dir.filePath(QStringLiteral("guides/chosen.pdf")));
    QCOMPARE(m_dialogs.requests.size(), 1);
    QCOMPARE(m_dialogs.requests.constFirst().suggestedPath,
             QDir(m_dir.path()).filePath(QStringLiteral("个体工商户_设立_登记.pdf")));
    QVERIFY(pdfText(saved.value()).contains(QStringLiteral("个体工商户设立登记")));
    QCOMPARE(m_settings->lastExportFolder(), m_dir.filePath(QStringLiteral("guides")));

    // The next export starts there.
    m_dialogs = ScriptedPrintDialogs();
    m_dialogs.acceptSuggestedPath = true;
    const Result<QString> again =
        printing.exportPdf(GuidePrinter::job(GuideHtml, QStringLiteral("JN-SG08")), nullptr);
    QVERIFY(again);
    QCOMPARE(again.value(), m_dir.filePath(QStringLiteral("guides/JN-SG08.pdf")));
    QVERIFY(QFile::exists(again.value()));
}

void TestPrintService::cancelledDialogsPrintNothing()
{
    PrintService printing(*m_settings);
    m_dialogs = ScriptedPrintDialogs(); // every dialog cancelled
    const PrintJob job = GuidePrinter::job(GuideHtml, QStringLiteral("个体工商户设立登记"));
    const Result<QString> saved = printing.exportPdf(job, nullptr);
    QVERIFY(saved);
    QVERIFY(saved->isEmpty());
    const Result<PrintOutcome> printed = printing.print(job, nullptr);
    QVERIFY(printed);
    QCOMPARE(printed.value(), PrintOutcome::Cancelled);
    const Result<PrintOutcome> previewed = printing.preview(job, nullptr);
    QVERIFY(previewed);
    QCOMPARE(previewed.value(), PrintOutcome::Cancelled);
    QCOMPARE(m_dialogs.requests.size(), 3);
}

void TestPrintService::printAndPreviewThroughTheSeam()
{
    PrintService printing(*m_settings);
    const PrintJob job = GuidePrinter::job(GuideHtml, QStringLiteral("个体工商户设立登记"));
    m_dialogs = ScriptedPrintDialogs();
    m_dialogs.printerPdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    const Result<PrintOutcome> printed = printing.print(job, nullptr);
    QVERIFY2(printed, qPrintable(printed.message()));
    QCOMPARE(printed.value(), PrintOutcome::Printed);
    QCOMPARE(m_dialogs.requests.constFirst().title, QStringLiteral("个体工商户设立登记"));
    QVERIFY(pdfText(m_dialogs.printerPdf).contains(QStringLiteral("申请材料")));

    m_dialogs.previewPdf = m_dir.filePath(QStringLiteral("preview.pdf"));
    m_dialogs.printerPdf = m_dir.filePath(QStringLiteral("from-preview.pdf"));
    m_dialogs.printFromPreview = true;
    const Result<PrintOutcome> previewed = printing.preview(job, nullptr);
    QVERIFY(previewed);
    QCOMPARE(previewed.value(), PrintOutcome::Printed);
    QVERIFY(pdfText(m_dialogs.previewPdf).contains(QStringLiteral("申请材料")));
    QVERIFY(pdfText(m_dialogs.printerPdf).contains(QStringLiteral("申请材料")));
}

void TestPrintService::cleanupTestCase()
{
    PrintDialogs::install(nullptr);
}

QTEST_MAIN(TestPrintService)
#include "tst_printservice.moc"
