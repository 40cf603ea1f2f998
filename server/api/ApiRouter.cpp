#include "api/ApiRouter.h"

#include "api/ApiError.h"
#include "auth/Permissions.h"
#include "service/ServerLog.h"
#include "store/ServerDatabase.h"
#include "store/ServerMigrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace onetrip::server {

namespace {

HttpResponse ok(const QJsonObject &body)
{
    return HttpResponse::json(200, body);
}

// A string field of a request body; empty with `present` false when missing or not text.
QString field(const QJsonObject &o, const char *name, bool &valid, int maxLength = 200)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString() || v.toString().size() > maxLength) {
        valid = false;
        return {};
    }
    return v.toString();
}

QJsonObject sessionJson(const Session &s)
{
    return {{QStringLiteral("login"), s.login},      {QStringLiteral("name"), s.displayName},
            {QStringLiteral("role"), toKey(s.role)}, {QStringLiteral("hall"), s.hallCode},
            {QStringLiteral("counter"), s.counter},  {QStringLiteral("terminal"), s.terminalCode}};
}

QJsonObject tokensJson(const AuthService::Tokens &t)
{
    return {{QStringLiteral("accessToken"), t.access},
            {QStringLiteral("refreshToken"), t.refresh},
            {QStringLiteral("expiresIn"), t.expiresIn},
            {QStringLiteral("user"), sessionJson(t.session)}};
}

} // namespace

ApiRouter::ApiRouter(ServerStore &store, const Clock &clock, AuthService::Options auth,
                     ServerLog &log)
    : m_store(store)
    , m_clock(clock)
    , m_log(log)
    , m_auth(store, clock, auth)
    , m_push(store, clock)
    , m_pull(store)
    , m_terminals(store, clock)
    , m_staff(store, clock)
    , m_publications(store, clock)
{
}

HttpResponse ApiRouter::handle(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QString login;
    HttpResponse response = route(request, login);
    // No query string, body or token in the log: paths and logins only.
    m_log.write(response.status >= 500 ? ServerLog::Level::Warning : ServerLog::Level::Info,
                QStringLiteral("request"),
                {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                 {QStringLiteral("path"), QString::fromUtf8(request.path.left(100))},
                 {QStringLiteral("status"), response.status},
                 {QStringLiteral("ms"), double(timer.nsecsElapsed() / 10000) / 100.0},
                 {QStringLiteral("login"), login}});
    return response;
}

HttpResponse ApiRouter::respond(const Error &error, const HttpRequest &request)
{
    const int status = ApiError::statusOf(error.detail);
    if (status)
        return HttpResponse::error(status, error.detail, error.message);
    m_log.error(QStringLiteral("fault"),
                {{QStringLiteral("path"), QString::fromUtf8(request.path.left(100))},
                 {QStringLiteral("detail"), error.detail.left(300)}});
    return HttpResponse::error(503, QStringLiteral("unavailable"), error.message);
}

Result<Session> ApiRouter::session(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return ApiError::make(ApiError::Unauthorized,
                              QCoreApplication::translate("Server", "Sign in first."));
    return m_auth.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
}

HttpResponse ApiRouter::route(const HttpRequest &request, QString &login)
{
    const QByteArray &path = request.path;
    const QByteArray &method = request.method;
    if (!path.startsWith("/api/v1/"))
        return HttpResponse::error(
            404, QStringLiteral("not-found"),
            QCoreApplication::translate("Server",
                                        "There is nothing at this address; the API is under "
                                        "/api/v1/."));
    const QByteArray name = path.mid(8);
    if (name == "health" && method == "GET") {
        auto db = m_store.local();
        auto version = db ? ServerMigrations::currentVersion(*db.value()) : Result<int>(db.error());
        if (!version)
            return respond(version.error(), request);
        return ok({{QStringLiteral("status"), QStringLiteral("ok")},
                   {QStringLiteral("version"), QStringLiteral(ONETRIP_VERSION)},
                   {QStringLiteral("schema"), version.value()}});
    }
    if (name == "login" && method == "POST")
        return this->login(request, login);
    if (name == "refresh" && method == "POST")
        return refresh(request);

    auto s = session(request);
    if (!s)
        return respond(s.error(), request);
    login = s->login;
    if (name == "logout" && method == "POST") {
        if (Status done = m_auth.logout(s.value()); !done)
            return respond(done.error(), request);
        return ok({{QStringLiteral("status"), QStringLiteral("signed-out")}});
    }
    if (name == "me" && method == "GET")
        return ok(sessionJson(s.value()));
    if (name == "push" && method == "POST")
        return push(request, s.value());
    if (name == "pull" && method == "GET")
        return pull(request, s.value());
    if (name == "terminals" && method == "POST")
        return registerTerminal(request, s.value());
    if (name == "halls")
        return halls(request, s.value());
    if (name == "users")
        return users(request, s.value());
    if (name.startsWith("publications/"))
        return publications(request, s.value(), QString::fromUtf8(name.mid(13)));
    if (name.startsWith("users/") && method == "PATCH")
        return changeUser(request, s.value(), QString::fromUtf8(name.mid(6)));
    return HttpResponse::error(
        404, QStringLiteral("not-found"),
        QCoreApplication::translate("Server", "There is no %1 %2 in this API.")
            .arg(QString::fromLatin1(method.left(10)), QString::fromUtf8(path.left(100))));
}

