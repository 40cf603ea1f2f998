// Opening cases from the main window's "open case" field, as a clerk (or a barcode scanner)
// does: a case number opens the case view, whose documents are reprinted exactly as issued;
// a correction notice's number reopens the case in the intake page; unknown numbers are
// refused with a message. And the supervisor's approval of a second notice.
#include "TestSupport.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "cases/StopClockDialog.h"
#include "cases/SupervisorApprovalDialog.h"
#include "catalog/CatalogRepository.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "deadline/DeadlineSettings.h"
#include "demo/DemoData.h"
#include "identity/ResidentId.h"
#include "intake/IntakePage.h"
#include "intake/VerdictEngine.h"
#include "main/MainWindow.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintDialogs.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        return;
    }
    // Chinese arrives from the input method as a committed string.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(QApplication::focusWidget(), &event);
}

QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestCaseDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openCaseByNumberShowsTheCase();
    void reprintAndPreviewGoThroughThePrintDialogs();
    void reprintToPdfCarriesTheCaseNumberAndNoFullId();
    void scannedNoticeNumberReopensTheCaseInIntake();
    void caseWaitingForCorrectionsOffersTheResubmission();
    void unknownNumbersAreRefusedWithAMessage();
    void supervisorApprovalNeedsASupervisorAndAReason();
    void intakeAsksTheSupervisorThroughTheDialog();
    void deadlineLightAndStoppedClock();
    void overdueSupplementEndsAtTheNextSweep();
    void cleanupTestCase();

private:
    QList<ServiceGuide> guides(const QString &code) const;
    void openField();

    QTemporaryDir m_dir;
    RecordingMessageBoxes m_boxes;
    ScriptedPrintDialogs m_dialogs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    User m_clerk;
    CaseRecord m_accepted;
    CaseRecord m_correction;
    QString m_noticeNumber;
};

QList<ServiceGuide> TestCaseDocuments::guides(const QString &code) const
{
    auto guide = CatalogRepository(*m_db).guide(code);
    if (!guide)
        qFatal("no guide %s", qPrintable(code));
    return {guide.value()};
}

void TestCaseDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBoxes::install(&m_boxes);
    PrintDialogs::install(&m_dialogs);
    Translations::install(QStringLiteral("zh_CN"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db, qPrintable(db.describe()));
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 9, 30), QTime(9, 0)));
    QVERIFY(DemoData::ensure(*m_db, qEnvironmentVariable("ONETRIP_DATA_DIR"), *m_clock));
    const HallInfo hall{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                        QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")};
    QVERIFY(HallSettings(*m_db).save(hall, QStringLiteral("T01")));
    m_clerk = UserRepository(*m_db)
                  .authenticate(QStringLiteral("clerk01"), QStringLiteral("demo"))
                  .value();

    // Two cases, made by the service the intake screen uses: an acceptance, and a correction
    // notice (a main material missing).
    auto calendar = CalendarRepository(*m_db).load();
    QVERIFY(calendar);
    CaseService service(*m_db, *m_clock, calendar.value(), hall,
                        TerminalInfo{hall.code, QStringLiteral("T01")});
    auto accepted = service.confirm(IntakeSample::acceptance(guides(QStringLiteral("JN-SG08")),
                                                             IntakeSample::person(1), m_clerk));
    QVERIFY2(accepted, qPrintable(accepted.describe()));
    m_accepted = accepted.value();

    IntakeConfirmation notice = IntakeSample::acceptance(guides(QStringLiteral("JN-SG24")),
                                                         IntakeSample::person(2), m_clerk);
    notice.checks =
        IntakeSample::with(notice.checks, QStringLiteral("JN-SG24/m01"), MaterialState::Missing);
    notice.verdict = VerdictEngine::evaluate(
        IntakeRequest{notice.guides, notice.answers, notice.checks, false, false, 0});
    notice.outcome = Outcome::CorrectionNeeded;
    auto noticed = service.confirm(notice);
    QVERIFY2(noticed, qPrintable(noticed.describe()));
    m_correction = noticed.value();
    QCOMPARE(m_correction.status, CaseStatus::CorrectionRequested);
    const CaseDocument *correction = m_correction.latestDocument(DocumentKind::CorrectionNotice);
    QVERIFY(correction);
    m_noticeNumber = correction->number;

    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_context = std::make_unique<AppContext>(*m_db, *m_settings);
    m_context->setUser(m_clerk);
    m_context->setClock(m_clock.get());
    m_window = std::make_unique<MainWindow>(*m_context);
    QVERIFY(m_window->loadCatalog());
    QVERIFY(!m_window->promptHallSetupIfNeeded()); // the hall is set up
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCaseDocuments::openField()
{
    // Ctrl+O from wherever the focus is.
    press(Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->openCaseField());
}

void TestCaseDocuments::openCaseByNumberShowsTheCase()
{
    openField();
    type(m_accepted.number.toLower()); // however it is typed
    press(Qt::Key_Return);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view);
    QTRY_COMPARE(QApplication::activeWindow(), view);
    QVERIFY(m_window->openCaseField()->text().isEmpty()); // ready for the next scan
    QCOMPARE(view->record().number, m_accepted.number);

    const QString header = view->headerText();
    QVERIFY2(header.contains(m_accepted.number), qPrintable(header));
    QVERIFY2(header.contains(m_accepted.applicant.name), qPrintable(header));
    QVERIFY2(header.contains(ResidentId::mask(m_accepted.applicant.idNumber)), qPrintable(header));
    QVERIFY2(!header.contains(m_accepted.applicant.idNumber), qPrintable(header));
    // This store never joined a server: the case view says its cases stay here.
    QVERIFY2(header.contains(QCoreApplication::translate(
                 "onetrip::gui::MainWindow", "Standalone terminal: kept on this computer only")),
             qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("单机终端")) ||
                 header.contains(QStringLiteral("Standalone terminal")),
             qPrintable(header));
    QVERIFY2(header.contains(displayName(CaseStatus::Accepted)), qPrintable(header));
    QVERIFY2(header.contains(QLocale().toString(m_accepted.dueDate, QLocale::ShortFormat)),
             qPrintable(header));
    QCOMPARE(view->documentCount(), m_accepted.documents.size());
    QVERIFY(view->documentCount() >= 2); // the acceptance notice and the material receipt
    QCOMPARE(view->currentDocument(), view->documentCount() - 1);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("resumePushButton"))->isVisible());
}

