// Drives the real application offscreen the way a clerk does: log in with the keyboard,
// find an item by pinyin, read its materials, filter, open a bundle, switch the language,
// export the guide to PDF.
#include "Application.h"
#include "auth/User.h"
#include "cases/HallSettings.h"
#include "catalog/Bundle.h"
#include "catalog/CatalogBrowserWidget.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchModel.h"
#include "catalog/MaterialTableModel.h"
#include "common/Fonts.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "intake/ConsultationPage.h"
#include "intake/IntakePage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordIsShownInTheDialog();
    void logInWithTheKeyboard();
    void statusBarShowsUserRoleStoreAndCatalog();
    void pinyinSearchDownEnterOpensTheGuide();
    void escapeAndCtrlFReturnToTheSearchBox();
    void departmentFilterNarrowsTheResults();
    void noMatchSaysSo();
    void bundleShowsSharedMaterialsOnce();
    void exportedPdfContainsItemAndEveryMaterial();
    void f2StartsAnIntakeAndShiftF2AConsultation();
    void settingsDialogSwitchesToEnglish();
    void cleanupTestCase();

private:
    QLineEdit *search() { return child<QLineEdit>(m_window, "searchLineEdit"); }
    QListView *results() { return child<QListView>(m_window, "resultsListView"); }
    void clearSearch();

    QTemporaryDir m_dir;
    RecordingMessageBoxes m_boxes;
    std::unique_ptr<Application> m_app;
    LoginDialog *m_login = nullptr;
    MainWindow *m_window = nullptr;
    ServiceGuide m_guide; // 个体工商户设立登记, as the store has it
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBoxes::install(&m_boxes);
    StartupOptions options;
    options.storePath = m_dir.filePath(QStringLiteral("store/onetrip.sqlite"));
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.demo = true;
    m_app = std::make_unique<Application>(options);
    const Status started = m_app->start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    // This terminal was set up before (tst_hallsetup covers the first run).
    QVERIFY(
        HallSettings(*m_app->database())
            .save(HallInfo{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                           QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")},
                  QStringLiteral("T01")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN")); // the default language
    QCOMPARE(QApplication::font().family(), Fonts::preferredFamily());
    m_login = m_app->loginDialog();
    QVERIFY(m_login);
    QVERIFY(QTest::qWaitForWindowActive(m_login));
    // A demo store lists its demo users.
    QCOMPARE(child<QListWidget>(m_login, "demoUsersListWidget")->count(), 3);
}

void TestMainWindow::wrongPasswordIsShownInTheDialog()
{
    auto *login = child<QLineEdit>(m_login, "loginLineEdit");
    auto *password = child<QLineEdit>(m_login, "passwordLineEdit");
    QCOMPARE(QApplication::focusWidget(), login);
    QTest::keyClicks(login, QStringLiteral("clerk01"));
    QTest::keyClick(login, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);

    QVERIFY(m_login->isVisible());
    QVERIFY(!m_app->mainWindow());
    const QString wrongPassword = m_login->errorText();
    QVERIFY(!wrongPassword.isEmpty());
    QVERIFY(password->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), password);
    QVERIFY(m_boxes.messages.isEmpty()); // in the dialog, not in a message box

    // An unknown login gets the very same message: nobody learns which logins exist.
    login->setText(QStringLiteral("nobody"));
    QTest::keyClicks(password, QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(m_login->errorText(), wrongPassword);
}

void TestMainWindow::logInWithTheKeyboard()
{
    auto *login = child<QLineEdit>(m_login, "loginLineEdit");
    auto *password = child<QLineEdit>(m_login, "passwordLineEdit");
    login->clear();
    login->setFocus();
    QTest::keyClicks(login, QStringLiteral("clerk01"));
    QTest::keyClick(login, Qt::Key_Tab);
    QTest::keyClicks(password, QStringLiteral("demo"));
    QSignalSpy shown(m_app.get(), &Application::mainWindowShown);
    QTest::keyClick(password, Qt::Key_Enter);
    QCOMPARE(shown.count(), 1);
    m_window = m_app->mainWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_boxes.messages.isEmpty());
    // The desk (工作台) comes first, the open-case field ready for a number or a scan.
    QCOMPARE(m_window->currentPage(), QStringLiteral("desk"));
    QCOMPARE(QApplication::focusWidget(), m_window->openCaseField());
    // The catalog: its search box has the focus, the clerk can type at once.
    QVERIFY(m_window->showPage(u"catalog"));
    QCOMPARE(QApplication::focusWidget(), search());

    const CatalogRepository repository(*m_app->database());
    const auto items = repository.items();
    QVERIFY(items.ok());
    for (const ServiceItem &item : items.value()) {
        if (item.name.startsWith(QStringLiteral("个体工商户设立登记")) && item.materialCount > 0) {
            auto guide = repository.guide(item.code);
            QVERIFY(guide.ok());
            m_guide = guide.value();
        }
    }
    QVERIFY2(!m_guide.code.isEmpty(), "the demo catalog has no guide for 个体工商户设立登记");
}

void TestMainWindow::statusBarShowsUserRoleStoreAndCatalog()
{
    const QString user = child<QLabel>(m_window, "userStatusLabel")->text();
    QVERIFY2(user.contains(QStringLiteral("王敏")), qPrintable(user));
    QVERIFY2(user.contains(displayName(Role::Clerk)), qPrintable(user));
    const QString hall = child<QLabel>(m_window, "hallStatusLabel")->text();
    QVERIFY2(hall.contains(QStringLiteral("历下区政务服务中心")), qPrintable(hall));
    QVERIFY2(hall.contains(QStringLiteral("T01")), qPrintable(hall));
    QVERIFY(child<QLabel>(m_window, "storeStatusLabel")
                ->text()
                .contains(QStringLiteral("onetrip.sqlite")));
    const int count = CatalogRepository(*m_app->database()).itemCount();
    QVERIFY(count > 1000);
    QVERIFY(
        child<QLabel>(m_window, "catalogStatusLabel")->text().contains(QLocale().toString(count)));
}

void TestMainWindow::pinyinSearchDownEnterOpensTheGuide()
{
    QTest::keyClicks(search(), QStringLiteral("gtgs"));
    CatalogBrowserWidget *browser = m_window->catalogBrowser();
    QVERIFY(browser->searchModel()->rowCount() > 0);
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results());
    QCOMPARE(results()->currentIndex().row(), 0);
    // Move to the item with a published guide (the first hit may be another district's).
    while (browser->searchModel()->entryAt(results()->currentIndex().row())->item.code !=
           m_guide.code) {
        const int row = results()->currentIndex().row();
        QVERIFY2(row + 1 < browser->searchModel()->rowCount(), "guide not among the results");
        QTest::keyClick(results(), Qt::Key_Down);
        QCOMPARE(results()->currentIndex().row(), row + 1);
    }
    QTest::keyClick(results(), Qt::Key_Return);

    QVERIFY(browser->entryName().startsWith(QStringLiteral("个体工商户设立登记")));
    QCOMPARE(browser->entryCode(), m_guide.code);
    QCOMPARE(QApplication::focusWidget(), child<QTextBrowser>(m_window, "guideTextBrowser"));
    QVERIFY(
        child<QTextBrowser>(m_window, "guideTextBrowser")->toPlainText().contains(m_guide.name));

    // The materials view lists exactly the guide's materials, in order.
    auto *table = child<QTableView>(m_window, "materialsTableView");
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), m_guide.materials.size());
    for (int row = 0; row < m_guide.materials.size(); ++row) {
        const QModelIndex name = model->index(row, MaterialTableModel::NameColumn);
        QCOMPARE(name.data(MaterialTableModel::RawRole).toString(), m_guide.materials.at(row).name);
        QCOMPARE(model->index(row, MaterialTableModel::DeferrableColumn)
                     .data(MaterialTableModel::RawRole)
                     .toBool(),
                 m_guide.materials.at(row).deferrable);
    }
}

