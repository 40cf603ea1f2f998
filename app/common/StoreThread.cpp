#include "common/StoreThread.h"

namespace onetrip {
namespace gui {

StoreThread::StoreThread(QString storePath, Database::Mode mode, const QString &name)
    : m_connection(std::make_unique<Connection>(Connection{std::move(storePath), mode, nullptr}))
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    Connection *connection = m_connection.get();
    QObject::connect(
        &m_thread, &QThread::finished, m_context, [connection] { connection->db.reset(); },
        Qt::DirectConnection);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_context; // the thread has ended: nothing runs in its context any more
}

void StoreThread::post(Work work)
{
    Connection *connection = m_connection.get();
    QMetaObject::invokeMethod(
        m_context,
        [connection, work = std::move(work)] {
            if (!connection->db) {
                auto opened = Database::openRaw(connection->path, connection->mode);
                if (!opened) {
                    work(opened.error());
                    return;
                }
                connection->db = std::move(opened).value();
            }
            work(static_cast<const Database *>(connection->db.get()));
        },
        Qt::QueuedConnection);
}

} // namespace gui
} // namespace onetrip
