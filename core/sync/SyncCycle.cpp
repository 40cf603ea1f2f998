#include "sync/SyncCycle.h"

#include "cases/HallSettings.h"
#include "sync/SyncClient.h"
#include "sync/TerminalJoin.h"

#include <QCoreApplication>

namespace onetrip {

Result<SyncCycle::Outcome> SyncCycle::withPassword(const Database &db, const Clock &clock,
                                                   SyncClient &client, const QString &login,
                                                   const QString &password)
{
    auto setup = HallSettings(db).load();
    if (!setup)
        return setup.error();
    if (!setup.value())
        return Error{QCoreApplication::translate(
                         "Sync", "This store has no hall yet: set up the hall and terminal first."),
                     QStringLiteral("no-hall")};
    Outcome outcome;
    outcome.terminal = setup.value()->terminal;
    const QString url = client.options().server.toString();
    auto store = std::make_unique<SyncStore>(db, outcome.terminal, clock);
    auto state = store->state();
    if (!state)
        return state.error();
    auto failed = [&store](const Error &error) {
        (void)store->recordOutcome(error.message);
        return error;
    };
    if (!state->terminalKey.isEmpty() && state->serverUrl != url)
        return Error{
            QCoreApplication::translate(
                "Sync", "This terminal is registered with %1; it syncs with that server only.")
                .arg(state->serverUrl),
            QStringLiteral("other-server")};
    if (state->terminalKey.isEmpty()) {
        if (auto t = client.login(login, password, std::nullopt); !t)
            return failed(t.error());
        auto joined = TerminalJoin::run(db, *store, client, *setup.value(), url);
        if (!joined)
            return failed(joined.error());
        outcome.terminal = joined.value();
        outcome.registeredNow = true;
        store = std::make_unique<SyncStore>(db, outcome.terminal, clock);
        state = store->state();
        if (!state)
            return state.error();
    }
    auto tokens =
        client.login(login, password,
                     SyncClient::TerminalProof{outcome.terminal.hallCode,
                                               outcome.terminal.terminalCode, state->terminalKey});
    if (!tokens)
        return failed(tokens.error());
    auto report = SyncRun::once(*store, client, outcome.terminal);
    if (!report)
        return failed(report.error());
    outcome.report = report.value();
    auto counts = store->counts();
    if (!counts)
        return counts.error();
    outcome.counts = counts.value();
    return outcome;
}

} // namespace onetrip
