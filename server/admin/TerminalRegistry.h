#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace onetrip::server {

class ServerStore;

// Terminal codes (the ones inside case numbers) are handed out here, once each per hall:
// a registered code is never given again, even after its terminal is retired.
class TerminalRegistry
{
public:
    struct Registration
    {
        QString hallCode;
        QString terminalCode;
        QString key; // shown once; the terminal proves itself with it at every sign-in
    };

    TerminalRegistry(ServerStore &store, const Clock &clock);

    // `wantedCode` empty: the next free code (T01, T02 …). A terminal that worked standalone
    // asks for the code its cases already carry; that is granted if no other terminal of the
    // hall has it — or if the same member of staff registered it before and nothing was ever
    // pushed with it (the answer was lost): then it gets a new key.
    Result<Registration> registerTerminal(const Session &session, const QString &hallCode,
                                          const QString &wantedCode);

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace onetrip::server
