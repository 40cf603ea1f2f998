// Drives the real intake screen offscreen with the keyboard only, the way a clerk does: types
// the applicant, answers the situations, checks each material with the fast keys 1-7 and
// confirms with F9-F12; then saves the documents as PDF (Ctrl+S) and reads them back with
// pdftotext. Set ONETRIP_SCREENSHOT_DIR=<dir> to write the intake screenshots there (and
// ONETRIP_EXTRA_QM=<file.qm> to add translations not yet merged into the shipped .ts).
#include "TestSupport.h"
#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "common/Fonts.h"
#include "common/MessageBoxes.h"
#include "common/Paths.h"
#include "common/Translations.h"
#include "demo/DemoData.h"
#include "identity/ResidentId.h"
#include "intake/ChecklistModel.h"
#include "intake/ConsultationPage.h"
#include "intake/IntakePage.h"
#include "printing/DocumentRenderer.h"
#include "printing/PrintDialogs.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

// The item most tests take in: 法律援助申请 — a person, promised in 5 working days, two
// deferrable secondary materials, and an agent option that brings in the authorisation.
const QString LegalAid = QStringLiteral("JN-SG24");
const QString Rental = QStringLiteral("JN-SG08");

QString squeeze(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

QString chineseDate(QDate date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

// Text typed on the keyboard, Chinese included (an input method commits characters as key
// events with text; QTest::keyClicks only knows Latin-1).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checklistModelIsSound();
    void residentIdIsValidatedLive();
    void agentBringsInTheAuthorisation();
    void acceptancePrintedToPdf();
    void acceptancePrintedAndPreviewedThroughTheDialogs();
    void returningApplicantIsFilledIn();
    void correctionNoticeListsEveryDeficiency();
    void deferralNeedsCommitmentAndDays();
    void declineNeedsReasonAndRedirect();
    void resubmissionClearsTheNotice();
    void secondNoticeRefusedWithoutSupervisor();
    void consultationPrintsTheTailoredList();

private:
    QLineEdit *edit(const char *name) const;
    QTableView *view() const;
    // Types a person applicant into the applicant pane.
    // false when the cursor is not in the ID field, where startItem puts it.
    bool typePerson(const QString &id, const QString &name);
    // Sets each row's state with its fast key, from the first row down.
    void checkRows(const QList<int> &keys);
    // false when no widget has the focus (the key would go nowhere).
    bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    int rowOf(const QString &materialId) const;
    // Saves document `index` of the confirmed case with Ctrl+S and returns pdftotext's text.
    QString savedPdfText(int index, QString *rawPdf = nullptr);
    int documentIndex(DocumentKind kind) const;
    CaseRecord giveCorrectionNotice(const QString &applicantId);
    // true when not asked for (ONETRIP_SCREENSHOT_DIR unset) or saved.
    bool screenshot(const QString &name, QWidget *widget = nullptr);

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<IntakePage> m_widget;
    User m_clerk;
    RecordingMessageBoxes m_boxes;
    ScriptedPrintDialogs m_dialogs;
    QTemporaryDir m_out;
    QTemporaryDir m_settingsDir;
    QString m_pdftotext;
};

void TestIntake::initTestCase()
{
    Translations::install(QStringLiteral("zh_CN"));
    if (const QString extra = qEnvironmentVariable("ONETRIP_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
    Fonts::applyToApplication();
    MessageBoxes::install(&m_boxes);
    PrintDialogs::install(&m_dialogs);
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
}

void TestIntake::init()
{
    m_store = std::make_unique<test::TempStore>();
    // Monday 23 November 2026, 09:00 at the window.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    QVERIFY(DemoData::ensure(m_store->db(), Paths::dataDirectory(), *m_clock));
    // The due dates need the store's working-day calendar (the context reads it).
    auto calendar = CalendarRepository(m_store->db()).load();
    QVERIFY2(calendar, qPrintable(calendar.describe()));
    auto clerk = UserRepository(m_store->db())
                     .authenticate(QStringLiteral("clerk01"), DemoData::demoPassword());
    QVERIFY2(clerk, qPrintable(clerk.describe()));
    m_clerk = clerk.value();
    const HallInfo hall{QStringLiteral("JNLX"), QStringLiteral("济南市历下区政务服务中心"),
                        QStringLiteral("济南市历下区龙奥北路8号"), QStringLiteral("0531-66601234")};
    QVERIFY(HallSettings(m_store->db()).save(hall, QStringLiteral("T01")));
    m_settings =
        std::make_unique<AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    // PDFs are saved where the file dialog suggests: the folder saved to last.
    m_settings->setLastExportFolder(m_out.path());
    m_dialogs = ScriptedPrintDialogs();
    m_dialogs.acceptSuggestedPath = true;
    m_context = std::make_unique<AppContext>(m_store->db(), *m_settings);
    m_context->setUser(m_clerk);
    m_context->setClock(m_clock.get());
    m_context->load();
    QVERIFY(m_context->caseService());
    m_widget = std::make_unique<IntakePage>(*m_context);
    m_widget->resize(1366, 768);
    m_widget->show();
    m_widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
    m_boxes.messages.clear();
}

void TestIntake::cleanup()
{
    m_widget.reset();
    m_context.reset();
    m_store.reset();
}

QLineEdit *TestIntake::edit(const char *name) const
{
    auto *e = m_widget->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!e)
        qFatal("no line edit %s", name);
    return e;
}

QTableView *TestIntake::view() const
{
    return m_widget->findChild<QTableView *>(QStringLiteral("checklistView"));
}

bool TestIntake::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClick(focus, key, modifiers);
    return true;
}

bool TestIntake::typePerson(const QString &id, const QString &name)
{
    // startItem puts the cursor in the ID field: the ID first, it may fill in the rest.
    if (QApplication::focusWidget() != edit("idLineEdit"))
        return false;
    QTest::keyClicks(edit("idLineEdit"), id);
    QTest::keyClick(edit("idLineEdit"), Qt::Key_Tab);
    if (edit("nameLineEdit")->text().isEmpty())
        type(edit("nameLineEdit"), name);
    QTest::keyClicks(edit("phoneLineEdit"), QStringLiteral("13905310000"));
    type(edit("addressLineEdit"), QStringLiteral("济南市历下区泉城路1号"));
    return true;
}

void TestIntake::checkRows(const QList<int> &keys)
{
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
    for (int key : keys) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + key));
        if (key == 5) // Defective: the reason is asked for; Enter takes the first (expired)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
}

