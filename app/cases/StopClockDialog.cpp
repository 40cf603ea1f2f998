#include "cases/StopClockDialog.h"

#include "ui_StopClockDialog.h"

#include <QPushButton>

namespace onetrip {
namespace gui {

StopClockDialog::StopClockDialog(const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::StopClockDialog>())
{
    ui->setupUi(this);
    setWindowTitle(tr("Stop the time limit of %1").arg(caseNumber));
    for (PauseKind k : allPauseKinds())
        ui->kindComboBox->addItem(displayName(k), toKey(k));
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->errorLabel->hide();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Stop the clock"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, [this] {
        if (reason().isEmpty()) {
            showError(tr("Enter why the time limit stops: it is kept in the case's history."));
            ui->reasonLineEdit->setFocus();
            return;
        }
        Q_EMIT stopRequested();
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->reasonLineEdit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->kindComboBox->setFocus();
}

StopClockDialog::~StopClockDialog() = default;

PauseKind StopClockDialog::kind() const
{
    return pauseKindFromKey(ui->kindComboBox->currentData().toString())
        .value_or(PauseKind::Hearing);
}

QString StopClockDialog::reason() const
{
    return ui->reasonLineEdit->text().trimmed();
}

void StopClockDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

} // namespace gui
} // namespace onetrip
