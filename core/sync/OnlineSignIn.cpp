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

std::optional<OnlineSignIn::Request> OnlineSignIn::prepare(const Database &db, const Clock &clock,
                                                           const QString &login,
                                                           const QString &password, int timeoutMs)
{
    const auto r = registration(db, clock);
    if (!r)
        return std::nullopt;
    Request request;
    request.options.server = QUrl(r->state.serverUrl);
    r->state.trust.applyTo(request.options);
    request.options.timeoutMs = timeoutMs;
    request.terminal = SyncClient::TerminalProof{r->terminal.hallCode, r->terminal.terminalCode,
                                                 r->state.terminalKey};
    request.login = login;
    request.password = password;
    return request;
}

Result<OnlineSignIn::Answer> OnlineSignIn::ask(const Request &request)
{
    SyncClient client(request.options);
    auto tokens = client.login(request.login, request.password, request.terminal);
    if (!tokens)
        return tokens.error();
    const auto role = roleFromKey(tokens->user.value(QLatin1String("role")).toString());
    if (!role)
        return Error{QCoreApplication::translate("Sync", "The server's answer could not be read."),
                     QStringLiteral("server")};
    // This sign-in only checks the person; the sync thread signs in for itself.
    (void)client.logout();
    return Answer{tokens->user.value(QLatin1String("name")).toString(), *role};
}

Result<User> OnlineSignIn::keep(const Database &db, const Request &request, const Answer &answer)
{
    if (Status s = UserRepository(db).remember(request.login, answer.displayName, answer.role,
                                               request.password);
        !s)
        return s.error();
    return UserRepository(db).authenticate(request.login, request.password);
}

Result<User> OnlineSignIn::signIn(const Database &db, const Clock &clock, const QString &login,
                                  const QString &password, int timeoutMs)
{
    const auto request = prepare(db, clock, login, password, timeoutMs);
    if (!request)
        return Error{QCoreApplication::translate("Sync", "This terminal is not connected to a "
                                                         "central server."),
                     QStringLiteral("no-server")};
    auto answer = ask(*request);
    if (!answer)
        return answer.error();
    return keep(db, *request, answer.value());
}

} // namespace onetrip
