#pragma once

#include "common/Result.h"
#include "worklist/WorklistQuery.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace onetrip {
namespace gui {

class StoreThread;

// Keeps the worklists' deadline index (CaseClockIndex) current without freezing the window.
// A few changed cases — one saved here, a small sync — are counted on the window's connection
// as a page reads its list. More — every open case after a published calendar or a new
// warning setting, a large sync — are counted on a thread of its own over its own connection,
// while the pages say so and show the lists as the index stands; finished() asks them to read
// again. One per application (AppContext::clockIndex).
class ClockIndexKeeper : public QObject
{
    Q_OBJECT

public:
    // The most cases counted on the window's thread (tens of milliseconds).
    static constexpr int kWindowLimit = 500;

    explicit ClockIndexKeeper(QString storePath, QObject *parent = nullptr);
    // Stops a count under way after its current step (the rest stays stale, counted at the
    // next start) and waits for it.
    ~ClockIndexKeeper() override;

    // Brings the index up to date for `query` (its calendar and warning setting) when that is
    // quick; otherwise starts counting in the background, or, while a count runs, counts for
    // `query` once it ends (a second calendar published meanwhile). Whether the index is
    // current now. A failed background count's error is returned once.
    Result<bool> refresh(const WorklistQuery &query);
    // The same without an answer (the calendar changed: the count starts at once, whatever
    // page is shown); a failed count's error is left for refresh() to tell.
    void prepare(const WorklistQuery &query);

    // Another bound than kWindowLimit (tests: a small store counted in the background).
    void setWindowLimit(int cases) { m_windowLimit = cases; }

    bool isCounting() const { return m_counting; }
    // What the pages say while a count runs, in the user's language; empty otherwise.
    QString stateText() const;

Q_SIGNALS:
    // A background count began, went on (stateText() says how far) or ended.
    void progressed();
    // A background count ended, done or failed (refresh() then says why): read the lists again.
    void finished();

private:
    Result<bool> bringUpToDate(const WorklistQuery &query);
    void start(const WorklistQuery &query);

    std::atomic<bool> m_stopping{false};
    int m_windowLimit = kWindowLimit;
    bool m_counting = false;
    int m_counted = 0; // by the count under way
    std::optional<Error> m_failure;
    std::optional<WorklistQuery> m_next;   // asked for while counting: looked at when it ends
    std::unique_ptr<StoreThread> m_thread; // read-write: it counts the index
};

} // namespace gui
} // namespace onetrip
