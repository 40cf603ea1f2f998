#pragma once

// The real main window on a real store for the GUI tests of the case desk: a store with the
// demo catalog, calendar and users, the hall JNLX / terminal T01, clerk01 signed in, the case
// service the intake screen uses (to make cases as a window would), and the window shown
// offscreen. Header-only: GUI tests link onetripgui.

#include "TestSupport.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "demo/DemoData.h"
#include "intake/VerdictEngine.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace onetrip::test {

// A dialog's OK button clicked, as the clerk would.
inline void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// The refusal a dialog shows in its error label; empty while it shows none.
inline QString errorShown(QDialog *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

// A button of the open case view, by object name (a missing one stops the test run).
inline QPushButton *caseViewButton(gui::MainWindow &window, const char *name)
{
    auto *view = window.caseDialog();
    auto *b = view ? view->findChild<QPushButton *>(QLatin1String(name)) : nullptr;
    if (!b)
        qFatal("no %s", name);
    return b;
}

class WindowFixture
{
public:
    static HallInfo hall()
    {
        return HallInfo{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                        QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")};
    }

    // The store, its hall and clerk, and the service, the clock at `now`; false (with the
    // reason logged) when any of it fails.
    bool openStore(const QDateTime &now)
    {
        if (!m_dir.isValid())
            return fail("no temporary folder");
        auto opened = Database::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened)
            return fail(opened.describe());
        m_db = std::move(opened).value();
        m_clock = std::make_unique<ManualClock>(now);
        if (Status demo =
                DemoData::ensure(*m_db, qEnvironmentVariable("ONETRIP_DATA_DIR"), *m_clock);
            !demo)
            return fail(demo.describe());
        if (Status saved = HallSettings(*m_db).save(hall(), QStringLiteral("T01")); !saved)
            return fail(saved.describe());
        auto clerk =
            UserRepository(*m_db).authenticate(QStringLiteral("clerk01"), QStringLiteral("demo"));
        if (!clerk)
            return fail(clerk.describe());
        m_clerk = clerk.value();
        auto calendar = CalendarRepository(*m_db).load();
        if (!calendar)
            return fail(calendar.describe());
        m_service = std::make_unique<CaseService>(*m_db, *m_clock, calendar.value(), hall(),
                                                  TerminalInfo{hall().code, QStringLiteral("T01")});
        return true;
    }

    // The main window of clerk01 at the clock's time, shown and active.
    bool openWindow()
    {
        m_settings =
            std::make_unique<gui::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<gui::AppContext>(*m_db, *m_settings);
        m_context->setUser(m_clerk);
        m_context->setClock(m_clock.get());
        m_window = std::make_unique<gui::MainWindow>(*m_context);
        if (Status loaded = m_window->loadCatalog(); !loaded)
            return fail(loaded.describe());
        if (m_window->promptHallSetupIfNeeded())
            return fail("the hall is not set up");
        m_window->show();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    // The main window again, for `login` signed in instead (its pages are the role's).
    bool reopenWindowAs(const QString &login)
    {
        auto user = UserRepository(*m_db).authenticate(login, QStringLiteral("demo"));
        if (!user)
            return fail(user.describe());
        m_window.reset();
        m_context->setUser(user.value());
        m_window = std::make_unique<gui::MainWindow>(*m_context);
        if (Status loaded = m_window->loadCatalog(); !loaded)
            return fail(loaded.describe());
        m_window->show();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    void close()
    {
        m_window.reset();
        m_context.reset();
        m_service.reset();
        m_db.reset();
    }

    QList<ServiceGuide> guides(const QString &code) const
    {
        auto guide = CatalogRepository(*m_db).guide(code);
        if (!guide)
            qFatal("no guide %s", qPrintable(code));
        return {guide.value()};
    }

    // A complete intake of `code` for applicant `n` (IntakeSample), verdict evaluated.
    IntakeConfirmation intake(const QString &code, int n,
                              std::optional<Agent> agent = std::nullopt) const
    {
        IntakeConfirmation c =
            IntakeSample::acceptance(guides(code), IntakeSample::person(n), m_clerk);
        c.agent = std::move(agent);
        c.verdict = VerdictEngine::evaluate(IntakeRequest{c.guides, c.answers, c.checks, false,
                                                          c.commitmentSigned, c.supplementDays});
        return c;
    }

    const Database &db() const { return *m_db; }
    ManualClock &clock() { return *m_clock; }
    CaseService &service() { return *m_service; }
    const User &clerk() const { return m_clerk; }
    gui::MainWindow &window() { return *m_window; }
    gui::AppContext &context() { return *m_context; }

private:
    static bool fail(const QString &why)
    {
        qWarning("%s", qPrintable(why));
        return false;
    }
    static bool fail(const char *why) { return fail(QString::fromLatin1(why)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    User m_clerk;
    std::unique_ptr<CaseService> m_service;
    std::unique_ptr<gui::AppSettings> m_settings;
    std::unique_ptr<gui::AppContext> m_context;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace onetrip::test