int TestIntake::rowOf(const QString &materialId) const
{
    const QList<ChecklistRow> &rows = m_widget->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).material.id == materialId)
            return i;
    }
    return -1;
}

int TestIntake::documentIndex(DocumentKind kind) const
{
    const QList<CaseDocument> docs = m_widget->documents();
    for (int i = 0; i < docs.size(); ++i) {
        if (docs.at(i).kind == kind)
            return i;
    }
    return -1;
}

QString TestIntake::savedPdfText(int index, QString *rawPdf)
{
    auto *list = m_widget->findChild<QListWidget *>(QStringLiteral("documentsListWidget"));
    if (!list || index < 0)
        return {};
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    const QString expected = m_widget->documents().at(index).number;
    QString path;
    for (const QString &f : QDir(m_out.path()).entryList({QStringLiteral("*.pdf")}))
        QFile::remove(m_out.filePath(f));
    QTest::keyClick(list, Qt::Key_S, Qt::ControlModifier);
    const QStringList files = QDir(m_out.path()).entryList({QStringLiteral("*.pdf")});
    if (files.size() != 1)
        return {};
    path = m_out.filePath(files.first());
    if (rawPdf)
        *rawPdf = QString::fromLatin1(test::readFile(path));
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    return squeeze(text).contains(squeeze(expected)) ? text : QString();
}

