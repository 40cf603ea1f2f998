#include "sync/OnlineSignIn.h"

#include "auth/UserRepository.h"
#include "cases/HallSettings.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

struct Registration
{
    TerminalInfo terminal;
    SyncStore::State state;
};

std::optional<Registration> registration(const Database &db, const Clock &clock)
{
    auto setup = HallSettings(db).load();
    if (!setup || !setup.value())
        return std::nullopt;
    auto state = SyncStore(db, setup.value()->terminal, clock).state();
    if (!state || state->terminalKey.isEmpty())
        return std::nullopt;
    return Registration{setup.value()->terminal, state.value()};
}

} // namespace

bool OnlineSignIn::available(const Database &db, const Clock &clock)
{
    return registration(db, clock).has_value();
}

Result<User> OnlineSignIn::signIn(const Database &db, const Clock &clock, const QString &login,
                                  const QString &password, int timeoutMs)
{
    const auto r = registration(db, clock);
    if (!r)
        return Error{QCoreApplication::translate("Sync", "This terminal is not connected to a "
                                                         "central server."),
                     QStringLiteral("no-server")};
    SyncClient::Options options;
    options.server = QUrl(r->state.serverUrl);
    r->state.trust.applyTo(options);
    options.timeoutMs = timeoutMs;
    SyncClient client(options);
    auto tokens =
        client.login(login, password,
                     SyncClient::TerminalProof{r->terminal.hallCode, r->terminal.terminalCode,
                                               r->state.terminalKey});
    if (!tokens)
        return tokens.error();
    const auto role = roleFromKey(tokens->user.value(QLatin1String("role")).toString());
    if (!role)
        return Error{QCoreApplication::translate("Sync", "The server's answer could not be read."),
                     QStringLiteral("server")};
    // This sign-in only checks the person; the sync thread signs in for itself.
    (void)client.logout();
    if (Status s = UserRepository(db).remember(
            login, tokens->user.value(QLatin1String("name")).toString(), *role, password);
        !s)
        return s.error();
    return UserRepository(db).authenticate(login, password);
}

} // namespace onetrip
