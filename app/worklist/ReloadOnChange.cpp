#include "worklist/ReloadOnChange.h"

#include "shell/AppContext.h"
#include "storage/Database.h"
#include "worklist/ClockIndexKeeper.h"

#include <QWidget>

namespace onetrip {
namespace gui {

ReloadOnChange::ReloadOnChange(QWidget *page, AppContext &context)
    : QTimer(page)
{
    setSingleShot(true);
    setInterval(300);
    auto later = [this, page] {
        if (page->isVisible())
            start();
    };
    connect(&context.database().notifier(), &StoreNotifier::eventsCommitted, this, later);
    connect(&context, &AppContext::calendarChanged, this, later);
    connect(&context, &AppContext::clockChanged, this, later);
    connect(&context, &AppContext::hallChanged, this, later);
    connect(&context.clockIndex(), &ClockIndexKeeper::finished, this, later);
}

} // namespace gui
} // namespace onetrip
