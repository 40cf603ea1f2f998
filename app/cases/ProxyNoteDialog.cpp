#include "cases/ProxyNoteDialog.h"

#include "ui_ProxyNoteDialog.h"

#include "common/ErrorLabel.h"

namespace onetrip {
namespace gui {

ProxyNoteDialog::ProxyNoteDialog(const QString &caseNumber, Mode mode,
                                 const QList<std::pair<QString, QString>> &choices, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProxyNoteDialog>())
    , m_mode(mode)
{
    ui->setupUi(this);
    for (const auto &[shown, value] : choices)
        ui->choiceComboBox->addItem(shown, value);
    ui->choiceComboBox->setCurrentIndex(-1);
    switch (mode) {
    case Mode::Step:
        setWindowTitle(tr("Relay step"));
        ui->introLabel->setText(tr("Case %1: what the agent did at a department.").arg(caseNumber));
        ui->textPlainTextEdit->setPlaceholderText(
            tr("e.g. submitted the materials, the window accepted them"));
        break;
    case Mode::Reassign:
        setWindowTitle(tr("Give the case to another agent"));
        ui->introLabel->setText(
            tr("Case %1 goes to another agent; materials the present agent holds pass to the "
               "new one in the chain.")
                .arg(caseNumber));
        ui->choiceLabel->setText(tr("&Agent:"));
        ui->choiceComboBox->setEditable(false);
        ui->textLabel->setText(tr("&Reason:"));
        break;
    case Mode::Complete:
        setWindowTitle(tr("End the 代办"));
        ui->introLabel->setText(
            tr("Case %1: the materials and the result are back with the applicant.")
                .arg(caseNumber));
        ui->choiceLabel->hide();
        ui->choiceComboBox->hide();
        ui->textLabel->setText(tr("&Summary:"));
        break;
    }
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProxyNoteDialog::noteRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProxyNoteDialog::~ProxyNoteDialog() = default;

QString ProxyNoteDialog::choice() const
{
    if (m_mode == Mode::Reassign)
        return ui->choiceComboBox->currentData().toString();
    return ui->choiceComboBox->currentText().trimmed();
}

QString ProxyNoteDialog::text() const
{
    return ui->textPlainTextEdit->toPlainText().trimmed();
}

void ProxyNoteDialog::setChoice(const QString &value)
{
    if (m_mode == Mode::Reassign)
        ui->choiceComboBox->setCurrentIndex(ui->choiceComboBox->findData(value));
    else
        ui->choiceComboBox->setCurrentText(value);
}

void ProxyNoteDialog::setText(const QString &text)
{
    ui->textPlainTextEdit->setPlainText(text);
}

void ProxyNoteDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
