// CaseDocumentsDialog: the visits tab (each visit with its rating and 差评 follow-up, the
// rating buttons) and the full ID number after a recorded reveal.
#include "cases/CaseDocumentsDialog.h"

#include "ui_CaseDocumentsDialog.h"

#include "cases/CaseVisitModel.h"

#include <QLocale>

namespace onetrip {
namespace gui {

void CaseDocumentsDialog::setVisits(const QList<CaseVisit> &visits, QDate today,
                                    const WorkdayCalendar &calendar, const WarningPolicy &policy)
{
    m_visits->setVisits(visits, m_record.ratings, m_names, today, calendar, policy);
    ui->visitsTableView->resizeColumnsToContents();
    if (!visits.isEmpty())
        ui->visitsTableView->setCurrentIndex(m_visits->index(int(visits.size()) - 1, 0));
    fillRatingActions();
}

void CaseDocumentsDialog::setMayRate(bool mayRate, bool mayAppeal)
{
    m_mayRate = mayRate;
    m_mayAppeal = mayAppeal;
    fillRevealAction();
    fillRatingActions();
}

void CaseDocumentsDialog::showVisit(int trip)
{
    ui->detailTabWidget->setCurrentWidget(ui->visitsTab);
    for (int row = 0; row < m_visits->rowCount(); ++row) {
        if (m_visits->visitAt(row).trip == trip)
            ui->visitsTableView->setCurrentIndex(m_visits->index(row, 0));
    }
}

int CaseDocumentsDialog::currentTrip() const
{
    const QModelIndex current = ui->visitsTableView->currentIndex();
    return current.isValid() ? m_visits->visitAt(current.row()).trip : 0;
}

QString CaseDocumentsDialog::ratingDetailText() const
{
    return ui->ratingDetailLabel->text();
}

void CaseDocumentsDialog::showFullId(bool agent)
{
    (agent ? m_agentIdShown : m_applicantIdShown) = true;
    fill();
}

void CaseDocumentsDialog::fillRevealAction()
{
    ui->revealIdPushButton->setVisible(m_mayRate && !m_record.applicant.idNumber.isEmpty());
}

void CaseDocumentsDialog::fillRatingActions()
{
    const QModelIndex current = ui->visitsTableView->currentIndex();
    const VisitRating *rating = current.isValid() ? m_visits->ratingAt(current.row()) : nullptr;
    const bool open = rating && rating->state() == ComplaintFollowUpState::Open;
    ui->ratePushButton->setVisible(m_mayRate);
    ui->ratePushButton->setEnabled(current.isValid() && !rating);
    ui->followUpPushButton->setVisible(m_mayRate);
    ui->followUpPushButton->setEnabled(open);
    ui->appealPushButton->setVisible(m_mayAppeal);
    ui->appealPushButton->setEnabled(open);

    QStringList lines;
    if (rating) {
        const SubRatings &s = rating->sub;
        QStringList parts;
        const std::pair<QString, int> subs[] = {{tr("efficiency"), s.efficiency},
                                                {tr("attitude"), s.attitude},
                                                {tr("guidance"), s.guidance}};
        for (const auto &[name, stars] : subs) {
            if (stars > 0)
                parts << tr("%1 %2★").arg(name).arg(stars);
        }
        QString head = tr("Visit %1: %2").arg(rating->trip).arg(displayName(rating->level));
        if (!parts.isEmpty())
            head = tr("%1 (%2)").arg(head, parts.join(tr(", ")));
        if (!rating->comment.isEmpty())
            head += tr(" — “%1”").arg(rating->comment);
        lines << head;
        const QLocale locale;
        for (const ComplaintFollowUpStep &step : rating->steps) {
            const QString who = m_names.value(step.by, step.by);
            QString line = tr("%1 · %2 · %3: %4")
                               .arg(locale.toString(step.on, QLocale::ShortFormat),
                                    displayName(step.kind), who, step.text);
            if (step.kind == ComplaintFollowUpKind::RaterView)
                line += u' ' + (step.outcome ? tr("(satisfied)") : tr("(not satisfied)"));
            else if (step.kind == ComplaintFollowUpKind::Appeal)
                line += u' ' + (step.outcome ? tr("(upheld)") : tr("(refused)"));
            lines << line;
        }
        if (rating->state() != ComplaintFollowUpState::None)
            lines << displayName(rating->state());
    }
    ui->ratingDetailLabel->setText(lines.join(u'\n'));
    ui->ratingDetailLabel->setVisible(!lines.isEmpty());
}

} // namespace gui
} // namespace onetrip
