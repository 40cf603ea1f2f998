#include "sync/SyncController.h"

#include "storage/Database.h"
#include "sync/KeychainTokenVault.h"

#include <QMetaObject>

namespace onetrip {
namespace gui {

SyncController::SyncController(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_sync = new BackgroundSync(db.path(), clock, 30000,
                                [] { return std::make_unique<KeychainTokenVault>(); });
    m_sync->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sync, &QObject::deleteLater);
    connect(m_sync, &BackgroundSync::statusChanged, this, [this](const BackgroundSync::Status &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    connect(m_sync, &BackgroundSync::passwordNeeded, this, &SyncController::passwordNeeded);
    connect(m_sync, &BackgroundSync::joinFinished, this, &SyncController::joinFinished);
    connect(m_sync, &BackgroundSync::referenceDataChanged, this,
            &SyncController::referenceDataChanged);
    connect(m_sync, &BackgroundSync::casesChanged, this, [this] {
        // The window's own listeners re-read; that notification must not kick a sync again.
        m_notifying = true;
        m_db.notifier().notifyEventsCommitted(0);
        m_notifying = false;
    });
    connect(&m_db.notifier(), &StoreNotifier::eventsCommitted, this, [this] {
        if (!m_notifying)
            QMetaObject::invokeMethod(m_sync, &BackgroundSync::kick, Qt::QueuedConnection);
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(m_sync, &BackgroundSync::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::join(const QString &serverUrl, const ServerTrust &trust, const QString &login,
                          const QString &password)
{
    QMetaObject::invokeMethod(
        m_sync,
        [sync = m_sync, serverUrl, trust, login, password] {
            sync->join(serverUrl, trust, login, password);
        },
        Qt::QueuedConnection);
}

void SyncController::start(const QString &login, const QString &password)
{
    QMetaObject::invokeMethod(
        m_sync, [sync = m_sync, login, password] { sync->signIn(login, password); },
        Qt::QueuedConnection);
}

} // namespace gui
} // namespace onetrip
