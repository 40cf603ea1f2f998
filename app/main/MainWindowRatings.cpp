// The main window's side of 好差评 and of showing a full ID number, from the case view:
// each through CaseService (whose rules refuse with a message the dialog shows; the dialog
// stays open), the case view opened again on the visit afterwards.
#include "main/MainWindow.h"

#include "auth/Permissions.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseService.h"
#include "cases/ComplaintFollowUpDialog.h"
#include "cases/RatingDialog.h"
#include "cases/RevealIdDialog.h"
#include "rating/RatingRules.h"
#include "shell/AppContext.h"

#include <QStatusBar>

namespace onetrip {
namespace gui {

RatingDialog *MainWindow::ratingDialog() const
{
    return m_ratingDialog;
}

ComplaintFollowUpDialog *MainWindow::complaintFollowUpDialog() const
{
    return m_complaintFollowUpDialog;
}

RevealIdDialog *MainWindow::revealIdDialog() const
{
    return m_revealIdDialog;
}

void MainWindow::showCaseVisits(const WarningPolicy &policy)
{
    CaseService *service = m_context.caseService();
    if (!m_caseDialog || !service)
        return;
    const Role role = m_context.user().role;
    m_caseDialog->setMayRate(
        Permissions::mayRecord(role, QLatin1String(CaseEventType::Rated)),
        Permissions::mayRecord(role, QLatin1String(CaseEventType::RatingAppealed)));
    auto visits = service->queries().visits(m_caseDialog->record().number);
    if (!visits) {
        statusBar()->showMessage(visits.message(), 15000);
        return;
    }
    m_caseDialog->setVisits(visits.value(), m_context.clock().today(), m_context.calendar(),
                            policy);
}

void MainWindow::rateVisit(const QString &caseNumber, int trip)
{
    if (!m_caseDialog || !m_context.caseService() || trip < 1)
        return;
    if (m_ratingDialog)
        m_ratingDialog->close();
    m_ratingDialog = new RatingDialog(caseNumber, trip, m_caseDialog);
    m_ratingDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ratingDialog->setWindowModality(Qt::WindowModal);
    connect(m_ratingDialog, &RatingDialog::ratingRequested, this, [this, caseNumber, trip] {
        CaseService *s = m_context.caseService();
        if (!s || !m_ratingDialog)
            return;
        RatingDialog *d = m_ratingDialog;
        auto rated =
            s->rate(caseNumber, m_context.user(), trip, d->level(), d->sub(), d->comment());
        if (!rated) {
            d->showError(rated.message());
            return;
        }
        d->accept();
        const VisitRating *r = RatingRules::find(rated.value(), trip);
        caseChanged(caseNumber,
                    r && r->followUpDue.isValid()
                        ? tr("Case %1, visit %2 rated %3: the follow-up is due by %4.")
                              .arg(caseNumber)
                              .arg(trip)
                              .arg(displayName(r->level),
                                   QLocale().toString(r->followUpDue, QLocale::ShortFormat))
                        : tr("Case %1, visit %2 rated.").arg(caseNumber).arg(trip));
        if (m_caseDialog)
            m_caseDialog->showVisit(trip);
    });
    m_ratingDialog->open();
}

void MainWindow::followUpComplaint(const QString &caseNumber, int trip, bool appeal)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    const VisitRating *rating = RatingRules::find(m_caseDialog->record(), trip);
    if (!rating)
        return;
    if (m_complaintFollowUpDialog)
        m_complaintFollowUpDialog->close();
    m_complaintFollowUpDialog = new ComplaintFollowUpDialog(
        caseNumber, *rating,
        appeal ? ComplaintFollowUpDialog::Mode::Appeal : ComplaintFollowUpDialog::Mode::Step,
        m_caseDialog);
    m_complaintFollowUpDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_complaintFollowUpDialog->setWindowModality(Qt::WindowModal);
    connect(m_complaintFollowUpDialog, &ComplaintFollowUpDialog::stepRequested, this,
            [this, caseNumber, trip] {
                CaseService *s = m_context.caseService();
                if (!s || !m_complaintFollowUpDialog)
                    return;
                ComplaintFollowUpDialog *d = m_complaintFollowUpDialog;
                auto done = d->mode() == ComplaintFollowUpDialog::Mode::Appeal
                                ? s->decideAppeal(caseNumber, m_context.user(), trip, d->outcome(),
                                                  d->text())
                                : s->followUpComplaint(caseNumber, m_context.user(), trip,
                                                       d->step(), d->text(), d->outcome());
                if (!done) {
                    d->showError(done.message());
                    return;
                }
                d->accept();
                const VisitRating *r = RatingRules::find(done.value(), trip);
                caseChanged(caseNumber, tr("Case %1, visit %2: %3.")
                                            .arg(caseNumber)
                                            .arg(trip)
                                            .arg(r ? displayName(r->state()) : QString()));
                if (m_caseDialog)
                    m_caseDialog->showVisit(trip);
            });
    m_complaintFollowUpDialog->open();
}

void MainWindow::revealId(const QString &caseNumber)
{
    if (!m_caseDialog || !m_context.caseService())
        return;
    if (m_revealIdDialog)
        m_revealIdDialog->close();
    m_revealIdDialog =
        new RevealIdDialog(caseNumber, m_caseDialog->record().agent.has_value(), m_caseDialog);
    m_revealIdDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_revealIdDialog->setWindowModality(Qt::WindowModal);
    connect(m_revealIdDialog, &RevealIdDialog::revealRequested, this, [this, caseNumber] {
        CaseService *s = m_context.caseService();
        if (!s || !m_revealIdDialog)
            return;
        RevealIdDialog *d = m_revealIdDialog;
        const bool agent = d->agent();
        auto shown = s->revealId(caseNumber, m_context.user(), agent, d->reason());
        if (!shown) {
            d->showError(shown.message());
            return;
        }
        d->accept();
        // The view again (its history lists the reveal), then the number in it.
        caseChanged(caseNumber, tr("Case %1: the full ID number is shown; the reveal is kept "
                                   "with the case.")
                                    .arg(caseNumber));
        if (m_caseDialog)
            m_caseDialog->showFullId(agent);
    });
    m_revealIdDialog->open();
}

} // namespace gui
} // namespace onetrip
