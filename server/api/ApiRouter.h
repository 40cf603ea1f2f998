#pragma once

#include "admin/Publications.h"
#include "admin/StaffDirectory.h"
#include "admin/TerminalRegistry.h"
#include "auth/AuthService.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sync/PullService.h"
#include "sync/PushService.h"

#include <functional>

namespace onetrip::server {

class ServerLog;

// /api/v1: parses and checks each request, authenticates it, asks the service and turns
// the result into JSON (docs/api.md). Runs on the HTTP layer's worker threads; it keeps no
// state of its own between requests.
class ApiRouter
{
public:
    ApiRouter(ServerStore &store, const Clock &clock, AuthService::Options auth, ServerLog &log);

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse route(const HttpRequest &request, QString &login);
    HttpResponse respond(const Error &error, const HttpRequest &request);
    Result<Session> session(const HttpRequest &request);

    HttpResponse login(const HttpRequest &request, QString &login);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse push(const HttpRequest &request, const Session &session);
    HttpResponse pull(const HttpRequest &request, const Session &session);
    HttpResponse registerTerminal(const HttpRequest &request, const Session &session);
    HttpResponse halls(const HttpRequest &request, const Session &session);
    HttpResponse users(const HttpRequest &request, const Session &session);
    HttpResponse publications(const HttpRequest &request, const Session &session,
                              const QString &kind);
    HttpResponse changeUser(const HttpRequest &request, const Session &session,
                            const QString &login);

    ServerStore &m_store;
    const Clock &m_clock;
    ServerLog &m_log;
    AuthService m_auth;
    PushService m_push;
    PullService m_pull;
    TerminalRegistry m_terminals;
    StaffDirectory m_staff;
    Publications m_publications;
};

} // namespace onetrip::server
