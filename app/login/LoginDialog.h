#pragma once

#include "auth/User.h"

#include <QDialog>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryLogin();
    void fillDemoUsers();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> ui;
    const Database &m_db;
    bool m_demo = false;
    User m_user;
};

} // namespace gui
} // namespace onetrip
