// The main window's side of the steps after acceptance: 分转 to the deciding department,
// recording the decision, and 一口出 — each from the case view, through CaseService (whose
// rules refuse with a message the dialog shows; the dialog stays open).
#include "main/MainWindow.h"

#include "cases/CaseDeadlines.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/DecisionDialog.h"
#include "cases/HandOutDialog.h"
#include "cases/RouteDialog.h"
#include "catalog/CatalogRepository.h"
#include "shell/AppContext.h"
#include "storage/Database.h"

#include <QStatusBar>

namespace onetrip {
namespace gui {

RouteDialog *MainWindow::routeDialog() const
{
    return m_routeDialog;
}

DecisionDialog *MainWindow::decisionDialog() const
{
    return m_decisionDialog;
}

HandOutDialog *MainWindow::handOutDialog() const
{
    return m_handOutDialog;
}

void MainWindow::caseChanged(const QString &caseNumber, const QString &said)
{
    statusBar()->showMessage(said, 10000);
    static_cast<void>(openCase(caseNumber)); // the view again: status, deadlines, buttons
}

void MainWindow::routeCase(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    const CaseRecord &r = m_caseDialog->record();
    // The catalog's departments for the case's items first, then every other.
    QStringList departments;
    const CatalogRepository catalog(m_context.database());
    if (auto items = catalog.items()) {
        for (const ServiceItem &item : items.value()) {
            const bool own = std::any_of(r.items.cbegin(), r.items.cend(),
                                         [&](const CaseItem &c) { return c.code == item.code; });
            if (own && !item.department.isEmpty() && !departments.contains(item.department))
                departments << item.department;
        }
    }
    if (auto all = catalog.departments()) {
        for (const QString &d : all.value()) {
            if (!departments.contains(d))
                departments << d;
        }
    }
    const QDate today = m_context.clock().today();
    const auto limit = CaseDeadlines::processing(r, today, m_context.calendar(), {});
    if (m_routeDialog)
        m_routeDialog->close();
    m_routeDialog =
        new RouteDialog(caseNumber, departments, today, limit ? limit->due : QDate(), m_caseDialog);
    m_routeDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_routeDialog->setWindowModality(Qt::WindowModal);
    connect(m_routeDialog, &RouteDialog::routeRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_routeDialog)
            return;
        auto routed = s->route(caseNumber, m_context.user(), m_routeDialog->department(),
                               m_routeDialog->due(), m_routeDialog->note());
        if (!routed) {
            m_routeDialog->showError(routed.message());
            return;
        }
        m_routeDialog->accept();
        caseChanged(caseNumber, tr("Case %1 sent to %2.").arg(caseNumber, routed->department));
    });
    m_routeDialog->open();
}

void MainWindow::decideCase(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    if (m_decisionDialog)
        m_decisionDialog->close();
    m_decisionDialog = new DecisionDialog(caseNumber, m_caseDialog);
    m_decisionDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_decisionDialog->setWindowModality(Qt::WindowModal);
    connect(m_decisionDialog, &DecisionDialog::decisionRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_decisionDialog)
            return;
        auto decided = s->decide(caseNumber, m_context.user(), m_decisionDialog->approved(),
                                 m_decisionDialog->number(), m_decisionDialog->reason());
        if (!decided) {
            m_decisionDialog->showError(decided.message());
            return;
        }
        m_decisionDialog->accept();
        caseChanged(caseNumber, tr("Case %1: %2 recorded; ready for hand-out.")
                                    .arg(caseNumber, displayName(decided->status)));
    });
    m_decisionDialog->open();
}

void MainWindow::handOutCase(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    if (m_handOutDialog)
        m_handOutDialog->close();
    m_handOutDialog = new HandOutDialog(m_caseDialog->record(), m_caseDialog);
    m_handOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_handOutDialog->setWindowModality(Qt::WindowModal);
    connect(m_handOutDialog, &HandOutDialog::handOutRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_handOutDialog)
            return;
        HandOutDialog *d = m_handOutDialog;
        auto out =
            d->method() == HandOutMethod::Window
                ? s->handOutAtWindow(caseNumber, m_context.user(), d->collector(), d->typedId())
                : s->sendByExpress(caseNumber, m_context.user(), d->address(), d->carrier(),
                                   d->tracking());
        if (!out) {
            d->showError(out.message());
            return;
        }
        d->accept();
        caseChanged(caseNumber, tr("Case %1 handed out: print the hand-out receipt for "
                                   "signature (Ctrl+P).")
                                    .arg(caseNumber));
    });
    m_handOutDialog->open();
}

} // namespace gui
} // namespace onetrip
