#include "sync/SyncCycle.h"

#include "cases/HallSettings.h"
#include "sync/SyncClient.h"
#include "sync/TerminalJoin.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Result<HallSetup> hallOf(const Database &db)
{
    auto setup = HallSettings(db).load();
    if (!setup)
        return setup.error();
    if (!setup.value())
        return Error{QCoreApplication::translate(
                         "Sync", "This store has no hall yet: set up the hall and terminal first."),
                     QStringLiteral("no-hall")};
    return *setup.value();
}

Error otherServer(const QString &serverUrl)
{
    return Error{QCoreApplication::translate(
                     "Sync", "This terminal is registered with %1; it syncs with that server only.")
                     .arg(serverUrl),
                 QStringLiteral("other-server")};
}

} // namespace

Result<TerminalInfo> SyncCycle::join(const Database &db, const Clock &clock, SyncClient &client,
                                     const QString &login, const QString &password,
                                     const ServerTrust &trust)
{
    auto setup = hallOf(db);
    if (!setup)
        return setup.error();
    SyncStore store(db, setup->terminal, clock);
    auto state = store.state();
    if (!state)
        return state.error();
    const QString url = client.options().server.toString();
    if (!state->terminalKey.isEmpty())
        return state->serverUrl == url
                   ? Error{QCoreApplication::translate(
                               "Sync", "This terminal is registered with %1 already.")
                               .arg(url),
                           QStringLiteral("registered")}
                   : otherServer(state->serverUrl);
    auto failed = [&store](const Error &error) {
        (void)store.recordOutcome(error.message);
        return error;
    };
    if (auto t = client.login(login, password, std::nullopt); !t)
        return failed(t.error());
    auto joined = TerminalJoin::run(db, store, client, setup.value(), url, trust);
    if (!joined)
        return failed(joined.error());
    return joined.value();
}

Result<SyncCycle::Outcome> SyncCycle::withPassword(const Database &db, const Clock &clock,
                                                   SyncClient &client, const QString &login,
                                                   const QString &password,
                                                   const std::optional<ServerTrust> &trust)
{
    auto setup = hallOf(db);
    if (!setup)
        return setup.error();
    Outcome outcome;
    outcome.terminal = setup->terminal;
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
        return otherServer(state->serverUrl);
    if (state->terminalKey.isEmpty()) {
        auto joined = join(db, clock, client, login, password, trust.value_or(ServerTrust{}));
        if (!joined)
            return joined.error();
        outcome.terminal = joined.value();
        outcome.registeredNow = true;
        store = std::make_unique<SyncStore>(db, outcome.terminal, clock);
        state = store->state();
        if (!state)
            return state.error();
    } else if (trust && *trust != state->trust) {
        if (Status s = store->saveTrust(*trust); !s)
            return s.error();
    } else if (!trust) {
        SyncClient::Options options = client.options();
        state->trust.applyTo(options);
        client.setOptions(options);
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
