// The main window's side of deadlines: the lights in the case view (always computed from the
// calendar and the clock as the case is opened), stopping and restarting a case's time limit.
#include "main/MainWindow.h"

#include "proxy/ProxyRules.h"

#include "auth/Permissions.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/StopClockDialog.h"
#include "cases/SupplementSweep.h"
#include "common/MessageBoxes.h"
#include "deadline/DeadlineSettings.h"
#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace onetrip {
namespace gui {

StopClockDialog *MainWindow::stopClockDialog() const
{
    return m_stopClockDialog;
}

QStringList MainWindow::sweepSupplements()
{
    // The next run: just after the coming midnight of the window's clock.
    if (!m_midnight) {
        m_midnight = new QTimer(this);
        m_midnight->setSingleShot(true);
        connect(m_midnight, &QTimer::timeout, this, [this] { sweepSupplements(); });
    }
    const QDateTime now = m_context.clock().now();
    // Midnight as the clock reads it (its own time zone or offset), half a minute past.
    QDateTime midnight = now.addDays(1);
    midnight.setTime(QTime(0, 0, 30));
    m_midnight->start(int(std::clamp<qint64>(now.msecsTo(midnight), 1000, 24 * 3600 * 1000)));

    CaseService *service = m_context.caseService();
    if (!service)
        return {};
    // In steps of 50, the window's events handled between them: a terminal back after a long
    // time may have a backlog, and the window must not freeze on it.
    QStringList terminated;
    QList<Error> failed;
    for (;;) {
        auto swept =
            SupplementSweep::run(m_context.database(), *service, now.date(), m_context.user(), 50);
        if (!swept) {
            statusBar()->showMessage(swept.message(), 15000);
            break;
        }
        terminated << swept->terminated;
        failed << swept->failed;
        // A case that cannot be ended (an open conflict …) stays due: go on only while a step
        // ends some, or the same ones would be tried for ever.
        if (!swept->more || swept->terminated.isEmpty())
            break;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    if (!failed.isEmpty())
        MessageBoxes::instance().warning(this, tr("容缺 cases not ended"),
                                         failed.constFirst().message);
    if (terminated.isEmpty())
        return {};
    QStringList named = terminated.mid(0, 10);
    if (terminated.size() > named.size())
        named << QStringLiteral("…");
    const QString said =
        tr("%n 容缺 case(s) ended: the supplement was not brought by its date (%1).", nullptr,
           int(terminated.size()))
            .arg(named.join(QStringLiteral(", ")));
    statusBar()->showMessage(said, 30000);
    if (m_context.user().role == Role::Supervisor)
        MessageBoxes::instance().information(this, tr("容缺 cases ended"), said);
    return terminated;
}

void MainWindow::showCaseDeadlines(const WarningPolicy &policy)
{
    if (!m_caseDialog)
        return;
    const CaseRecord &r = m_caseDialog->record();
    const QDate today = m_context.clock().today();
    const WorkdayCalendar &calendar = m_context.calendar();
    QList<CaseDocumentsDialog::DeadlineLine> lines;
    if (auto d = CaseDeadlines::noticeWindow(r, today, calendar, policy))
        lines << CaseDocumentsDialog::DeadlineLine{tr("Notice window (Art. 32)"), *d};
    if (auto d = CaseDeadlines::processing(r, today, calendar, policy))
        lines << CaseDocumentsDialog::DeadlineLine{tr("Time limit"), *d};
    if (auto d = CaseDeadlines::supplement(r, today, calendar, policy))
        lines << CaseDocumentsDialog::DeadlineLine{tr("容缺 supplement"), *d};
    // The agent's own date, beside the law's (a 代办 past it is red on the 代办 lists too).
    if (r.proxy) {
        if (auto d = ProxyRules::commitment(*r.proxy, today, calendar, policy))
            lines << CaseDocumentsDialog::DeadlineLine{
                tr("代办 commitment date (%1)").arg(r.proxy->agentName), *d};
    }
    m_caseDialog->setDeadlines(
        lines,
        Permissions::mayRecord(m_context.user().role, QLatin1String(CaseEventType::ClockPaused)));
}

void MainWindow::stopCaseClock(const QString &caseNumber)
{
    CaseService *service = m_context.caseService();
    if (!service)
        return;
    if (m_stopClockDialog)
        m_stopClockDialog->close();
    QWidget *parent = m_caseDialog ? static_cast<QWidget *>(m_caseDialog) : this;
    m_stopClockDialog = new StopClockDialog(caseNumber, parent);
    m_stopClockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_stopClockDialog->setWindowModality(Qt::WindowModal);
    connect(m_stopClockDialog, &StopClockDialog::stopRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_stopClockDialog)
            return;
        auto stopped = s->pauseClock(caseNumber, m_context.user(), m_stopClockDialog->kind(),
                                     m_stopClockDialog->reason());
        if (!stopped) {
            m_stopClockDialog->showError(stopped.message());
            return;
        }
        m_stopClockDialog->accept();
        statusBar()->showMessage(tr("The time limit of case %1 is stopped (%2).")
                                     .arg(caseNumber, displayName(m_stopClockDialog->kind())),
                                 10000);
        static_cast<void>(openCase(caseNumber)); // the view again, with the new due date
    });
    m_stopClockDialog->open();
}

void MainWindow::restartCaseClock(const QString &caseNumber)
{
    CaseService *service = m_context.caseService();
    if (!service)
        return;
    auto restarted = service->resumeClock(caseNumber, m_context.user());
    if (!restarted) {
        MessageBoxes::instance().warning(m_caseDialog ? static_cast<QWidget *>(m_caseDialog) : this,
                                         tr("Restart the clock"), restarted.message());
        return;
    }
    statusBar()->showMessage(tr("The time limit of case %1 runs again.").arg(caseNumber), 10000);
    static_cast<void>(openCase(caseNumber));
}

} // namespace gui
} // namespace onetrip
