#pragma once

#include "common/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectServerDialog;
}

namespace onetrip {
namespace gui {

class SyncController;

// "Connect to the central server" (supervisors and administrators, while the terminal is
// standalone): the server's address, optionally the hall's CA file or the certificate's
// fingerprint, and the signed-in person's password on the server. The join runs on the sync
// thread; the dialog waits for its answer without blocking the window, shows a refusal in
// place and closes once the terminal is registered.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectServerDialog(SyncController &sync, const QString &login, QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // What OK does: checks the fields (a problem is shown and returned) and starts the join.
    Status tryConnect();
    bool isConnecting() const { return m_connecting; }
    QString errorText() const;

Q_SIGNALS:
    // Registered; the terminal code may be the one the server assigned.
    void connected(const QString &terminalCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void joinFinished(const QString &error, const QString &terminalCode);
    void setConnecting(bool connecting);
    void showError(const QString &message);
    void browseCaFile();

    std::unique_ptr<Ui::ConnectServerDialog> ui;
    SyncController &m_sync;
    QString m_login;
    bool m_connecting = false;
};

} // namespace gui
} // namespace onetrip