bool TestIntake::screenshot(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("ONETRIP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QApplication::processEvents();
    return (widget ? widget : m_widget.get())->grab().save(QDir(dir).filePath(name));
}

// ---- The model --------------------------------------------------------------------------

void TestIntake::checklistModelIsSound()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_widget->startItem(LegalAid));
    model.setRows(m_widget->rows());
    QCOMPARE(model.rowCount(), int(m_widget->rows().size()));
    QSignalSpy changed(&model, &ChecklistModel::checksChanged);
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setState(row, MaterialState::Provided);
        QCOMPARE(model.check(row).copiesReceived, m_widget->rows().at(row).material.copies);
    }
    QCOMPARE(changed.count(), model.rowCount());
    model.setState(0, MaterialState::Defective);
    model.setDefect(0, DefectReason::Unsigned);
    QCOMPARE(model.index(0, ChecklistModel::DefectColumn).data(ChecklistModel::RawRole).toString(),
             toKey(DefectReason::Unsigned));
    QVERIFY(model.index(0, ChecklistModel::StateColumn).data(Qt::BackgroundRole).isValid());
    // Colour is for the state only.
    QVERIFY(!model.index(0, ChecklistModel::NameColumn).data(Qt::BackgroundRole).isValid());
    model.setState(0, MaterialState::Missing);
    QVERIFY(!model.check(0).defect.has_value());
    // Copies received and the note are edited in place.
    QVERIFY(model.setData(model.index(1, ChecklistModel::CopiesReceivedColumn), 3));
    QCOMPARE(model.check(1).copiesReceived, 3);
    QVERIFY(
        model.setData(model.index(1, ChecklistModel::NoteColumn), QStringLiteral(" 核对原件 ")));
    QCOMPARE(model.check(1).note, QStringLiteral("核对原件"));
    QVERIFY(!model.setData(model.index(1, ChecklistModel::NameColumn), QStringLiteral("x")));
    // New rows keep the checks of the rows that remain.
    const MaterialCheck kept = model.check(1);
    model.setRows(m_widget->rows());
    QCOMPARE(model.check(1), kept);
}

// ---- Applicant --------------------------------------------------------------------------

void TestIntake::residentIdIsValidatedLive()
{
    QVERIFY(m_widget->startItem(LegalAid));
    auto *message = m_widget->findChild<QLabel *>(QStringLiteral("idMessageLabel"));
    const QString id = IntakeSample::residentId(3);
    QString wrong = id.left(17) + (id.at(17) == u'1' ? u'2' : u'1');
    QTest::keyClicks(edit("idLineEdit"), wrong);
    QCOMPARE(message->text(), ResidentId::check(wrong, m_clock->today()).message);
    QVERIFY(!message->text().isEmpty());
    QTest::keyClick(edit("idLineEdit"), Qt::Key_Backspace);
    QTest::keyClicks(edit("idLineEdit"), id.right(1));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    // A birth date after today is refused with the clock's today.
    edit("idLineEdit")->selectAll();
    QTest::keyClick(edit("idLineEdit"), Qt::Key_Delete);
    const QString unborn = QStringLiteral("37010220270101001");
    QTest::keyClicks(edit("idLineEdit"), unborn + ResidentId::checkCharacter(unborn));
    QCOMPARE(
        message->text(),
        ResidentId::check(unborn + ResidentId::checkCharacter(unborn), m_clock->today()).message);
    QVERIFY(!message->text().isEmpty());
}

