#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace onetrip {
namespace gui {

// A thread of its own with a connection of its own to the store, for work that must not hold
// the window (the desk's counts, the deadline index). The connection is opened there on first
// use and closed there as the thread ends: a connection belongs to the thread that opened it.
// Work runs in the order posted.
class StoreThread
{
public:
    StoreThread(QString storePath, Database::Mode mode, const QString &name);
    // Waits for the work under way and ends the thread; work not begun is dropped.
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs `work` on the thread with the connection, or with the error that kept it from
    // opening (tried again for the next work).
    using Work = std::function<void(const Result<const Database *> &store)>;
    void post(Work work);

private:
    struct Connection
    {
        QString path;
        Database::Mode mode;
        std::unique_ptr<Database> db;
    };

    QThread m_thread;
    std::unique_ptr<Connection> m_connection; // used only on m_thread
    QObject *m_context = nullptr;             // lives in m_thread: where work runs
};

} // namespace gui
} // namespace onetrip
