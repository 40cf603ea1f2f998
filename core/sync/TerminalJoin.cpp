#include "sync/TerminalJoin.h"

#include "cases/HallSettings.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

namespace onetrip {

Result<TerminalInfo> TerminalJoin::run(const Database &db, SyncStore &store, SyncClient &client,
                                       const HallSetup &setup, const QString &serverUrl,
                                       const ServerTrust &trust)
{
    auto own = store.hasOwnEvents();
    if (!own)
        return own.error();
    auto registration = client.registerTerminal(
        setup.hall.code, own.value() ? setup.terminal.terminalCode : QString());
    if (!registration)
        return registration.error();
    if (registration->hallCode != setup.hall.code)
        return Error{QCoreApplication::translate("Sync", "The server registered this terminal "
                                                         "in another hall (%1); nothing was "
                                                         "changed.")
                         .arg(registration->hallCode),
                     QStringLiteral("server")};
    TerminalInfo terminal{setup.hall.code, registration->terminalCode};
    if (terminal.terminalCode != setup.terminal.terminalCode) {
        if (Status s = HallSettings(db).save(setup.hall, terminal.terminalCode); !s)
            return s.error();
    }
    if (Status s = store.saveRegistration(serverUrl, registration->key, trust); !s)
        return s.error();
    return terminal;
}

} // namespace onetrip