HttpResponse ApiRouter::login(const HttpRequest &request, QString &login)
{
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    login = field(body.value(), "login", valid, 64);
    const QString password = field(body.value(), "password", valid, 200);
    std::optional<AuthService::TerminalProof> terminal;
    if (body->contains(QLatin1String("terminal"))) {
        const QJsonObject t = body->value(QLatin1String("terminal")).toObject();
        terminal = AuthService::TerminalProof{
            field(t, "hall", valid, 12), field(t, "code", valid, 4), field(t, "key", valid, 100)};
    }
    if (!valid || login.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "Send login and password as text (and terminal as hall, "
                                        "code and key)."));
    auto tokens = m_auth.login(login, password, terminal, request.peerAddress);
    if (!tokens)
        return respond(tokens.error(), request);
    return ok(tokensJson(tokens.value()));
}

HttpResponse ApiRouter::refresh(const HttpRequest &request)
{
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    const QString token = field(body.value(), "refreshToken", valid, 100);
    if (!valid || token.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server", "Send refreshToken as text."));
    auto tokens = m_auth.refresh(token);
    if (!tokens)
        return respond(tokens.error(), request);
    return ok(tokensJson(tokens.value()));
}

HttpResponse ApiRouter::push(const HttpRequest &request, const Session &session)
{
    QList<QByteArray> payloadTexts;
    auto parsed = SyncWire::pushRequestFromJson(request.body, &payloadTexts);
    if (!parsed)
        return HttpResponse::error(400, QStringLiteral("bad-request"), parsed.message());
    auto response = m_push.push(session, parsed.value(), payloadTexts);
    if (!response)
        return respond(response.error(), request);
    return ok(SyncWire::toJson(response.value()));
}

HttpResponse ApiRouter::pull(const HttpRequest &request, const Session &session)
{
    bool okAfter = true;
    bool okLimit = true;
    const QByteArray afterText = request.queryValue("after");
    const QByteArray limitText = request.queryValue("limit");
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
    const int limit = limitText.isEmpty() ? PullService::kDefaultLimit : limitText.toInt(&okLimit);
    if (!okAfter || !okLimit || after < 0 || limit < 1)
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "after and limit must be whole numbers (after ≥ 0, limit "
                                        "≥ 1)."));
    auto response = m_pull.pull(session, after, limit);
    if (!response)
        return respond(response.error(), request);
    return ok(SyncWire::toJson(response.value()));
}

HttpResponse ApiRouter::registerTerminal(const HttpRequest &request, const Session &session)
{
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    const QString hall = field(body.value(), "hall", valid, 12);
    const QString code =
        body->contains(QLatin1String("code")) ? field(body.value(), "code", valid, 8) : QString();
    if (!valid || hall.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "Send hall (and code, to keep a terminal's own code) as "
                                        "text."));
    auto r = m_terminals.registerTerminal(session, hall, code);
    if (!r)
        return respond(r.error(), request);
    return ok({{QStringLiteral("hall"), r->hallCode},
               {QStringLiteral("terminal"), r->terminalCode},
               {QStringLiteral("key"), r->key}});
}

HttpResponse ApiRouter::halls(const HttpRequest &request, const Session &session)
{
    if (request.method == "GET") {
        auto list = m_staff.halls();
        if (!list)
            return respond(list.error(), request);
        QJsonArray out;
        for (const auto &h : list.value()) {
            if (session.role == Role::Admin || h.code == session.hallCode)
                out.append(StaffDirectory::toJson(h));
        }
        return ok({{QStringLiteral("halls"), out}});
    }
    if (request.method != "POST")
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QCoreApplication::translate("Server", "Use GET or POST."));
    if (!Permissions::mayManageStaff(session.role))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server", "Only an administrator may add halls."));
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    StaffDirectory::Hall h{
        field(body.value(), "code", valid, 12), field(body.value(), "name", valid, 100), {}, {}};
    if (body->contains(QLatin1String("address")))
        h.address = field(body.value(), "address", valid, 200);
    if (body->contains(QLatin1String("phone")))
        h.phone = field(body.value(), "phone", valid, 40);
    if (!valid)
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "Send code and name (and address, phone) as text."));
    if (Status s = m_staff.addHall(h); !s)
        return respond(s.error(), request);
    return HttpResponse::json(201, StaffDirectory::toJson(h));
}