void TestIntake::agentBringsInTheAuthorisation()
{
    QVERIFY(m_widget->startItem(LegalAid));
    const int before = int(m_widget->rows().size());
    QCOMPARE(rowOf(QStringLiteral("m05")), -1);
    auto *agent = m_widget->findChild<QCheckBox *>(QStringLiteral("agentCheckBox"));
    agent->setFocus();
    QTest::keyClick(agent, Qt::Key_Space);
    QVERIFY(agent->isChecked());
    QCOMPARE(m_widget->answers().value(QStringLiteral("applicant")), QStringLiteral("agent"));
    QCOMPARE(int(m_widget->rows().size()), before + 1);
    QVERIFY(rowOf(QStringLiteral("m05")) >= 0);
    QVERIFY(edit("agentIdLineEdit")->isEnabled());
    QTest::keyClicks(edit("agentIdLineEdit"), QStringLiteral("370102199001010010"));
    auto *agentMessage = m_widget->findChild<QLabel *>(QStringLiteral("agentIdMessageLabel"));
    QCOMPARE(agentMessage->text(),
             ResidentId::check(QStringLiteral("370102199001010010"), m_clock->today()).message);
    // Back to "self" with the situation question: the authorisation goes away.
    auto *question = m_widget->findChild<QComboBox *>(QStringLiteral("situation_applicant"));
    question->setFocus();
    QTest::keyClick(question, Qt::Key_Up);
    QVERIFY(!agent->isChecked());
    QCOMPARE(rowOf(QStringLiteral("m05")), -1);
}

// ---- Outcomes ---------------------------------------------------------------------------

void TestIntake::acceptancePrintedToPdf()
{
    QSignalSpy confirmed(m_widget.get(), &IntakePage::caseConfirmed);
    QVERIFY(m_widget->startItem(LegalAid));
    const QString id = IntakeSample::residentId(7);
    QVERIFY(typePerson(id, QStringLiteral("张三")));
    QVERIFY(screenshot(QStringLiteral("intake-zh_CN.png")));
    checkRows({1, 2}); // two rows checked: the screen mid-check
    QVERIFY(screenshot(QStringLiteral("intake-check-zh_CN.png")));
    QVERIFY(!m_widget->verdict().allows(Outcome::Accept));
    checkRows({1, 2, 1, 1});
    QVERIFY(m_widget->verdict().complete());
    QCOMPARE(m_widget->verdict().recommended, Outcome::Accept);
    QVERIFY(press(Qt::Key_F9));
    QCOMPARE(confirmed.count(), 1);
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    const auto record =
        m_context->caseService()->queries().open(confirmed.first().first().toString());
    QVERIFY2(record, qPrintable(record.describe()));
    QCOMPARE(record->status, CaseStatus::Accepted);
    QCOMPARE(record->applicant.name, QStringLiteral("张三"));
    QVERIFY(record->dueDate.isValid());
    // Promised in 5 working days from Monday 23 November 2026, counted by hand: 24, 25, 26,
    // 27 and (after the weekend) Monday 30 November.
    QCOMPARE(record->dueDate, QDate(2026, 11, 30));
    QVERIFY(screenshot(QStringLiteral("intake-accepted-zh_CN.png")));

    QString raw;
    const QString text = savedPdfText(documentIndex(DocumentKind::AcceptanceNotice), &raw);
    QVERIFY2(!text.isEmpty(), "the acceptance notice was not saved as PDF");
    QVERIFY(squeeze(text).contains(record->number));
    QVERIFY(squeeze(text).contains(ResidentId::mask(id)));
    QVERIFY(!squeeze(text).contains(id));
    QVERIFY(!raw.contains(id));
    QVERIFY2(squeeze(text).contains(chineseDate(record->dueDate)), qPrintable(text));
    // Saving again is a reprint: the case is unchanged.
    QVERIFY(!savedPdfText(documentIndex(DocumentKind::AcceptanceNotice)).isEmpty());
    QCOMPARE(m_context->caseService()->queries().open(record->number)->version, record->version);
    // F9 again: the intake is saved already; nothing new.
    view()->setFocus();
    QVERIFY(press(Qt::Key_F9));
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(m_boxes.messages.size(), 1);
}

