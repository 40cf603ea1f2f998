#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SyncPasswordDialog;
}

namespace onetrip {
namespace gui {

class SyncController;

// Asked when the server no longer takes this terminal's sign-in (the password was changed,
// the sign-in was ended by an administrator, or it expired while the keychain could not keep
// it): the reason, and the password again. The window works on meanwhile; what is saved
// waits and is sent once signed in. Cancel leaves the terminal offline until the next start.
class SyncPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    SyncPasswordDialog(SyncController &sync, const QString &login, QWidget *parent = nullptr);
    ~SyncPasswordDialog() override;

    // The server's reason, shown above the password (a later refusal replaces it).
    void setReason(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showReason();

    std::unique_ptr<Ui::SyncPasswordDialog> ui;
    SyncController &m_sync;
    QString m_login;
    QString m_reason;
};

} // namespace gui
} // namespace onetrip
