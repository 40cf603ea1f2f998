#include "cases/HandOutDialog.h"

#include "ui_HandOutDialog.h"

#include "common/ErrorLabel.h"

namespace onetrip {
namespace gui {

HandOutDialog::HandOutDialog(const CaseRecord &r, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HandOutDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(tr("Case %1 (%2), %3: compare the ID card with the name and number "
                               "below before handing out.")
                                .arg(r.number, r.itemDisplayName(), displayName(r.status)));
    if (r.applicant.kind == ApplicantKind::Person)
        ui->collectorComboBox->addItem(
            tr("Applicant: %1 (%2)").arg(r.applicant.name, r.applicant.maskedId()),
            toKey(CollectorKind::Applicant));
    if (r.agent)
        ui->collectorComboBox->addItem(
            (r.agent->mayCollect ? tr("Agent: %1 (%2)") : tr("Agent: %1 (%2) — may not collect"))
                .arg(r.agent->name, r.agent->maskedId()),
            toKey(CollectorKind::Agent));
    ui->addressLineEdit->setText(r.applicant.address);
    ui->errorLabel->hide();
    connect(ui->windowRadioButton, &QRadioButton::toggled, this, &HandOutDialog::updateFields);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &HandOutDialog::handOutRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

HandOutDialog::~HandOutDialog() = default;

void HandOutDialog::updateFields()
{
    const bool window = method() == HandOutMethod::Window;
    for (QWidget *w :
         std::initializer_list<QWidget *>{ui->collectorComboBox, ui->collectorIdLineEdit})
        w->setEnabled(window);
    for (QWidget *w : std::initializer_list<QWidget *>{ui->addressLineEdit, ui->carrierLineEdit,
                                                       ui->trackingLineEdit})
        w->setEnabled(!window);
}

HandOutMethod HandOutDialog::method() const
{
    return ui->windowRadioButton->isChecked() ? HandOutMethod::Window : HandOutMethod::Express;
}

CollectorKind HandOutDialog::collector() const
{
    return collectorKindFromKey(ui->collectorComboBox->currentData().toString())
        .value_or(CollectorKind::Applicant);
}

QString HandOutDialog::typedId() const
{
    return ui->collectorIdLineEdit->text().trimmed();
}

QString HandOutDialog::address() const
{
    return ui->addressLineEdit->text().trimmed();
}

QString HandOutDialog::carrier() const
{
    return ui->carrierLineEdit->text().trimmed();
}

QString HandOutDialog::tracking() const
{
    return ui->trackingLineEdit->text().trimmed();
}

void HandOutDialog::setMethod(HandOutMethod method)
{
    (method == HandOutMethod::Window ? ui->windowRadioButton : ui->expressRadioButton)
        ->setChecked(true);
}

void HandOutDialog::setCollector(CollectorKind kind)
{
    ui->collectorComboBox->setCurrentIndex(
        std::max(0, ui->collectorComboBox->findData(toKey(kind))));
}

void HandOutDialog::setTypedId(const QString &id)
{
    ui->collectorIdLineEdit->setText(id);
}

void HandOutDialog::setExpress(const QString &address, const QString &carrier,
                               const QString &tracking)
{
    ui->addressLineEdit->setText(address);
    ui->carrierLineEdit->setText(carrier);
    ui->trackingLineEdit->setText(tracking);
}

void HandOutDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
