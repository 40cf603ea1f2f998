#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "sync/SyncWire.h"

namespace onetrip::server {

class ServerStore;

// The hall's change feed after a cursor, oldest first: every applied event of the caller's
// hall (an agent: of the cases assigned to them).
class PullService
{
public:
    explicit PullService(ServerStore &store);
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 2000;

    Result<SyncWire::PullResponse> pull(const Session &session, qint64 after, int limit);

private:
    ServerStore &m_store;
};

} // namespace onetrip::server
