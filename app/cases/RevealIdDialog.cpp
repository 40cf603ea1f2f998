#include "cases/RevealIdDialog.h"

#include "ui_RevealIdDialog.h"

#include "common/ErrorLabel.h"

namespace onetrip {
namespace gui {

RevealIdDialog::RevealIdDialog(const QString &caseNumber, bool hasAgent, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RevealIdDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(tr("The full number is shown only in this view of case %1, and "
                               "who looked, when and why is kept with the case.")
                                .arg(caseNumber));
    ui->whoseComboBox->addItem(tr("The applicant"), false);
    if (hasAgent)
        ui->whoseComboBox->addItem(tr("The agent"), true);
    // The usual reasons; any other can be typed.
    ui->reasonComboBox->addItems({tr("Checking the applicant's identity"),
                                  tr("Return visit for a rating"),
                                  tr("A department asks for the number")});
    ui->reasonComboBox->setCurrentIndex(-1);
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RevealIdDialog::revealRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RevealIdDialog::~RevealIdDialog() = default;

bool RevealIdDialog::agent() const
{
    return ui->whoseComboBox->currentData().toBool();
}

QString RevealIdDialog::reason() const
{
    return ui->reasonComboBox->currentText().trimmed();
}

void RevealIdDialog::setAgent(bool agent)
{
    ui->whoseComboBox->setCurrentIndex(ui->whoseComboBox->findData(agent));
}

void RevealIdDialog::setReason(const QString &reason)
{
    ui->reasonComboBox->setCurrentText(reason);
}

void RevealIdDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
