// IntakeWidget: the applicant and agent pane (live ID checks, returning applicants).
#include "intake/IntakeWidget.h"

#include "ui_IntakeWidget.h"

#include "cases/ApplicantRepository.h"
#include "identity/CreditCode.h"
#include "identity/ResidentId.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace onetrip {
namespace gui {

// ---- Applicant and agent ----------------------------------------------------------------

void IntakeWidget::applicantKindChanged()
{
    const bool organisation =
        ui->kindComboBox->currentData().toString() == toKey(ApplicantKind::Organisation);
    ui->idLabel->setText(organisation ? tr("&Credit code") : tr("&ID number"));
    for (QWidget *w : QList<QWidget *>{ui->legalRepLabel, ui->legalRepLineEdit, ui->contactLabel,
                                       ui->contactLineEdit})
        w->setVisible(organisation);
    validateApplicantId();
}

void IntakeWidget::validateApplicantId()
{
    const QString text = ui->idLineEdit->text();
    const bool organisation = applicant().kind == ApplicantKind::Organisation;
    QString message;
    QString normalized;
    if (!text.trimmed().isEmpty()) {
        if (organisation) {
            const CreditCode::Check c = CreditCode::check(text);
            message = c.message;
            normalized = c.ok() ? c.info.normalized : QString();
        } else {
            const ResidentId::Check c = ResidentId::check(text, today());
            message = c.message;
            normalized = c.ok() ? c.info.normalized : QString();
        }
    }
    ui->idMessageLabel->setText(message);
    ui->idMessageLabel->setVisible(!message.isEmpty());
    ui->idMessageLabel->setStyleSheet(message.isEmpty() ? QString()
                                                        : QStringLiteral("color: #b00020;"));
    m_falseCommitment = false;
    if (!normalized.isEmpty()) {
        // A returning applicant: their details are entered once, then filled in from here.
        const ApplicantRepository repo(m_db);
        auto known = repo.find(normalized);
        if (known && known.value() && known.value()->kind == applicant().kind) {
            fillApplicant(*known.value());
            ui->idMessageLabel->setText(tr("Returning applicant: details filled in."));
            ui->idMessageLabel->setVisible(true);
        }
        auto flagged = repo.falseCommitmentFlagged(normalized);
        m_falseCommitment = flagged && flagged.value();
        ui->idMessageLabel->setVisible(m_falseCommitment || !ui->idMessageLabel->text().isEmpty());
        if (m_falseCommitment)
            ui->idMessageLabel->setText(
                tr("This applicant broke a commitment before: no acceptance with deferral."));
    }
    recompute();
}

void IntakeWidget::fillApplicant(const Applicant &a)
{
    const QSignalBlocker block(ui->idLineEdit);
    {
        const QSignalBlocker kind(ui->kindComboBox);
        ui->kindComboBox->setCurrentIndex(std::max(0, ui->kindComboBox->findData(toKey(a.kind))));
    }
    const bool organisation = a.kind == ApplicantKind::Organisation;
    ui->idLabel->setText(organisation ? tr("&Credit code") : tr("&ID number"));
    for (QWidget *w : QList<QWidget *>{ui->legalRepLabel, ui->legalRepLineEdit, ui->contactLabel,
                                       ui->contactLineEdit})
        w->setVisible(organisation);
    if (ui->idLineEdit->text().trimmed().isEmpty())
        ui->idLineEdit->setText(a.idNumber);
    ui->nameLineEdit->setText(a.name);
    ui->phoneLineEdit->setText(a.phone);
    ui->addressLineEdit->setText(a.address);
    ui->legalRepLineEdit->setText(a.legalRepresentative);
    ui->contactLineEdit->setText(a.contact);
}

void IntakeWidget::fillAgent(const std::optional<Agent> &a)
{
    ui->agentCheckBox->setChecked(a.has_value());
    ui->agentNameLineEdit->setText(a ? a->name : QString());
    ui->agentIdLineEdit->setText(a ? a->idNumber : QString());
    ui->agentAuthorisationLineEdit->setText(a ? a->authorisation : QString());
}

void IntakeWidget::validateAgentId()
{
    const QString text = ui->agentIdLineEdit->text();
    const QString message =
        text.trimmed().isEmpty() ? QString() : ResidentId::check(text, today()).message;
    ui->agentIdMessageLabel->setText(message);
    ui->agentIdMessageLabel->setVisible(!message.isEmpty());
    ui->agentIdMessageLabel->setStyleSheet(message.isEmpty() ? QString()
                                                             : QStringLiteral("color: #b00020;"));
}

void IntakeWidget::agentToggled(bool on)
{
    for (QWidget *w : {ui->agentNameLineEdit, ui->agentIdLineEdit, ui->agentAuthorisationLineEdit})
        w->setEnabled(on);
    // The guide's "who applies" question gets its agent option: the authorisation applies.
    m_syncingAgent = true;
    for (int i = 0; i < m_questions.size(); ++i) {
        if (!m_questions.at(i).option(QStringLiteral("agent")))
            continue;
        QComboBox *box = m_questionBoxes.at(i);
        if (on)
            box->setCurrentIndex(box->findData(QStringLiteral("agent")));
        else if (box->currentData().toString() == QLatin1String("agent"))
            box->setCurrentIndex(std::max(0, box->findData(m_questions.at(i).defaultOption)));
    }
    m_syncingAgent = false;
}

Applicant IntakeWidget::applicant() const
{
    Applicant a;
    a.kind = applicantKindFromKey(ui->kindComboBox->currentData().toString())
                 .value_or(ApplicantKind::Person);
    a.name = ui->nameLineEdit->text().trimmed();
    a.idNumber = ui->idLineEdit->text().trimmed();
    a.phone = ui->phoneLineEdit->text().trimmed();
    a.address = ui->addressLineEdit->text().trimmed();
    if (a.kind == ApplicantKind::Organisation) {
        a.legalRepresentative = ui->legalRepLineEdit->text().trimmed();
        a.contact = ui->contactLineEdit->text().trimmed();
    }
    return a;
}

std::optional<Agent> IntakeWidget::agent() const
{
    if (!ui->agentCheckBox->isChecked())
        return std::nullopt;
    Agent a;
    a.name = ui->agentNameLineEdit->text().trimmed();
    a.idNumber = ui->agentIdLineEdit->text().trimmed();
    a.authorisation = ui->agentAuthorisationLineEdit->text().trimmed();
    return a;
}

} // namespace gui
} // namespace onetrip
