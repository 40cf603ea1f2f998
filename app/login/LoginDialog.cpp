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
                if (item && !m_checking)
                    ui->loginLineEdit->setText(item->data(Qt::UserRole).toString());
            });
    // Editing after a failure means the person read the message.
    connect(ui->passwordLineEdit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog()
{
    // The server is asked with a timeout (OnlineSignIn), so this wait is bounded.
    if (m_checking)
        m_checking->wait();
}

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
    if (m_checking)
        return; // the server's answer to the last try is on its way
    Result<User> user = UserRepository(m_db).authenticate(login, password);
    // Not known here (new staff) or the password changed on the server: ask the server, if
    // this terminal has one, on another thread (bounded by a timeout), saying so meanwhile.
    SystemClock clock;
    if (!user) {
        if (auto request = OnlineSignIn::prepare(m_db, clock, login, password)) {
            m_checking.reset(QThread::create([this, request = *request, local = user.message()] {
                const auto answer = OnlineSignIn::ask(request);
                QMetaObject::invokeMethod(
                    this,
                    [this, request, answer, local] { onlineAnswered(request, answer, local); },
                    Qt::QueuedConnection);
            }));
            setChecking(true); // after m_checking is set: it guards the demo list
            m_checking->start();
            return;
        }
    }
    finish(user);
}

void LoginDialog::onlineAnswered(const OnlineSignIn::Request &request,
                                 const Result<OnlineSignIn::Answer> &answer,
                                 const QString &localError)
{
    m_checking->wait(); // it has posted this and is ending
    m_checking.reset();
    setChecking(false);
    Result<User> user =
        answer ? OnlineSignIn::keep(m_db, request, answer.value())
        : !SyncClient::isTransient(answer.error())
            ? Result<User>(answer.error())
            : Result<User>(Error{localError + QLatin1Char('\n') + answer.message(), QString()});
    finish(user);
}

void LoginDialog::finish(const Result<User> &user)
{
    if (!user) {
        showError(user.message());
        ui->passwordLineEdit->clear();
        ui->passwordLineEdit->setFocus();
        return;
    }
    m_user = user.value();
    accept();
}

void LoginDialog::setChecking(bool checking)
{
    // Read-only rather than disabled: disabling the focused field would move the focus (into
    // the demo list, which would pick another login).
    ui->loginLineEdit->setReadOnly(checking);
    ui->passwordLineEdit->setReadOnly(checking);
    if (checking)
        ui->passwordLineEdit->setFocus(); // not handed on from the button to the demo list
    ui->loginPushButton->setEnabled(!checking);
    if (checking) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        showError(tr("Checking with the central server …"));
    } else {
        QApplication::restoreOverrideCursor();
        ui->errorLabel->hide();
    }
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
