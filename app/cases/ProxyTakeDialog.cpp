#include "cases/ProxyTakeDialog.h"

#include "ui_ProxyTakeDialog.h"

#include "common/ErrorLabel.h"

namespace onetrip {
namespace gui {

ProxyTakeDialog::ProxyTakeDialog(const QString &caseNumber, const QList<User> &agents,
                                 const QString &applicantPhone, QDate today, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProxyTakeDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(
        tr("Case %1 is carried for the applicant by the agent below, for what the applicant "
           "delegates.")
            .arg(caseNumber));
    for (const User &agent : agents)
        ui->agentComboBox->addItem(tr("%1 (%2)").arg(agent.displayName, agent.login), agent.login);
    ui->submissionCheckBox->setChecked(true);
    ui->phoneLineEdit->setText(applicantPhone);
    ui->commitDateEdit->setMinimumDate(today);
    ui->commitDateEdit->setDate(today.addDays(7));
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProxyTakeDialog::takeRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProxyTakeDialog::~ProxyTakeDialog() = default;

QString ProxyTakeDialog::agentLogin() const
{
    return ui->agentComboBox->currentData().toString();
}

ProxyScope ProxyTakeDialog::scope() const
{
    return {ui->submissionCheckBox->isChecked(), ui->correctionsCheckBox->isChecked(),
            ui->pickupCheckBox->isChecked()};
}

QString ProxyTakeDialog::phone() const
{
    return ui->phoneLineEdit->text().trimmed();
}

QDate ProxyTakeDialog::commitDate() const
{
    return ui->commitDateEdit->date();
}

void ProxyTakeDialog::setAgent(const QString &login)
{
    ui->agentComboBox->setCurrentIndex(ui->agentComboBox->findData(login));
}

void ProxyTakeDialog::setScope(const ProxyScope &scope)
{
    ui->submissionCheckBox->setChecked(scope.submission);
    ui->correctionsCheckBox->setChecked(scope.corrections);
    ui->pickupCheckBox->setChecked(scope.pickup);
}

void ProxyTakeDialog::setPhone(const QString &phone)
{
    ui->phoneLineEdit->setText(phone);
}

void ProxyTakeDialog::setCommitDate(QDate date)
{
    ui->commitDateEdit->setDate(date);
}

void ProxyTakeDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