void TestMainWindow::escapeAndCtrlFReturnToTheSearchBox()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), search());
    QCOMPARE(search()->selectedText(), search()->text()); // typing replaces the query

    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results());
    QTest::keyClick(results(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search());
}

void TestMainWindow::clearSearch()
{
    search()->setFocus();
    search()->selectAll();
    QTest::keyClick(search(), Qt::Key_Backspace);
    QVERIFY(search()->text().isEmpty());
}

void TestMainWindow::departmentFilterNarrowsTheResults()
{
    clearSearch();
    CatalogSearchModel *model = m_window->catalogBrowser()->searchModel();
    const int all = model->rowCount();
    QVERIFY(all > 1000);

    auto *departments = child<QComboBox>(m_window, "departmentComboBox");
    QVERIFY(departments->count() > 2);
    const int choice = departments->findData(m_guide.department);
    QVERIFY(choice > 0);
    departments->setCurrentIndex(choice);
    const int narrowed = model->rowCount();
    QVERIFY(narrowed > 0);
    QVERIFY(narrowed < all);
    for (int row = 0; row < narrowed; ++row)
        QCOMPARE(model->entryAt(row)->item.department, m_guide.department);

    departments->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::noMatchSaysSo()
{
    clearSearch();
    QTest::keyClicks(search(), QStringLiteral("qqqzzzxxx"));
    QCOMPARE(m_window->catalogBrowser()->searchModel()->rowCount(), 0);
    const QString label = child<QLabel>(m_window, "resultsCountLabel")->text();
    QVERIFY2(label.contains(QStringLiteral("qqqzzzxxx")), qPrintable(label));
}

void TestMainWindow::bundleShowsSharedMaterialsOnce()
{
    const CatalogRepository repository(*m_app->database());
    const auto bundles = repository.bundles();
    QVERIFY(bundles.ok());
    // A bundle whose items share a material: that material must be listed once.
    for (const Bundle &bundle : bundles.value()) {
        QList<ServiceGuide> guides;
        for (const QString &code : bundle.itemCodes)
            guides << repository.guide(code).value();
        const QList<BundleMaterial> merged = mergeBundleMaterials(guides);
        qsizetype separate = 0;
        for (const ServiceGuide &g : guides)
            separate += g.materials.size();
        const auto shared =
            std::find_if(merged.cbegin(), merged.cend(), [](const BundleMaterial &m) {
                QSet<QString> items;
                for (const auto &[code, id] : m.usedBy)
                    items.insert(code);
                return items.size() > 1;
            });
        if (shared == merged.cend())
            continue;

        clearSearch();
        QTest::keyClicks(search(), bundle.code);
        CatalogSearchModel *results = m_window->catalogBrowser()->searchModel();
        QVERIFY(results->rowCount() > 0);
        QVERIFY(results->data(results->index(0), CatalogSearchModel::IsBundleRole).toBool());
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(m_window->catalogBrowser()->entryCode(), bundle.code);

        MaterialTableModel *materials = m_window->catalogBrowser()->materialModel();
        QVERIFY(materials->isBundle());
        QCOMPARE(materials->rowCount(), merged.size());
        QVERIFY(materials->rowCount() < separate);
        int listed = 0;
        for (int row = 0; row < materials->rowCount(); ++row) {
            if (materials->material(row).sharedKey == shared->material.sharedKey)
                ++listed;
        }
        QCOMPARE(listed, 1);
        QSet<QString> items;
        for (const auto &[code, id] : shared->usedBy)
            items.insert(code);
        QCOMPARE(materials->usedBy(int(shared - merged.cbegin())).size(), items.size());
        QVERIFY(items.size() > 1);
        return;
    }
    QFAIL("no bundle in the demo catalog shares a material");
}

void TestMainWindow::exportedPdfContainsItemAndEveryMaterial()
{
    QVERIFY(m_window->catalogBrowser()->showCode(m_guide.code));
    const QString pdf = m_dir.filePath(QStringLiteral("guide.pdf"));
    const Status exported = m_window->exportGuidePdf(pdf);
    QVERIFY2(exported.ok(), qPrintable(exported.message()));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(pdftotext.exitCode(), 0);
    // Cells wrap long names over lines: compare without white space.
    const QString text = withoutSpaces(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    QVERIFY2(text.contains(withoutSpaces(m_guide.name)), qPrintable(text.left(400)));
    for (const MaterialRequirement &m : std::as_const(m_guide.materials))
        QVERIFY2(text.contains(withoutSpaces(m.name)), qPrintable(m.name));

    // The CJK font is the one chosen, embedded: not whatever fontconfig falls back to.
    QProcess pdffonts;
    pdffonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(pdffonts.waitForFinished(30000));
    const QString fonts = QString::fromUtf8(pdffonts.readAllStandardOutput());
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    QVERIFY2(!fonts.contains(QStringLiteral("Noto")), qPrintable(fonts));
}

void TestMainWindow::f2StartsAnIntakeAndShiftF2AConsultation()
{
    // From the guide shown in the catalog, one key: the intake page, the applicant first.
    QVERIFY(m_window->catalogBrowser()->showCode(m_guide.code));
    child<QTextBrowser>(m_window, "guideTextBrowser")->setFocus();
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QCOMPARE(m_window->currentPage(), QStringLiteral("intake"));
    IntakePage *intake = m_window->intakePage();
    QVERIFY(intake->isVisible());
    QVERIFY(intake->hasIntake());
    QCOMPARE(intake->entryCode(), m_guide.code);
    QVERIFY(!m_window->consultationPage()->hasIntake()); // F2 started no consultation
    QVERIFY(QApplication::focusWidget());
    QVERIFY(intake->isAncestorOf(QApplication::focusWidget()));

    // Ctrl+2 back to the catalog; Shift+F2 starts a consultation of the same item.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("catalog"));
    QTest::keyClick(search(), Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("consultation"));
    ConsultationPage *consultation = m_window->consultationPage();
    QVERIFY(consultation->isVisible());
    QVERIFY(consultation->hasIntake());
    QCOMPARE(consultation->entryCode(), m_guide.code);
    QVERIFY(m_boxes.messages.isEmpty());
    // The intake in progress is untouched by the consultation.
    QCOMPARE(intake->entryCode(), m_guide.code);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
}

void TestMainWindow::settingsDialogSwitchesToEnglish()
{
    auto *table = child<QTableView>(m_window, "materialsTableView");
    const QString titleBefore = m_window->windowTitle();
    const QString placeholderBefore = search()->placeholderText();
    const QString headerBefore =
        table->model()->headerData(MaterialTableModel::NameColumn, Qt::Horizontal).toString();
    QVERIFY2(hasHan(titleBefore), qPrintable(titleBefore));
    QVERIFY2(hasHan(placeholderBefore), qPrintable(placeholderBefore));
    QVERIFY2(hasHan(headerBefore), qPrintable(headerBefore));

    SettingsDialog *dialog = m_window->openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    // Qt's own strings are Chinese too.
    QVERIFY(hasHan(buttons->button(QDialogButtonBox::Cancel)->text()));
    auto *language = child<QComboBox>(dialog, "languageComboBox");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(Translations::current(), QStringLiteral("en"));
    // Windows hear of the change through posted LanguageChange events.
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("OneTrip — Service hall window"));
    QVERIFY(search()->placeholderText() != placeholderBefore);
    QVERIFY(!hasHan(search()->placeholderText()));
    QCOMPARE(table->model()->headerData(MaterialTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Material"));
    const QString user = child<QLabel>(m_window, "userStatusLabel")->text();
    QVERIFY2(user.contains(displayName(Role::Clerk)), qPrintable(user));
    QVERIFY(!hasHan(displayName(Role::Clerk)));
    // The guide is rendered again in English.
    QVERIFY(child<QTextBrowser>(m_window, "guideTextBrowser")
                ->toPlainText()
                .contains(QStringLiteral("Application materials")));
    QCOMPARE(m_app->settings().language(), QStringLiteral("en")); // remembered
}

void TestMainWindow::cleanupTestCase()
{
    m_app.reset();
    MessageBoxes::install(nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
