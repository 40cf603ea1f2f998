#pragma once

#include "sync/BackgroundSync.h"

#include <QObject>
#include <QThread>

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

// Hosts BackgroundSync on its own thread for the window: starts it after sign-in, kicks it
// after every commit of the window's store, and tells the window's store listeners when
// the sync changed cases (so lists and the case view read them again).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~SyncController() override;

    // The password is handed to the sync thread once and not kept here.
    void start(const QString &login, const QString &password);
    // A standalone store joins a server (the connect dialog); answered by joinFinished.
    void join(const QString &serverUrl, const ServerTrust &trust, const QString &login,
              const QString &password);
    const BackgroundSync::Status &status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const onetrip::BackgroundSync::Status &status);
    void passwordNeeded(const QString &why);
    void referenceDataChanged();
    void joinFinished(const QString &error, const QString &terminalCode);

private:
    const Database &m_db;
    QThread m_thread;
    BackgroundSync *m_sync = nullptr; // lives on m_thread
    BackgroundSync::Status m_status;
    bool m_notifying = false;
};

} // namespace gui
} // namespace onetrip