void TestIntake::acceptancePrintedAndPreviewedThroughTheDialogs()
{
    QSignalSpy confirmed(m_widget.get(), &IntakePage::caseConfirmed);
    QVERIFY(m_widget->startItem(LegalAid));
    QVERIFY(typePerson(IntakeSample::residentId(8), QStringLiteral("李四")));
    checkRows({1, 2, 1, 1});
    QVERIFY(press(Qt::Key_F9));
    QCOMPARE(confirmed.count(), 1);
    const CaseDocument notice = m_widget->documents().constFirst();
    QCOMPARE(notice.kind, DocumentKind::AcceptanceNotice);
    auto *list = m_widget->findChild<QListWidget *>(QStringLiteral("documentsListWidget"));
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentRow(), 0);

    // Ctrl+P: the print dialog is answered with a printer writing a PDF.
    m_dialogs.printerPdf = m_out.filePath(QStringLiteral("printed.pdf.out"));
    QVERIFY(press(Qt::Key_P, Qt::ControlModifier));
    QVERIFY2(m_boxes.messages.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QCOMPARE(m_dialogs.requests.size(), 1);
    QCOMPARE(m_dialogs.requests.constFirst().kind, ScriptedPrintDialogs::Kind::Print);
    QCOMPARE(m_dialogs.requests.constFirst().title, DocumentRenderer::printedTitle(notice.kind));
    const auto pdfText = [this](const QString &path) {
        QProcess p;
        p.start(m_pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return squeeze(QString::fromUtf8(p.readAllStandardOutput()));
    };
    QVERIFY2(pdfText(m_dialogs.printerPdf).contains(notice.number),
             qPrintable(pdfText(m_dialogs.printerPdf)));

    // The print dialog cancelled: nothing printed, nothing to report.
    QVERIFY(QFile::remove(m_dialogs.printerPdf));
    m_dialogs.printerPdf.clear();
    QVERIFY(press(Qt::Key_P, Qt::ControlModifier));
    QCOMPARE(m_dialogs.requests.size(), 2);
    QVERIFY(m_boxes.messages.isEmpty());

    // F5: the preview shows the notice and returns at once (closed without printing).
    m_dialogs.previewPdf = m_out.filePath(QStringLiteral("preview.pdf.out"));
    QVERIFY(press(Qt::Key_F5));
    QCOMPARE(m_dialogs.requests.size(), 3);
    QCOMPARE(m_dialogs.requests.last().kind, ScriptedPrintDialogs::Kind::Preview);
    QVERIFY(pdfText(m_dialogs.previewPdf).contains(notice.number));
    QVERIFY(m_boxes.messages.isEmpty());

    // Ctrl+S: the file dialog suggests the notice's number in the folder saved to last.
    QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
    QCOMPARE(m_dialogs.requests.last().kind, ScriptedPrintDialogs::Kind::SavePdf);
    QCOMPARE(m_dialogs.requests.last().suggestedPath,
             m_out.filePath(notice.number + QStringLiteral(".pdf")));
    QVERIFY(QFile::exists(m_out.filePath(notice.number + QStringLiteral(".pdf"))));
    QCOMPARE(QApplication::focusWidget(), list); // the clerk goes on with the keyboard
}

void TestIntake::returningApplicantIsFilledIn()
{
    const QString id = IntakeSample::residentId(11);
    QVERIFY(m_widget->startItem(LegalAid));
    QVERIFY(typePerson(id, QStringLiteral("李四")));
    checkRows({1, 1, 1, 1});
    QVERIFY(press(Qt::Key_F9));
    QVERIFY(m_widget->lastRecord().has_value());

    QVERIFY(m_widget->startItem(Rental));
    QVERIFY(edit("nameLineEdit")->text().isEmpty());
    QTest::keyClicks(edit("idLineEdit"), id);
    QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("李四"));
    QCOMPARE(edit("phoneLineEdit")->text(), QStringLiteral("13905310000"));
    QCOMPARE(edit("addressLineEdit")->text(), QStringLiteral("济南市历下区泉城路1号"));
}