void TestCaseDocuments::reprintAndPreviewGoThroughThePrintDialogs()
{
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view);
    auto *table = view->findChild<QWidget *>(QStringLiteral("documentsTableWidget"));
    QCOMPARE(QApplication::focusWidget(), table);
    const CaseDocument document = view->record().documents.at(view->currentDocument());
    m_dialogs.requests.clear();

    // Ctrl+P: the print dialog is answered with a printer writing a PDF.
    m_dialogs.printerPdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QCOMPARE(m_dialogs.requests.size(), 1);
    QCOMPARE(m_dialogs.requests.constFirst().kind, ScriptedPrintDialogs::Kind::Print);
    QCOMPARE(m_dialogs.requests.constFirst().title, DocumentRenderer::printedTitle(document.kind));
    const QString printed = pdfText(m_dialogs.printerPdf);
    QVERIFY2(printed.contains(document.number), qPrintable(printed.left(600)));

    // Ctrl+Shift+P: the preview shows the document and returns at once; printing from the
    // preview prints it.
    m_dialogs.previewPdf = m_dir.filePath(QStringLiteral("preview.pdf"));
    m_dialogs.printerPdf = m_dir.filePath(QStringLiteral("from-preview.pdf"));
    m_dialogs.printFromPreview = true;
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QCOMPARE(m_dialogs.requests.size(), 2);
    QCOMPARE(m_dialogs.requests.last().kind, ScriptedPrintDialogs::Kind::Preview);
    QVERIFY(pdfText(m_dialogs.previewPdf).contains(document.number));
    QVERIFY(pdfText(m_dialogs.printerPdf).contains(document.number));

    m_dialogs = ScriptedPrintDialogs();
    QCOMPARE(QApplication::focusWidget(), table);
}

