#pragma once

#include <QObject>

#include <algorithm>

namespace onetrip {

// Tells listeners in this process that a write transaction appending events committed: the
// sync module pushes what is new, the status bar counts what waits. One per Database.
class StoreNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called by the commit path after its transaction committed. One that joined an outer
    // WriteTransaction is not in the store until the outer one commits: listeners are told
    // then, once, or never if it rolls back.
    void notifyEventsCommitted(qint64 lastSequence)
    {
        if (m_holding > 0) {
            m_pending = std::max(m_pending, lastSequence);
            return;
        }
        Q_EMIT eventsCommitted(lastSequence);
    }
    // Held by the outermost WriteTransaction while it runs.
    void hold() { ++m_holding; }
    void release(bool committed)
    {
        if (--m_holding > 0 || m_pending < 0)
            return;
        const qint64 last = std::exchange(m_pending, -1);
        if (committed)
            Q_EMIT eventsCommitted(last);
    }

Q_SIGNALS:
    // `lastSequence`: the log position (CaseEvent::sequence) of the last event committed.
    void eventsCommitted(qint64 lastSequence);

private:
    int m_holding = 0;
    qint64 m_pending = -1;
};

} // namespace onetrip
