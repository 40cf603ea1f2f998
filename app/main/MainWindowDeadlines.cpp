// The main window's side of deadlines: the lights in the case view (always computed from the
// calendar and the clock as the case is opened), stopping and restarting a case's time limit.
#include "main/MainWindow.h"

#include "auth/Permissions.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/StopClockDialog.h"
#include "common/MessageBoxes.h"
#include "deadline/DeadlineSettings.h"
#include "shell/AppContext.h"

#include <QStatusBar>

namespace onetrip {
namespace gui {

StopClockDialog *MainWindow::stopClockDialog() const
{
    return m_stopClockDialog;
}

void MainWindow::showCaseDeadlines()
{
    if (!m_caseDialog)
        return;
    const auto policy = DeadlineSettings::load(m_context.database());
    if (!policy) {
        statusBar()->showMessage(policy.message(), 15000);
        return;
    }
    const CaseRecord &r = m_caseDialog->record();
    const QDate today = m_context.clock().today();
    const WorkdayCalendar &calendar = m_context.calendar();
    QList<CaseDocumentsDialog::DeadlineLine> lines;
    if (auto d = CaseDeadlines::noticeWindow(r, today, calendar, policy.value()))
        lines << CaseDocumentsDialog::DeadlineLine{tr("Notice window (Art. 32)"), *d};
    if (auto d = CaseDeadlines::processing(r, today, calendar, policy.value()))
        lines << CaseDocumentsDialog::DeadlineLine{tr("Time limit"), *d};
    if (auto d = CaseDeadlines::supplement(r, today, calendar, policy.value()))
        lines << CaseDocumentsDialog::DeadlineLine{tr("容缺 supplement"), *d};
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