void TestCaseDocuments::reprintToPdfCarriesTheCaseNumberAndNoFullId()
{
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view);
    // Choose the acceptance notice with the keyboard, then Ctrl+S.
    int acceptance = -1;
    for (int i = 0; i < view->documentCount(); ++i) {
        if (view->record().documents.at(i).kind == DocumentKind::AcceptanceNotice)
            acceptance = i;
    }
    QVERIFY(acceptance >= 0);
    QCOMPARE(QApplication::focusWidget(),
             view->findChild<QWidget *>(QStringLiteral("documentsTableWidget")));
    for (int up = view->currentDocument() - acceptance; up > 0; --up)
        press(Qt::Key_Up);
    QCOMPARE(view->currentDocument(), acceptance);
    // The file dialog suggests the document's number in the folder saved to last; the
    // clerk picks another folder, which is remembered.
    m_settings->setLastExportFolder(m_dir.path());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("reprints")));
    const QString pdf = m_dir.filePath(QStringLiteral("reprints/reprint.pdf"));
    m_dialogs.requests.clear();
    m_dialogs.savePath = pdf;
    press(Qt::Key_S, Qt::ControlModifier);
    m_dialogs.savePath.clear();
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QVERIFY(QFile::exists(pdf));
    const CaseDocument &document = view->record().documents.at(acceptance);
    QCOMPARE(m_dialogs.requests.size(), 1);
    QCOMPARE(m_dialogs.requests.constFirst().kind, ScriptedPrintDialogs::Kind::SavePdf);
    QCOMPARE(m_dialogs.requests.constFirst().suggestedPath,
             QDir(m_dir.path()).filePath(document.number + QStringLiteral(".pdf")));
    QCOMPARE(m_settings->lastExportFolder(), QFileInfo(pdf).absolutePath());

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_accepted.number), qPrintable(text.left(600)));
    QVERIFY2(text.contains(document.number), qPrintable(text.left(600)));
    const QString fullId = m_accepted.applicant.idNumber;
    QVERIFY2(text.contains(ResidentId::mask(fullId)), qPrintable(text.left(600)));
    QVERIFY(!text.contains(fullId));
    QVERIFY(!test::readFile(pdf).contains(fullId.toLatin1()));

    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->caseDialog());
    m_window->activateWindow(); // what the window manager does when a dialog closes
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void TestCaseDocuments::scannedNoticeNumberReopensTheCaseInIntake()
{
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk")); // the page after sign-in
    // A scanner is a keyboard: the number typed fast, then Enter.
    openField();
    type(m_noticeNumber);
    press(Qt::Key_Return);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QVERIFY(!m_window->caseDialog());
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    IntakePage *intake = m_window->intakePage();
    QVERIFY(intake->isVisible());
    QVERIFY(intake->hasIntake());
    QCOMPARE(intake->caseNumber(), m_correction.number);
    QCOMPARE(intake->entryCode(), QStringLiteral("JN-SG24"));
    QVERIFY(m_window->openCaseField()->text().isEmpty());
}

void TestCaseDocuments::caseWaitingForCorrectionsOffersTheResubmission()
{
    // Back to the catalog; the case number (not the notice) opens the case view, whose F5
    // resumes it. The reopened intake on the page is not confirmed: the clerk is asked.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
    openField();
    type(m_correction.number);
    press(Qt::Key_Return);
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view);
    QTRY_COMPARE(QApplication::activeWindow(), view);
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("resumePushButton"))->isVisible());
    QVERIFY(view->headerText().contains(displayName(CaseStatus::CorrectionRequested)));

    m_boxes.answers = {true}; // yes, replace the intake in progress
    press(Qt::Key_F5);
    QTRY_VERIFY(!m_window->caseDialog());
    m_window->activateWindow(); // what the window manager does when a dialog closes
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QCOMPARE(m_boxes.messages.size(), 1); // the question
    QCOMPARE(m_boxes.messages.constFirst().kind, MessageBoxes::Kind::Question);
    m_boxes.messages.clear();
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    QCOMPARE(m_window->intakePage()->caseNumber(), m_correction.number);
}

void TestCaseDocuments::unknownNumbersAreRefusedWithAMessage()
{
    const QString unknown = QStringLiteral("JNLX-20260930-T01-99999");
    const QStringList numbers = {unknown, QStringLiteral("hello"),
                                 m_accepted.number + QStringLiteral("-GZ9")};
    for (const QString &number : numbers) {
        openField();
        type(number);
        press(Qt::Key_Return);
        QCOMPARE(m_boxes.messages.size(), 1);
        const RecordingMessageBoxes::Message message = m_boxes.messages.takeFirst();
        QCOMPARE(message.kind, MessageBoxes::Kind::Warning);
        QVERIFY2(message.text.contains(number.toUpper()) || message.text.contains(number),
                 qPrintable(message.text));
        QVERIFY(!m_window->caseDialog());
        // The number stays, selected: the next scan replaces it.
        QCOMPARE(QApplication::focusWidget(), m_window->openCaseField());
        QCOMPARE(m_window->openCaseField()->selectedText(), number);
    }
}

