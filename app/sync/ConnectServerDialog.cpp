#include "sync/ConnectServerDialog.h"

#include "ui_ConnectServerDialog.h"

#include "sync/ServerTrust.h"
#include "sync/SyncClient.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace onetrip {
namespace gui {

ConnectServerDialog::ConnectServerDialog(SyncController &sync, const QString &login,
                                         QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectServerDialog>())
    , m_sync(sync)
    , m_login(login)
{
    ui->setupUi(this);
    ui->loginValueLabel->setText(login);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->errorLabel->hide();
    ui->progressLabel->hide();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setDefault(true);
    // Enter in any field connects: the whole dialog works from the keyboard.
    connect(ok, &QPushButton::clicked, this, [this] { static_cast<void>(tryConnect()); });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->caBrowsePushButton, &QPushButton::clicked, this,
            &ConnectServerDialog::browseCaFile);
    connect(&m_sync, &SyncController::joinFinished, this, &ConnectServerDialog::joinFinished);
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        connect(field, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->serverUrlLineEdit->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

QString ConnectServerDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

Status ConnectServerDialog::tryConnect()
{
    if (m_connecting)
        return Status::failure(tr("Connecting already; wait for the server's answer."));
    auto url = SyncClient::serverUrl(ui->serverUrlLineEdit->text());
    if (!url) {
        showError(url.message());
        ui->serverUrlLineEdit->setFocus();
        return url.error();
    }
    auto trust = ServerTrust::make(ui->caFileLineEdit->text().trimmed(), ui->pinLineEdit->text());
    if (!trust) {
        showError(trust.message());
        (trust.error().detail == QLatin1String("pin") ? ui->pinLineEdit : ui->caFileLineEdit)
            ->setFocus();
        return trust.error();
    }
    const QString password = ui->passwordLineEdit->text();
    if (password.isEmpty()) {
        const QString message = tr("Enter your password on the central server.");
        showError(message);
        ui->passwordLineEdit->setFocus();
        return Status::failure(message);
    }
    ui->errorLabel->hide();
    setConnecting(true);
    ui->progressLabel->setText(
        tr("Connecting to %1 and registering this terminal…").arg(url->toString()));
    m_sync.join(url->toString(), trust.value(), m_login, password);
    return {};
}

void ConnectServerDialog::joinFinished(const QString &error, const QString &terminalCode)
{
    if (!m_connecting)
        return; // another dialog's answer, or after a cancel
    setConnecting(false);
    if (!error.isEmpty()) {
        showError(error);
        ui->passwordLineEdit->selectAll();
        ui->passwordLineEdit->setFocus();
        return;
    }
    ui->passwordLineEdit->clear();
    Q_EMIT connected(terminalCode);
    accept();
}

void ConnectServerDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    const QList<QWidget *> inputs{
        ui->serverUrlLineEdit, ui->caFileLineEdit,   ui->caBrowsePushButton,
        ui->pinLineEdit,       ui->passwordLineEdit, ui->buttonBox->button(QDialogButtonBox::Ok)};
    for (QWidget *input : inputs)
        input->setEnabled(!connecting);
    ui->progressLabel->setVisible(connecting);
}

void ConnectServerDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void ConnectServerDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The server's CA certificate"), QDir::homePath(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        ui->caFileLineEdit->setText(QDir::toNativeSeparators(file));
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        ui->loginValueLabel->setText(m_login);
        ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    }
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
