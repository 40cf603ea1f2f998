#include "sync/SyncRun.h"

#include "cases/HallInfo.h"
#include "sync/PublicationSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

namespace onetrip {

Result<SyncRun::Report> SyncRun::once(SyncStore &store, SyncClient &client,
                                      const TerminalInfo &terminal)
{
    Report report;
    // A server that holds fewer events than this terminal thought moves pushedThrough
    // back once; more than a few such rounds is a loop, not progress.
    int rewinds = 0;
    for (;;) {
        auto batch = store.pending(kBatch);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        auto answer = client.push({terminal.hallCode, terminal.terminalCode, batch.value()});
        if (!answer)
            return answer.error();
        if (answer->results.isEmpty() && ++rewinds > 3)
            return Error{QCoreApplication::translate("Sync", "The server does not take this "
                                                             "terminal's events; ask the "
                                                             "administrator."),
                         QStringLiteral("server")};
        if (Status s = store.applyPush(batch.value(), answer.value()); !s)
            return s.error();
        for (const auto &r : answer->results)
            (r.outcome == SyncWire::PushResult::Outcome::Applied ? report.pushed
                                                                 : report.rejected)++;
    }
    for (;;) {
        auto state = store.state();
        if (!state)
            return state.error();
        auto page = client.pull(state->pullCursor, kBatch);
        if (!page)
            return page.error();
        auto applied = store.applyPull(page.value());
        if (!applied)
            return applied.error();
        report.pulled += applied.value();
        if (!page->more)
            break;
    }
    auto published = PublicationSync::run(store.database(), client, store.clock());
    if (!published)
        return published.error();
    report.catalogs = published->catalogs;
    report.calendars = published->calendars;
    if (Status s = store.recordOutcome(QString()); !s)
        return s.error();
    return report;
}

} // namespace onetrip
