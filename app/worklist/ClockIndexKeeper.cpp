#include "worklist/ClockIndexKeeper.h"

#include "storage/Database.h"

namespace onetrip {
namespace gui {

struct ClockIndexKeeper::Worker
{
    QString path;
    std::unique_ptr<Database> db; // opened on first use, in the counting thread
};

ClockIndexKeeper::ClockIndexKeeper(QString storePath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_worker->path = std::move(storePath);
    m_thread.setObjectName(QStringLiteral("deadline index"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    // A connection belongs to the thread that opened it: close it there, as the thread ends.
    Worker *worker = m_worker.get();
    connect(
        &m_thread, &QThread::finished, m_threadContext, [worker] { worker->db.reset(); },
        Qt::DirectConnection);
    m_thread.start();
}

ClockIndexKeeper::~ClockIndexKeeper()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext; // the thread has ended: nothing runs in its context any more
}

Result<bool> ClockIndexKeeper::refresh(const WorklistQuery &query)
{
    if (m_failure) {
        const Error failure = *m_failure;
        m_failure.reset(); // the next refresh tries again
        return failure;
    }
    if (m_counting)
        return false; // the thread writes the index: the window leaves it alone meanwhile
    auto current = query.refreshIndexWithin(m_windowLimit);
    if (!current)
        return current.error();
    if (!current.value())
        start(query);
    return current.value();
}

QString ClockIndexKeeper::stateText() const
{
    if (!m_counting)
        return {};
    // Each row's light is counted as it is read; only which rows a list holds may lag.
    return tr("Counting the deadlines of the open cases again (a new holiday calendar or "
              "warning setting, or many changes synchronised): %n case(s) counted so far. "
              "Until it ends a list may miss a case or hold one that has left it; each case's "
              "light is already counted anew.",
              nullptr, m_counted);
}

void ClockIndexKeeper::start(const WorklistQuery &query)
{
    m_counting = true;
    m_counted = 0;
    Q_EMIT progressed();
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, worker, query] {
            std::optional<Error> failure;
            if (!worker->db) {
                auto opened = Database::openRaw(worker->path);
                if (opened)
                    worker->db = std::move(opened.value());
                else
                    failure = opened.error();
            }
            if (worker->db) {
                auto done = query.on(*worker->db).refreshIndex([this](int counted) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, counted] {
                            m_counted = counted;
                            Q_EMIT progressed();
                        },
                        Qt::QueuedConnection);
                    return !m_stopping.load();
                });
                if (!done)
                    failure = done.error();
            }
            QMetaObject::invokeMethod(
                this,
                [this, failure] {
                    m_counting = false;
                    m_failure = failure;
                    Q_EMIT progressed();
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace gui
} // namespace onetrip