CaseRecord TestIntake::giveCorrectionNotice(const QString &applicantId)
{
    if (!m_widget->startItem(LegalAid))
        return {};
    if (!typePerson(applicantId, QStringLiteral("王五")))
        return {};
    checkRows({1, 4, 5, 1}); // m02 missing, m03 defective (expired)
    if (!m_widget->verdict().allows(Outcome::CorrectionNeeded) || !press(Qt::Key_F11))
        return {};
    return m_widget->lastRecord().value_or(CaseRecord{});
}

void TestIntake::correctionNoticeListsEveryDeficiency()
{
    const CaseRecord record = giveCorrectionNotice(IntakeSample::residentId(13));
    QVERIFY2(!record.number.isEmpty(), qPrintable(m_boxes.messages.value(0).text));
    QCOMPARE(record.status, CaseStatus::CorrectionRequested);
    const QList<Deficiency> deficiencies = m_widget->verdict().deficiencies;
    QCOMPARE(deficiencies.size(), 2);
    QCOMPARE(deficiencies.at(1).defect, DefectReason::Expired);
    const QString text = savedPdfText(documentIndex(DocumentKind::CorrectionNotice));
    QVERIFY2(!text.isEmpty(), "the correction notice was not saved as PDF");
    for (const Deficiency &d : deficiencies)
        QVERIFY2(squeeze(text).contains(squeeze(d.materialName)), qPrintable(d.materialName));
    QVERIFY(squeeze(text).contains(record.number));
    QVERIFY(!squeeze(text).contains(IntakeSample::residentId(13)));
}

void TestIntake::deferralNeedsCommitmentAndDays()
{
    QVERIFY(m_widget->startItem(LegalAid));
    QVERIFY(typePerson(IntakeSample::residentId(17), QStringLiteral("赵六")));
    checkRows({1, 1, 6, 1}); // m03 deferred (容缺)
    QVERIFY(!m_widget->verdict().allows(Outcome::AcceptWithDeferral));
    QVERIFY(press(Qt::Key_F10));
    QCOMPARE(m_boxes.messages.size(), 1); // refused: no commitment, no days
    QVERIFY(!m_widget->lastRecord());

    auto *signedBox = m_widget->findChild<QCheckBox *>(QStringLiteral("commitmentSignedCheckBox"));
    signedBox->setFocus();
    QTest::keyClick(signedBox, Qt::Key_Space);
    auto *days = m_widget->findChild<QSpinBox *>(QStringLiteral("supplementDaysSpinBox"));
    days->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(days, Qt::Key_Up);
    QCOMPARE(days->value(), 3);
    QVERIFY2(m_widget->verdict().allows(Outcome::AcceptWithDeferral),
             qPrintable(m_widget->verdict().reasons.join(u'\n')));
    QVERIFY(press(Qt::Key_F10));
    QVERIFY2(m_widget->lastRecord(), qPrintable(m_boxes.messages.last().text));
    const CaseRecord &r = *m_widget->lastRecord();
    QCOMPARE(r.status, CaseStatus::AcceptedWithDeferral);
    // 3 working days after Monday 23 November 2026: 24, 25, 26.
    QCOMPARE(r.supplementDue, QDate(2026, 11, 26));
    const QString text = savedPdfText(documentIndex(DocumentKind::DeferralNotice));
    QVERIFY2(!text.isEmpty(), "the deferral notice was not saved as PDF");
    QVERIFY(squeeze(text).contains(
        squeeze(m_widget->rows().at(rowOf(QStringLiteral("m03"))).material.name)));
    QVERIFY(squeeze(text).contains(chineseDate(r.supplementDue)));
}