void TestCaseDocuments::supervisorApprovalNeedsASupervisorAndAReason()
{
    const QStringList deficiencies = {QStringLiteral("营业执照：已过期")};
    SupervisorApprovalDialog dialog(*m_db, deficiencies, m_window.get());
    dialog.show();
    dialog.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &dialog);
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("loginLineEdit")));

    // A clerk's credentials with a reason: refused, not a supervisor.
    type(QStringLiteral("clerk01"));
    press(Qt::Key_Tab);
    type(QStringLiteral("demo"));
    press(Qt::Key_Tab);
    type(QStringLiteral("申请人补充材料时发现新问题"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // A supervisor without a reason: refused.
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginLineEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonPlainTextEdit"));
    login->selectAll();
    login->setFocus();
    type(QStringLiteral("super01"));
    password->setFocus();
    password->selectAll();
    type(QStringLiteral("demo"));
    reason->setFocus();
    reason->selectAll();
    press(Qt::Key_Backspace);
    const QString noReason = [&] {
        press(Qt::Key_Return, Qt::ControlModifier);
        return dialog.errorText();
    }();
    QVERIFY(dialog.isVisible());
    QVERIFY(!noReason.isEmpty());
    QCOMPARE(QApplication::focusWidget(), reason);

    // A wrong password: refused.
    type(QStringLiteral("材料原件与复印件不一致，窗口首次未发现"));
    password->setFocus();
    password->selectAll();
    type(QStringLiteral("wrong"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText() != noReason);

    // The supervisor's password and the reason: approved.
    password->setFocus();
    type(QStringLiteral("demo"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.approval().login, QStringLiteral("super01"));
    QCOMPARE(dialog.approval().password, QStringLiteral("demo"));
    QCOMPARE(dialog.approval().reason, QStringLiteral("材料原件与复印件不一致，窗口首次未发现"));
}

void TestCaseDocuments::intakeAsksTheSupervisorThroughTheDialog()
{
    // The main window wires the intake screen's approval seam to the dialog (modal).
    IntakePage *intake = m_window->intakePage();
    QVERIFY(intake->approvalProvider);
    QStringList shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<SupervisorApprovalDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown << dialog->findChild<QLabel *>(QStringLiteral("deficienciesLabel"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("loginLineEdit"))
            ->setText(QStringLiteral("super01"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))
            ->setText(QStringLiteral("demo"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonPlainTextEdit"))
            ->setPlainText(QStringLiteral("首次审核遗漏"));
        static_cast<void>(dialog->tryApprove());
    });
    const auto approval = intake->approvalProvider({QStringLiteral("身份证：已过期")});
    QVERIFY(approval.has_value());
    QCOMPARE(approval->login, QStringLiteral("super01"));
    QCOMPARE(approval->reason, QStringLiteral("首次审核遗漏"));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(QStringLiteral("身份证：已过期")),
             qPrintable(shown.constFirst()));

    // Cancelled: no approval.
    QTimer::singleShot(0, this, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            static_cast<QDialog *>(dialog)->reject();
    });
    QVERIFY(!intake->approvalProvider({QStringLiteral("身份证：已过期")}).has_value());
}

// The case view's 红黄牌 and the clock: JN-SG08 accepted on Wed 30 Sep 2026 with 15 working
// days is due Tue 27 Oct (国庆 1–7 Oct off, Sat 10 Oct worked); an expert review stops the
// clock from 30 Sep to 9 Oct and Thu 8 Oct no longer counts: due Wed 28 Oct.
void TestCaseDocuments::deadlineLightAndStoppedClock()
{
    const QLocale locale;
    const auto shown = [&locale](int month, int day) {
        return locale.toString(QDate(2026, month, day), QLocale::ShortFormat);
    };
    QVERIFY(m_window->openCase(m_accepted.number));
    CaseDocumentsDialog *view = m_window->caseDialog();
    QVERIFY(view && QTest::qWaitForWindowExposed(view));
    QString deadlines = view->deadlinesText();
    QVERIFY2(deadlines.contains(shown(10, 27)), qPrintable(deadlines));
    QVERIFY2(deadlines.contains(displayName(DeadlineLight::Green)), qPrintable(deadlines));
    view->close();
    // DESIGN §2: the warning window is a setting. A hall that warns 20 working days ahead
    // sees the 15-day limit yellow from the day it was accepted.
    QVERIFY(DeadlineSettings::save(*m_db, WarningPolicy{20, 20}));
    QVERIFY(m_window->openCase(m_accepted.number));
    QVERIFY2(m_window->caseDialog()->deadlinesText().contains(displayName(DeadlineLight::Yellow)),
             qPrintable(m_window->caseDialog()->deadlinesText()));
    m_window->caseDialog()->close();
    QVERIFY(DeadlineSettings::save(*m_db, WarningPolicy{}));
    QVERIFY(m_window->openCase(m_accepted.number));
    view = m_window->caseDialog();
    QVERIFY(view && QTest::qWaitForWindowExposed(view));
    auto *stop = view->findChild<QPushButton *>(QStringLiteral("stopClockPushButton"));
    auto *restart = view->findChild<QPushButton *>(QStringLiteral("restartClockPushButton"));
    QVERIFY(stop->isVisible());
    QVERIFY(!restart->isVisible());

    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    StopClockDialog *ask = m_window->stopClockDialog();
    QVERIFY(ask && QTest::qWaitForWindowExposed(ask));
    auto *kinds = ask->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    kinds->setCurrentIndex(kinds->findData(toKey(PauseKind::ExpertReview)));
    auto *box = ask->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    // No reason: refused in the dialog, nothing recorded.
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(ask->isVisible());
    auto *reason = ask->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"));
    reason->setFocus();
    type(QStringLiteral("组织专家现场评审"));
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->stopClockDialog());
    view = m_window->caseDialog();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    deadlines = view->deadlinesText();
    QVERIFY2(deadlines.contains(displayName(DeadlineLight::Paused)), qPrintable(deadlines));
    restart = view->findChild<QPushButton *>(QStringLiteral("restartClockPushButton"));
    QVERIFY(restart->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("stopClockPushButton"))->isVisible());

    // Nine days on, the step is over: the clock runs again and the due day has moved.
    m_clock->setNow(QDateTime(QDate(2026, 10, 9), QTime(10, 0)));
    QTest::mouseClick(restart, Qt::LeftButton);
    view = m_window->caseDialog();
    QTRY_VERIFY(view && view->isVisible());
    deadlines = view->deadlinesText();
    QVERIFY2(deadlines.contains(shown(10, 28)), qPrintable(deadlines));
    QVERIFY2(deadlines.contains(displayName(DeadlineLight::Green)), qPrintable(deadlines));
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    view->close();
    m_clock->setNow(QDateTime(QDate(2026, 9, 30), QTime(9, 0)));
}

