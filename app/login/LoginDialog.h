#pragma once

#include "auth/User.h"

#include "sync/OnlineSignIn.h"

#include <QDialog>

#include <QThread>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

// Login against the embedded store's users. A wrong login or password is shown in the
// dialog (the same message for both); Enter logs in. In demo mode the demo users are listed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const Database &db, bool demo, QWidget *parent = nullptr);
    ~LoginDialog() override;

    const User &user() const { return m_user; } // valid once accepted
    // The password typed, once (for the server sign-in of the sync); the field is cleared.
    QString takePassword();
    void setLogin(const QString &login);
    QString errorText() const;
    // True while the central server is being asked (new staff, or a password changed there):
    // the dialog stays responsive and its fields wait.
    bool isCheckingOnline() const { return m_checking != nullptr; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryLogin();
    void onlineAnswered(const OnlineSignIn::Request &request,
                        const Result<OnlineSignIn::Answer> &answer, const QString &localError);
    void setChecking(bool checking);
    // Signed in, or the refusal shown with the password cleared.
    void finish(const Result<User> &user);
    void fillDemoUsers();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> ui;
    const Database &m_db;
    bool m_demo = false;
    User m_user;
    std::unique_ptr<QThread> m_checking; // asks the server; joined before the dialog goes
};

} // namespace gui
} // namespace onetrip
