#include "cases/DecisionDialog.h"

#include "ui_DecisionDialog.h"

#include "common/ErrorLabel.h"

#include "intake/Verdict.h"

namespace onetrip {
namespace gui {

DecisionDialog::DecisionDialog(const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DecisionDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(
        tr("The deciding department's decision on case %1, as its letter or certificate says.")
            .arg(caseNumber));
    ui->rightsLabel->setText(DeclineDecision::rightsNotice());
    ui->errorLabel->hide();
    connect(ui->approvedRadioButton, &QRadioButton::toggled, this, &DecisionDialog::updateFields);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DecisionDialog::decisionRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::updateFields()
{
    const bool refused = !approved();
    ui->numberLabel->setText(refused ? tr("Decision &number:") : tr("Certificate &number:"));
    ui->reasonLabel->setVisible(refused);
    ui->reasonPlainTextEdit->setVisible(refused);
    ui->rightsLabel->setVisible(refused);
}

bool DecisionDialog::approved() const
{
    return ui->approvedRadioButton->isChecked();
}

QString DecisionDialog::number() const
{
    return ui->numberLineEdit->text().trimmed();
}

QString DecisionDialog::reason() const
{
    return approved() ? QString() : ui->reasonPlainTextEdit->toPlainText().trimmed();
}

void DecisionDialog::setApproved(bool approved)
{
    (approved ? ui->approvedRadioButton : ui->refusedRadioButton)->setChecked(true);
}

void DecisionDialog::setNumber(const QString &number)
{
    ui->numberLineEdit->setText(number);
}

void DecisionDialog::setReason(const QString &reason)
{
    ui->reasonPlainTextEdit->setPlainText(reason);
}

void DecisionDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
