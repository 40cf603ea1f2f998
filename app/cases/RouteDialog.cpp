#include "cases/RouteDialog.h"

#include "ui_RouteDialog.h"

#include "common/ErrorLabel.h"

#include <QLocale>
#include <QPushButton>

namespace onetrip {
namespace gui {

RouteDialog::RouteDialog(const QString &caseNumber, const QStringList &departments, QDate today,
                         QDate caseDue, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RouteDialog>())
{
    ui->setupUi(this);
    ui->departmentComboBox->addItems(departments);
    ui->dueDateEdit->setMinimumDate(today);
    if (caseDue.isValid() && caseDue >= today)
        ui->dueDateEdit->setMaximumDate(caseDue);
    ui->dueDateEdit->setDate(caseDue.isValid() && caseDue >= today ? caseDue : today);
    ui->introLabel->setText(
        caseDue.isValid()
            ? tr("Case %1 goes to the department that decides it, due there by the day below: "
                 "at the latest the case's own due day, %2.")
                  .arg(caseNumber, QLocale().toString(caseDue, QLocale::ShortFormat))
            : tr("Case %1 goes to the department that decides it, due there by the day below.")
                  .arg(caseNumber));
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RouteDialog::routeRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RouteDialog::~RouteDialog() = default;

QString RouteDialog::department() const
{
    return ui->departmentComboBox->currentText().trimmed();
}

QDate RouteDialog::due() const
{
    return ui->dueDateEdit->date();
}

QString RouteDialog::note() const
{
    return ui->noteLineEdit->text().trimmed();
}

void RouteDialog::setDepartment(const QString &department)
{
    ui->departmentComboBox->setCurrentText(department);
}

void RouteDialog::setDue(QDate due)
{
    ui->dueDateEdit->setDate(due);
}

void RouteDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
