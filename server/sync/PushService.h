#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/SyncWire.h"

namespace onetrip::server {

class ServerStore;

// Takes a terminal's events in its sequence order. For each event, in the batch's one
// transaction: continue the terminal's hash chain (a repeat of an event the server holds is
// answered as before), refuse a second event with the same id, authorise the actor (role,
// hall, case assignment), check it follows the server's current version of its case (version
// and parent), fold it through the same core function the terminals use
// (CaseProjector::fold), then record it with the terminal's last sequence and its place in
// the hall's change feed. Generic over event types: the rules come from core.
class PushService
{
public:
    PushService(ServerStore &store, const Clock &clock);

    // `payloadTexts`: each event's payloadJson() as the parser made it (empty: computed).
    Result<SyncWire::PushResponse> push(const Session &session,
                                        const SyncWire::PushRequest &request,
                                        const QList<QByteArray> &payloadTexts = {});

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace onetrip::server