void TestIntake::declineNeedsReasonAndRedirect()
{
    QVERIFY(m_widget->startItem(LegalAid));
    QVERIFY(typePerson(IntakeSample::residentId(19), QStringLiteral("钱七")));
    checkRows({1, 1, 1, 1});
    QVERIFY(press(Qt::Key_F12));
    QCOMPARE(m_boxes.messages.size(), 1);
    QCOMPARE(QApplication::focusWidget(), edit("declineReasonLineEdit"));
    type(edit("declineReasonLineEdit"), QStringLiteral("不属于本机关职权范围"));
    QVERIFY(press(Qt::Key_F12));
    QCOMPARE(m_boxes.messages.size(), 2);
    QCOMPARE(QApplication::focusWidget(), edit("declineRedirectLineEdit"));
    QVERIFY(!m_widget->lastRecord());
    type(edit("declineRedirectLineEdit"), QStringLiteral("济南市法律援助中心"));
    QVERIFY(press(Qt::Key_F12));
    QVERIFY2(m_widget->lastRecord(), qPrintable(m_boxes.messages.last().text));
    QCOMPARE(m_widget->lastRecord()->status, CaseStatus::Declined);
    const QString text = savedPdfText(documentIndex(DocumentKind::DeclineNotice));
    QVERIFY2(!text.isEmpty(), "the decline notice was not saved as PDF");
    QVERIFY(squeeze(text).contains(QStringLiteral("不属于本机关职权范围")));
    QVERIFY(squeeze(text).contains(QStringLiteral("济南市法律援助中心")));
}

void TestIntake::resubmissionClearsTheNotice()
{
    const CaseRecord notice = giveCorrectionNotice(IntakeSample::residentId(23));
    QVERIFY(!notice.number.isEmpty());
    const CaseDocument *doc = notice.latestDocument(DocumentKind::CorrectionNotice);
    QVERIFY(doc);
    m_clock->advanceDays(2);
    // The applicant comes back with the notice: its number is typed (or scanned).
    QVERIFY(m_widget->resumeCase(doc->number));
    QCOMPARE(m_widget->caseNumber(), notice.number);
    const int m02 = rowOf(QStringLiteral("m02"));
    const int m03 = rowOf(QStringLiteral("m03"));
    ChecklistModel *model = m_widget->checklistModel();
    QVERIFY(model->isNoticeRow(m02) && model->isNoticeRow(m03));
    QVERIFY(!model->isNoticeRow(rowOf(QStringLiteral("m01"))));
    QCOMPARE(model->check(m02).state, MaterialState::Pending);
    QCOMPARE(model->check(m03).state, MaterialState::Pending);
    QCOMPARE(model->check(rowOf(QStringLiteral("m01"))).state, MaterialState::Provided);
    // The cursor is on the first notice row; 1 there moves to the next (also on the notice).
    QCOMPARE(view()->currentIndex().row(), m02);
    QVERIFY(press(Qt::Key_1));
    QCOMPARE(view()->currentIndex().row(), m03);
    QVERIFY(press(Qt::Key_1));
    QCOMPARE(m_widget->verdict().recommended, Outcome::Accept);
    QVERIFY(press(Qt::Key_F9));
    QVERIFY2(m_widget->lastRecord() && m_widget->lastRecord()->status == CaseStatus::Accepted,
             qPrintable(m_boxes.messages.value(0).text));
    const CaseRecord r = *m_widget->lastRecord();
    QCOMPARE(r.number, notice.number);
    QCOMPARE(r.trips, 2);
    QCOMPARE(r.secondNotices, 0);
}

