#include "worklist/DeskCounter.h"

#include "common/StoreThread.h"
#include "storage/Database.h"
#include "worklist/WorklistQuery.h"

namespace onetrip {
namespace gui {

DeskCounter::DeskCounter(QString storePath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<StoreThread>(std::move(storePath), Database::Mode::ReadOnly,
                                             QStringLiteral("desk counter")))
{
}

DeskCounter::~DeskCounter()
{
    m_thread.reset(); // before the members a count under way reads
}

int DeskCounter::count(const DeskPlan &plan, const WorklistQuery &like)
{
    const int request = ++m_latest;
    m_thread->post([this, request, plan, like](const Result<const Database *> &store) {
        if (request != m_latest.load())
            return; // a newer request waits behind this one
        DeskCounts counts;
        if (store)
            counts = plan.count(like.on(*store.value()));
        else
            counts.errors << store.message();
        QMetaObject::invokeMethod(
            this, [this, request, counts] { Q_EMIT counted(request, counts); },
            Qt::QueuedConnection);
    });
    return request;
}

} // namespace gui
} // namespace onetrip