HttpResponse ApiRouter::users(const HttpRequest &request, const Session &session)
{
    if (!Permissions::mayManageStaff(session.role))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server", "Only an administrator manages staff."));
    if (request.method == "GET") {
        auto list = m_staff.members(QString::fromUtf8(request.queryValue("hall")));
        if (!list)
            return respond(list.error(), request);
        QJsonArray out;
        for (const auto &m : list.value())
            out.append(StaffDirectory::toJson(m));
        return ok({{QStringLiteral("users"), out}});
    }
    if (request.method != "POST")
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QCoreApplication::translate("Server", "Use GET or POST."));
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    StaffDirectory::Member m;
    m.login = field(body.value(), "login", valid, 32);
    m.displayName = field(body.value(), "name", valid, 64);
    const auto role = roleFromKey(field(body.value(), "role", valid, 16));
    if (body->contains(QLatin1String("hall")))
        m.hallCode = field(body.value(), "hall", valid, 12);
    if (body->contains(QLatin1String("counter")))
        m.counter = field(body.value(), "counter", valid, 16);
    const QString password = field(body.value(), "password", valid, 200);
    if (!valid || !role)
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "Send login, name, role (clerk, agent, supervisor, admin), "
                                        "hall, counter and password as text."));
    m.role = *role;
    if (Status s = m_staff.addMember(m, password); !s)
        return respond(s.error(), request);
    return HttpResponse::json(201, StaffDirectory::toJson(m));
}

HttpResponse ApiRouter::publications(const HttpRequest &request, const Session &session,
                                     const QString &kind)
{
    if (request.method == "POST") {
        const QString name = QString::fromUtf8(request.queryValue("name"));
        auto p = m_publications.publish(
            session, kind, name.isEmpty() ? kind + QStringLiteral(".json") : name, request.body);
        if (!p)
            return respond(p.error(), request);
        return HttpResponse::json(201, {{QStringLiteral("kind"), p->kind},
                                        {QStringLiteral("version"), p->version},
                                        {QStringLiteral("sha256"), p->sha256}});
    }
    if (request.method != "GET")
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QCoreApplication::translate("Server", "Use GET or POST."));
    bool valid = true;
    const QByteArray afterText = request.queryValue("after");
    const int after = afterText.isEmpty() ? 0 : afterText.toInt(&valid);
    if (!valid || after < 0)
        return HttpResponse::error(400, QStringLiteral("bad-request"),
                                   QCoreApplication::translate("Server", "after must be a whole "
                                                                         "number ≥ 0."));
    auto list = m_publications.after(kind, after);
    if (!list)
        return respond(list.error(), request);
    QJsonArray out;
    for (const auto &p : list.value())
        out.append(QJsonObject{{QStringLiteral("version"), p.version},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("sha256"), p.sha256},
                               {QStringLiteral("content"), QString::fromUtf8(p.content)}});
    return ok({{QStringLiteral("kind"), kind}, {QStringLiteral("publications"), out}});
}

HttpResponse ApiRouter::changeUser(const HttpRequest &request, const Session &session,
                                   const QString &login)
{
    if (!Permissions::mayManageStaff(session.role))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server", "Only an administrator manages staff."));
    auto body = SyncWire::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, QStringLiteral("bad-request"), body.message());
    bool valid = true;
    StaffDirectory::Change c;
    const QJsonObject &o = body.value();
    if (o.contains(QLatin1String("name")))
        c.displayName = field(o, "name", valid, 64);
    if (o.contains(QLatin1String("role"))) {
        c.role = roleFromKey(field(o, "role", valid, 16));
        valid = valid && c.role.has_value();
    }
    if (o.contains(QLatin1String("hall")))
        c.hallCode = field(o, "hall", valid, 12);
    if (o.contains(QLatin1String("counter")))
        c.counter = field(o, "counter", valid, 16);
    if (o.contains(QLatin1String("password")))
        c.password = field(o, "password", valid, 200);
    if (o.contains(QLatin1String("active"))) {
        valid = valid && o.value(QLatin1String("active")).isBool();
        c.active = o.value(QLatin1String("active")).toBool();
    }
    if (!valid)
        return HttpResponse::error(
            400, QStringLiteral("bad-request"),
            QCoreApplication::translate("Server",
                                        "name, role, hall, counter and password are text; active "
                                        "is true or false."));
    if (Status s = m_staff.change(login, c); !s)
        return respond(s.error(), request);
    return ok({{QStringLiteral("status"), QStringLiteral("changed")}});
}

} // namespace onetrip::server
