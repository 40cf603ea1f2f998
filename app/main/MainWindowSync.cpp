// The main window's side of sync: the connect action and dialog, and the password prompt
// when the server no longer takes the sign-in.
#include "main/MainWindow.h"

#include "ui_MainWindow.h"

#include "auth/Permissions.h"
#include "common/MessageBoxes.h"
#include "shell/AppContext.h"
#include "sync/ConnectServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncPasswordDialog.h"
#include "sync/SyncStatusLabel.h"

#include <QStatusBar>

namespace onetrip {
namespace gui {

void MainWindow::setSyncController(SyncController *sync)
{
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncController::statusChanged, m_syncLabel, &SyncStatusLabel::setStatus);
    connect(sync, &SyncController::statusChanged, this, &MainWindow::updateSyncActions);
    connect(sync, &SyncController::passwordNeeded, this, &MainWindow::askSyncPassword);
    updateSyncActions();
}

void MainWindow::updateSyncActions()
{
    // Registering a terminal is a supervisor's or an administrator's step (the server checks
    // it too); the others do not see it.
    ui->connectServerAction->setVisible(Permissions::mayRegisterTerminal(m_context.user().role));
    ui->connectServerAction->setEnabled(m_sync && m_context.hall() && !m_sync->status().registered);
}

ConnectServerDialog *MainWindow::openConnectServer()
{
    if (!m_sync)
        return nullptr;
    if (!Permissions::mayRegisterTerminal(m_context.user().role)) {
        MessageBoxes::instance().warning(
            this, tr("Connect to the central server"),
            tr("Only a supervisor or an administrator connects a terminal to the central "
               "server."));
        return nullptr;
    }
    if (!m_context.hall()) {
        MessageBoxes::instance().warning(
            this, tr("Connect to the central server"),
            tr("Set up the hall and terminal first (Settings › Hall and terminal): the server "
               "registers this terminal in its hall."));
        return nullptr;
    }
    if (m_sync->status().registered) {
        MessageBoxes::instance().information(
            this, tr("Connect to the central server"),
            tr("This terminal is connected to the central server already."));
        return nullptr;
    }
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return m_connectDialog;
    }
    m_connectDialog = new ConnectServerDialog(*m_sync, m_context.user().login, this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog->setWindowModality(Qt::WindowModal);
    connect(m_connectDialog, &ConnectServerDialog::connected, this,
            [this](const QString &terminalCode) {
                m_context.loadHall(); // the server may have given this terminal its code
                statusBar()->showMessage(
                    tr("Connected to the central server as terminal %1; the cases of this "
                       "terminal are being sent.")
                        .arg(terminalCode),
                    15000);
            });
    m_connectDialog->open();
    return m_connectDialog;
}

SyncPasswordDialog *MainWindow::syncPasswordDialog() const
{
    return m_passwordDialog;
}

void MainWindow::askSyncPassword(const QString &why)
{
    if (!m_sync)
        return;
    if (!m_passwordDialog) {
        m_passwordDialog = new SyncPasswordDialog(*m_sync, m_context.user().login, this);
        m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_passwordDialog->setWindowModality(Qt::WindowModal);
    }
    m_passwordDialog->setReason(why);
    m_passwordDialog->open();
}

} // namespace gui
} // namespace onetrip
