#include "worklist/DeskCounter.h"

#include "storage/Database.h"
#include "worklist/WorklistQuery.h"

namespace onetrip {
namespace gui {

struct DeskCounter::Worker
{
    QString path;
    std::unique_ptr<Database> db; // opened on first use, in the counting thread
};

DeskCounter::DeskCounter(QString storePath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_worker->path = std::move(storePath);
    m_thread.setObjectName(QStringLiteral("desk counter"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    // A connection belongs to the thread that opened it: close it there, as the thread ends.
    Worker *worker = m_worker.get();
    connect(
        &m_thread, &QThread::finished, m_threadContext, [worker] { worker->db.reset(); },
        Qt::DirectConnection);
    m_thread.start();
}

DeskCounter::~DeskCounter()
{
    m_thread.quit();
    m_thread.wait();
    // The thread has ended: nothing runs in its context any more.
    delete m_threadContext;
}

int DeskCounter::count(const DeskPlan &plan, const WorklistQuery &like)
{
    const int request = ++m_latest;
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, worker, request, plan, like] {
            if (request != m_latest.load())
                return; // a newer request waits behind this one
            DeskCounts counts;
            if (!worker->db) {
                auto opened = Database::openRaw(worker->path, Database::Mode::ReadOnly);
                if (opened)
                    worker->db = std::move(opened.value());
                else
                    counts.errors << opened.message();
            }
            if (worker->db)
                counts = plan.count(like.on(*worker->db));
            QMetaObject::invokeMethod(
                this, [this, request, counts] { Q_EMIT counted(request, counts); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace gui
} // namespace onetrip
