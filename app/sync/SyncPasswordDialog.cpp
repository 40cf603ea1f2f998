#include "sync/SyncPasswordDialog.h"

#include "ui_SyncPasswordDialog.h"

#include "sync/SyncController.h"

#include <QEvent>
#include <QPushButton>

namespace onetrip {
namespace gui {

SyncPasswordDialog::SyncPasswordDialog(SyncController &sync, const QString &login, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SyncPasswordDialog>())
    , m_sync(sync)
    , m_login(login)
{
    ui->setupUi(this);
    ui->loginValueLabel->setText(login);
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &SyncPasswordDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->passwordLineEdit->setFocus();
}

SyncPasswordDialog::~SyncPasswordDialog() = default;

void SyncPasswordDialog::setReason(const QString &why)
{
    m_reason = why;
    showReason();
    ui->passwordLineEdit->clear();
    ui->passwordLineEdit->setFocus();
}

void SyncPasswordDialog::showReason()
{
    ui->reasonLabel->setText(
        tr("The central server did not take this terminal's sign-in: %1").arg(m_reason));
}

void SyncPasswordDialog::submit()
{
    const QString password = ui->passwordLineEdit->text();
    if (password.isEmpty()) {
        ui->passwordLineEdit->setFocus();
        return;
    }
    // Handed to the sync thread once; a refusal opens this dialog again with its reason.
    m_sync.start(m_login, password);
    ui->passwordLineEdit->clear();
    accept();
}

void SyncPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        ui->loginValueLabel->setText(m_login);
        ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
        showReason();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
