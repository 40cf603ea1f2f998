#pragma once

#include "worklist/DeskCounts.h"
#include "worklist/DeskPlan.h"
#include "worklist/WorklistQuery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace onetrip {
namespace gui {

// Counts a 工作台's figures on a thread of its own over a read-only connection to the store,
// so a hall with a million cases in progress (1.4 s of counting) never freezes the window.
// Requests are numbered; one overtaken by a newer before it starts is skipped, and the page
// shows only the newest figures. Call after the deadline index is brought up to date: the
// counting thread only reads.
class DeskCounter : public QObject
{
    Q_OBJECT

public:
    explicit DeskCounter(QString storePath, QObject *parent = nullptr);
    // Waits for a count under way (the connection closes before the window's own).
    ~DeskCounter() override;

    // Counts `plan` as `like` would (its day, calendar, warning and person), on the counting
    // thread's connection. The number of the request; counted() brings its figures.
    int count(const DeskPlan &plan, const WorklistQuery &like);

Q_SIGNALS:
    void counted(int request, const onetrip::DeskCounts &counts);

private:
    struct Worker;

    QThread m_thread;
    std::unique_ptr<Worker> m_worker;   // used only on m_thread
    QObject *m_threadContext = nullptr; // lives in m_thread: where requests run
    std::atomic<int> m_latest{0};
};

} // namespace gui
} // namespace onetrip
