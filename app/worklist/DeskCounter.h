#pragma once

#include "worklist/DeskCounts.h"
#include "worklist/DeskPlan.h"
#include "worklist/WorklistQuery.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace onetrip {
namespace gui {

class StoreThread;

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
    std::atomic<int> m_latest{0};
    std::unique_ptr<StoreThread> m_thread; // read-only
};

} // namespace gui
} // namespace onetrip
