#include "worklist/ClockIndexKeeper.h"

#include "common/StoreThread.h"
#include "storage/Database.h"

namespace onetrip {
namespace gui {

ClockIndexKeeper::ClockIndexKeeper(QString storePath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<StoreThread>(std::move(storePath), Database::Mode::ReadWrite,
                                             QStringLiteral("deadline index")))
{
}

ClockIndexKeeper::~ClockIndexKeeper()
{
    m_stopping = true; // the count under way stops after its current step
    m_thread.reset();
}

Result<bool> ClockIndexKeeper::refresh(const WorklistQuery &query)
{
    if (m_failure) {
        const Error failure = *m_failure;
        m_failure.reset(); // the next refresh tries again
        return failure;
    }
    return bringUpToDate(query);
}

void ClockIndexKeeper::prepare(const WorklistQuery &query)
{
    // An error here is the store's: met again by the page that next reads a list.
    static_cast<void>(bringUpToDate(query));
}

Result<bool> ClockIndexKeeper::bringUpToDate(const WorklistQuery &query)
{
    if (m_counting) {
        // The thread writes the index: the window leaves it alone meanwhile.
        m_next.reset();
        m_next.emplace(query);
        return false;
    }
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
    m_thread->post([this, query](const Result<const Database *> &store) {
        if (m_stopping.load())
            return; // closing: counted at the next start
        std::optional<Error> failure;
        if (!store) {
            failure = store.error();
        } else {
            auto done = query.on(*store.value()).refreshIndex([this](int counted) {
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
                if (m_next) {
                    // Asked for meanwhile (another calendar?): counted now unless it failed.
                    const WorklistQuery next = *m_next;
                    m_next.reset();
                    if (!failure)
                        prepare(next);
                }
                Q_EMIT progressed();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace gui
} // namespace onetrip