void TestIntake::secondNoticeRefusedWithoutSupervisor()
{
    const CaseRecord notice = giveCorrectionNotice(IntakeSample::residentId(29));
    QVERIFY(!notice.number.isEmpty());
    QVERIFY(m_widget->resumeCase(notice.number));
    QStringList asked;
    m_widget->approvalProvider = [&asked](const QStringList &materials) {
        asked = materials;
        return std::optional<SupervisorApproval>();
    };
    QVERIFY(press(Qt::Key_1)); // m02 now provided
    QVERIFY(press(Qt::Key_1)); // m03 now provided
    // m04 was in order before; now it is found missing: not on the notice.
    const int m04 = rowOf(QStringLiteral("m04"));
    QCOMPARE(view()->currentIndex().row(), m04);
    QVERIFY(press(Qt::Key_4));
    QVERIFY(press(Qt::Key_F11));
    QCOMPARE(asked, QStringList{m_widget->rows().at(m04).material.name});
    QCOMPARE(m_boxes.messages.size(), 1);
    QVERIFY(m_boxes.messages.first().text.contains(m_widget->rows().at(m04).material.name));
    QCOMPARE(m_context->caseService()->queries().open(notice.number)->status,
             CaseStatus::CorrectionRequested);
    QCOMPARE(m_context->caseService()->queries().open(notice.number)->version, notice.version);

    // A clerk's credentials are no supervisor's.
    m_widget->approvalProvider = [](const QStringList &) {
        return std::optional<SupervisorApproval>(SupervisorApproval{
            QStringLiteral("clerk01"), DemoData::demoPassword(), QStringLiteral("漏审")});
    };
    QVERIFY(press(Qt::Key_F11));
    QCOMPARE(m_boxes.messages.size(), 2);
    QCOMPARE(m_context->caseService()->queries().open(notice.number)->secondNotices, 0);

    m_widget->approvalProvider = [](const QStringList &) {
        return std::optional<SupervisorApproval>(SupervisorApproval{
            QStringLiteral("super01"), DemoData::demoPassword(), QStringLiteral("首次审核遗漏")});
    };
    QVERIFY(press(Qt::Key_F11));
    QVERIFY2(m_widget->lastRecord(), qPrintable(m_boxes.messages.last().text));
    QCOMPARE(m_context->caseService()->queries().open(notice.number)->secondNotices, 1);
    QCOMPARE(m_context->caseService()->queries().open(notice.number)->status,
             CaseStatus::CorrectionRequested);
}

void TestIntake::consultationPrintsTheTailoredList()
{
    // The consultation page: the situations and the checklist pane, nothing to identify.
    m_widget->hide();
    ConsultationPage page(*m_context);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy given(&page, &ConsultationPage::consultationGiven);
    QVERIFY(page.startItem(LegalAid));
    auto *id = page.findChild<QLineEdit *>(QStringLiteral("idLineEdit"));
    QVERIFY(!id || !id->isVisible());
    auto *question = page.findChild<QComboBox *>(QStringLiteral("situation_applicant"));
    QVERIFY(question->isVisible());
    question->setFocus();
    QTest::keyClick(question, Qt::Key_Down); // 委托代理人办理
    const auto listed = [&page](const QString &materialId) {
        for (const ChecklistRow &row : page.rows()) {
            if (row.material.id == materialId)
                return true;
        }
        return false;
    };
    QVERIFY(listed(QStringLiteral("m05")));
    QVERIFY(screenshot(QStringLiteral("intake-consultation-zh_CN.png"), &page));
    // A consultation checks nothing and decides nothing: F9 opens no case.
    auto *consultationView = page.findChild<QTableView *>(QStringLiteral("checklistView"));
    consultationView->setFocus();
    QTest::keyClick(consultationView, Qt::Key_1);
    QCOMPARE(consultationView->model()->data(
                 consultationView->model()->index(0, ChecklistModel::StateColumn),
                 ChecklistModel::RawRole),
             QVariant(toKey(MaterialState::Pending)));
    QVERIFY(press(Qt::Key_F9));
    QCOMPARE(m_boxes.messages.size(), 1);
    QSqlQuery cases(m_store->db().connection());
    QVERIFY(cases.exec(QStringLiteral("SELECT COUNT(*) FROM case_record")) && cases.next());
    QCOMPARE(cases.value(0).toInt(), 0);

    const QString path = m_out.filePath(QStringLiteral("consultation.pdf"));
    m_dialogs.savePath = path;
    consultationView->setFocus();
    QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
    QCOMPARE(given.count(), 1);
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = squeeze(QString::fromUtf8(p.readAllStandardOutput()));
    for (const ChecklistRow &row : page.rows())
        QVERIFY2(text.contains(squeeze(row.material.name)), qPrintable(row.material.name));
}

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