// 容缺 accepted on Wed 30 Sep with 2 supplement days: due Fri 9 Oct (国庆 in between). The
// window's sweep on Sat 10 Oct ends it, says so in the status bar and in the case view.
void TestCaseDocuments::overdueSupplementEndsAtTheNextSweep()
{
    auto calendar = CalendarRepository(*m_db).load();
    QVERIFY(calendar);
    CaseService service(*m_db, *m_clock, calendar.value(), m_context->hall()->hall,
                        m_context->hall()->terminal);
    IntakeConfirmation c = IntakeSample::acceptance(guides(QStringLiteral("JN-SG08")),
                                                    IntakeSample::person(7), m_clerk);
    c.commitmentSigned = true;
    c.supplementDays = 2;
    c.checks = IntakeSample::with(c.checks, QStringLiteral("JN-SG08/m05"), MaterialState::Deferred);
    c.verdict = VerdictEngine::evaluate(
        IntakeRequest{c.guides, c.answers, c.checks, false, true, c.supplementDays});
    c.outcome = Outcome::AcceptWithDeferral;
    auto deferred = service.confirm(c);
    QVERIFY2(deferred, qPrintable(deferred.describe()));
    QCOMPARE(deferred->supplementDue, QDate(2026, 10, 9));

    QVERIFY(m_window->sweepSupplements().isEmpty()); // 30 Sep: not due yet
    m_clock->setNow(QDateTime(QDate(2026, 10, 10), QTime(0, 0, 30)));
    QCOMPARE(m_window->sweepSupplements(), QStringList{deferred->number});
    QVERIFY2(m_window->statusBar()->currentMessage().contains(deferred->number),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_boxes.messages.isEmpty()); // a clerk is told in the status bar only
    QVERIFY(m_window->openCase(deferred->number));
    QVERIFY2(m_window->caseDialog()->headerText().contains(displayName(CaseStatus::Terminated)),
             qPrintable(m_window->caseDialog()->headerText()));
    m_window->caseDialog()->close();
    QVERIFY(m_window->sweepSupplements().isEmpty()); // ended once
    m_clock->setNow(QDateTime(QDate(2026, 9, 30), QTime(9, 0)));
}

void TestCaseDocuments::cleanupTestCase()
{
    m_window.reset();
    m_context.reset();
    m_db.reset();
    MessageBoxes::install(nullptr);
    PrintDialogs::install(nullptr);
}

QTEST_MAIN(TestCaseDocuments)
#include "tst_casedocuments.moc"
