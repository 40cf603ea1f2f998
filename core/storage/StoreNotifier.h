#pragma once

#include <QObject>

namespace onetrip {

// Tells listeners in this process that a write transaction appending events committed: the
// sync module pushes what is new, the status bar counts what waits. One per Database.
class StoreNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called by the commit path after COMMIT returned (never inside the transaction).
    void notifyEventsCommitted(qint64 lastSequence) { Q_EMIT eventsCommitted(lastSequence); }

Q_SIGNALS:
    // `lastSequence`: the log position (CaseEvent::sequence) of the last event committed.
    void eventsCommitted(qint64 lastSequence);
};

} // namespace onetrip
