#include "login/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "auth/UserRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "sync/OnlineSignIn.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QDir>
#include <QEvent>

namespace onetrip {
namespace gui {

namespace {

const QStringList kDemoLogins = {QStringLiteral("clerk01"), QStringLiteral("agent01"),
                                 QStringLiteral("super01")};

} // namespace

LoginDialog::LoginDialog(const Database &db, bool demo, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
    , m_demo(demo)
{
    ui->setupUi(this);
    QFont title = ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    ui->titleLabel->setFont(title);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->errorLabel->hide();
    ui->storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(db.path())));
    ui->demoGroupBox->setVisible(m_demo);
    ui->demoUsersListWidget->setMaximumHeight(ui->demoUsersListWidget->fontMetrics().height() * 5);
    fillDemoUsers();

    connect(ui->loginPushButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(ui->quitPushButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->demoUsersListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) {
                setLogin(item->data(Qt::UserRole).toString());
                ui->passwordLineEdit->setFocus();
            });
    connect(ui->demoUsersListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    ui->loginLineEdit->setText(item->data(Qt::UserRole).toString());
            });
    // Editing after a failure means the person read the message.
    connect(ui->passwordLineEdit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString &login)
{
    ui->loginLineEdit->setText(login);
    ui->passwordLineEdit->setFocus();
}

QString LoginDialog::takePassword()
{
    const QString password = ui->passwordLineEdit->text();
    ui->passwordLineEdit->clear();
    return password;
}

QString LoginDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void LoginDialog::fillDemoUsers()
{
    ui->demoUsersListWidget->clear();
    if (!m_demo)
        return;
    const auto users = UserRepository(m_db).users();
    if (!users)
        return;
    for (const User &u : users.value()) {
        if (!kDemoLogins.contains(u.login))
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(u.login, u.displayName, displayName(u.role)),
            ui->demoUsersListWidget);
        item->setData(Qt::UserRole, u.login);
    }
}

void LoginDialog::tryLogin()
{
    const QString login = ui->loginLineEdit->text().trimmed();
    const QString password = ui->passwordLineEdit->text();
    if (login.isEmpty() || password.isEmpty()) {
        showError(tr("Enter your login and your password."));
        (login.isEmpty() ? ui->loginLineEdit : ui->passwordLineEdit)->setFocus();
        return;
    }
    Result<User> user = UserRepository(m_db).authenticate(login, password);
    // Not known here (new staff) or the password changed on the server: ask the server, if
    // this terminal has one. The wait is bounded (a few seconds) and shown.
    SystemClock clock;
    if (!user && OnlineSignIn::available(m_db, clock)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        showError(tr("Checking with the central server …"));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        auto online = OnlineSignIn::signIn(m_db, clock, login, password);
        QApplication::restoreOverrideCursor();
        if (online)
            user = online;
        else if (!SyncClient::isTransient(online.error()))
            user = online.error();
        else
            user = Error{user.message() + QLatin1Char('\n') + online.message(), {}};
    }
    if (!user) {
        showError(user.message());
        ui->passwordLineEdit->clear();
        ui->passwordLineEdit->setFocus();
        return;
    }
    m_user = user.value();
    accept();
}

void LoginDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        ui->storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_db.path())));
        fillDemoUsers();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
