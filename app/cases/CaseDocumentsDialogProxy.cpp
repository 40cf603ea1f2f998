// CaseDocumentsDialog: the 代办 tab — who carries the case and for what, who holds the
// materials now, the chain of custody, the relay, and the 代办 buttons.
#include "cases/CaseDocumentsDialog.h"

#include "ui_CaseDocumentsDialog.h"

#include "cases/HandoverModel.h"
#include "proxy/ProxyRules.h"

#include <QLocale>

namespace onetrip {
namespace gui {

void CaseDocumentsDialog::setProxyActions(const ProxyActions &actions)
{
    m_proxyActions = actions;
    fillProxy();
}

void CaseDocumentsDialog::showProxy()
{
    ui->detailTabWidget->setCurrentWidget(ui->proxyTab);
}

QString CaseDocumentsDialog::proxyText() const
{
    return ui->proxyLabel->text();
}

void CaseDocumentsDialog::fillProxy()
{
    const QLocale locale;
    const auto &p = m_record.proxy;
    QStringList lines;
    if (!p) {
        lines << tr("Not carried by an agent.");
    } else {
        QStringList scope;
        if (p->scope.submission)
            scope << tr("submission");
        if (p->scope.corrections)
            scope << tr("corrections");
        if (p->scope.pickup)
            scope << tr("pickup");
        lines << tr("Carried by %1 since %2 (%3); the applicant's phone %4; committed by %5.")
                     .arg(p->agentName, locale.toString(p->takenOn, QLocale::ShortFormat),
                          scope.join(tr(", ")), p->applicantPhone,
                          locale.toString(p->commitDate, QLocale::ShortFormat));
        lines
            << (p->completed()
                    ? tr("Ended on %1: %2")
                          .arg(locale.toString(p->completedOn, QLocale::ShortFormat), p->summary)
                    : tr("The materials are with: %1").arg(HandoverModel::partyText(p->holder())));
    }
    ui->proxyLabel->setText(lines.join(u'\n'));
    m_handovers->setHandovers(p ? p->handovers : QList<Handover>{}, m_names);
    ui->handoversTableView->resizeColumnsToContents();
    QStringList relay;
    if (p) {
        for (const ProxyStep &s : p->steps)
            relay << tr("%1 · %2 · %3: %4")
                         .arg(locale.toString(s.at.toLocalTime(), QLocale::ShortFormat),
                              s.department, m_names.value(s.by, s.by), s.text);
        for (const ProxyReassignment &r : p->reassignments)
            relay << tr("%1 · reassigned from %2 to %3 by %4: %5")
                         .arg(locale.toString(r.at.toLocalTime(), QLocale::ShortFormat),
                              r.from.name, r.to.name, m_names.value(r.by, r.by), r.reason);
    }
    ui->relayLabel->setText(relay.join(u'\n'));
    ui->relayLabel->setVisible(!relay.isEmpty());

    const bool running = p && !p->completed();
    ui->takeProxyPushButton->setVisible(m_proxyActions.take &&
                                        ProxyRules::mayBeTaken(m_record).ok());
    ui->handOverPushButton->setVisible(m_proxyActions.relay && running);
    ui->proxyStepPushButton->setVisible(m_proxyActions.relay && running);
    ui->completeProxyPushButton->setVisible(m_proxyActions.relay && running);
    ui->completeProxyPushButton->setEnabled(running && p->holder().kind == Party::Kind::Applicant &&
                                            !p->handovers.isEmpty());
    ui->reassignProxyPushButton->setVisible(m_proxyActions.reassign && running);
}

} // namespace gui
} // namespace onetrip
