// The main window's side of 代办, from the case view: the hall gives the case to an agent,
// materials change hands (from whoever holds them), the agent's relay steps, a supervisor's
// reassignment, the end — each through CaseService (whose rules refuse with a message the
// dialog shows; the dialog stays open), the case view opened again on its 代办 tab.
#include "main/MainWindow.h"

#include "auth/Permissions.h"
#include "auth/UserRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/HandoverDialog.h"
#include "cases/ProxyNoteDialog.h"
#include "cases/ProxyTakeDialog.h"
#include "catalog/CatalogRepository.h"
#include "proxy/ProxyRules.h"
#include "shell/AppContext.h"

#include <QStatusBar>

namespace onetrip {
namespace gui {

namespace {

QList<User> agentsOf(const Database &db)
{
    QList<User> out;
    if (auto users = UserRepository(db).users()) {
        for (const User &u : users.value()) {
            if (u.role == Role::Agent)
                out << u;
        }
    }
    return out;
}

QStringList departmentsOf(const Database &db)
{
    auto departments = CatalogRepository(db).departments();
    return departments ? departments.value() : QStringList();
}

} // namespace

ProxyTakeDialog *MainWindow::proxyTakeDialog() const
{
    return m_proxyTakeDialog;
}

HandoverDialog *MainWindow::handoverDialog() const
{
    return m_handoverDialog;
}

ProxyNoteDialog *MainWindow::proxyNoteDialog() const
{
    return m_proxyNoteDialog;
}

void MainWindow::showCaseProxy()
{
    if (!m_caseDialog)
        return;
    const Role role = m_context.user().role;
    CaseDocumentsDialog::ProxyActions actions;
    actions.take = Permissions::mayRecord(role, QLatin1String(CaseEventType::ProxyTaken));
    actions.relay = Permissions::mayRecord(role, QLatin1String(CaseEventType::HandedOver)) &&
                    ProxyRules::mayHandle(m_caseDialog->record(), m_context.user());
    actions.reassign = Permissions::mayRecord(role, QLatin1String(CaseEventType::ProxyReassigned));
    m_caseDialog->setProxyActions(actions);
}

void MainWindow::proxyChanged(const QString &caseNumber, const QString &said)
{
    caseChanged(caseNumber, said);
    if (m_caseDialog)
        m_caseDialog->showProxy();
}

void MainWindow::takeAsProxy(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    const CaseRecord &r = m_caseDialog->record();
    if (m_proxyTakeDialog)
        m_proxyTakeDialog->close();
    m_proxyTakeDialog =
        new ProxyTakeDialog(caseNumber, agentsOf(m_context.database()), r.applicant.phone,
                            m_context.clock().today(), m_caseDialog);
    m_proxyTakeDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proxyTakeDialog->setWindowModality(Qt::WindowModal);
    connect(m_proxyTakeDialog, &ProxyTakeDialog::takeRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_proxyTakeDialog)
            return;
        ProxyTakeDialog *d = m_proxyTakeDialog;
        auto taken = s->takeAsProxy(caseNumber, m_context.user(), d->agentLogin(), d->scope(),
                                    d->phone(), d->commitDate());
        if (!taken) {
            d->showError(taken.message());
            return;
        }
        d->accept();
        proxyChanged(caseNumber, tr("Case %1 is carried by %2: print the 代办委托书 for the "
                                    "applicant and the agent to sign (Ctrl+P).")
                                     .arg(caseNumber, taken->proxy->agentName));
    });
    m_proxyTakeDialog->open();
}

void MainWindow::handOverMaterials(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService() || !m_caseDialog->record().proxy)
        return;
    const CaseRecord &r = m_caseDialog->record();
    const ProxyCase &p = *r.proxy;
    // What the holder has: the last link's materials; before the first, those received.
    QList<HandedMaterial> materials;
    if (!p.handovers.isEmpty()) {
        materials = p.handovers.constLast().materials;
    } else {
        for (const MaterialCheck &c : r.checks) {
            if (c.state == MaterialState::Provided)
                materials << HandedMaterial{r.materialNames.value(c.rowKey, c.rowKey),
                                            qMax(1, c.copiesReceived)};
        }
    }
    if (m_handoverDialog)
        m_handoverDialog->close();
    m_handoverDialog = new HandoverDialog(caseNumber, p, materials,
                                          departmentsOf(m_context.database()), m_caseDialog);
    m_handoverDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_handoverDialog->setWindowModality(Qt::WindowModal);
    connect(m_handoverDialog, &HandoverDialog::handOverRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_handoverDialog)
            return;
        HandoverDialog *d = m_handoverDialog;
        auto done = s->handOver(caseNumber, m_context.user(), d->from(), d->to(), d->materials(),
                                d->note());
        if (!done) {
            d->showError(done.message());
            return;
        }
        d->accept();
        proxyChanged(caseNumber, tr("Case %1: the materials are with %2 now; print the 材料交接单 "
                                    "for both sides to sign (Ctrl+P).")
                                     .arg(caseNumber, done->proxy->holder().name));
    });
    m_handoverDialog->open();
}

void MainWindow::proxyNote(const QString &caseNumber, int mode)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    const auto m = ProxyNoteDialog::Mode(mode);
    QList<std::pair<QString, QString>> choices;
    if (m == ProxyNoteDialog::Mode::Step) {
        for (const QString &d : departmentsOf(m_context.database()))
            choices << std::pair{d, d};
    } else if (m == ProxyNoteDialog::Mode::Reassign) {
        for (const User &u : agentsOf(m_context.database()))
            choices << std::pair{tr("%1 (%2)").arg(u.displayName, u.login), u.login};
    }
    if (m_proxyNoteDialog)
        m_proxyNoteDialog->close();
    m_proxyNoteDialog = new ProxyNoteDialog(caseNumber, m, choices, m_caseDialog);
    m_proxyNoteDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proxyNoteDialog->setWindowModality(Qt::WindowModal);
    connect(m_proxyNoteDialog, &ProxyNoteDialog::noteRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_proxyNoteDialog)
            return;
        ProxyNoteDialog *d = m_proxyNoteDialog;
        const User &user = m_context.user();
        Result<CaseRecord> done = d->mode() == ProxyNoteDialog::Mode::Step
                                      ? s->recordProxyStep(caseNumber, user, d->choice(), d->text())
                                  : d->mode() == ProxyNoteDialog::Mode::Reassign
                                      ? s->reassignProxy(caseNumber, user, d->choice(), d->text())
                                      : s->completeProxy(caseNumber, user, d->text());
        if (!done) {
            d->showError(done.message());
            return;
        }
        d->accept();
        proxyChanged(
            caseNumber,
            done->proxy->completed()
                ? tr("Case %1: the 代办 ended; print the 代办办结单 for the applicant to sign "
                     "(Ctrl+P).")
                      .arg(caseNumber)
                : tr("Case %1: recorded; carried by %2.").arg(caseNumber, done->proxy->agentName));
    });
    m_proxyNoteDialog->open();
}

} // namespace gui
} // namespace onetrip
