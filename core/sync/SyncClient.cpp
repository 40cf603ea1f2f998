#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace onetrip {

namespace {
// An answer that is not what the API promises: the server's fault, worth a retry.
Error unreadableAnswer()
{
    return Error{QCoreApplication::translate("Sync", "The server's answer could not be read."),
                 QStringLiteral("server")};
}
} // namespace

SyncClient::SyncClient(Options options)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

SyncClient::~SyncClient() = default;

Result<QUrl> SyncClient::serverUrl(const QString &typed)
{
    const QUrl url(typed.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error{
            QCoreApplication::translate(
                "Sync", "Enter the server's address, such as https://sync.example.gov.cn."),
            QStringLiteral("url")};
    const QHostAddress host(url.host());
    const bool local = url.host() == QLatin1String("localhost") || host.isLoopback();
    if (scheme == QLatin1String("http") && !local)
        return Error{QCoreApplication::translate("Sync",
                                                 "Use https:// for a server on another machine: "
                                                 "passwords and case data must not travel "
                                                 "unencrypted."),
                     QStringLiteral("url")};
    return url;
}

bool SyncClient::isTransient(const Error &error)
{
    return error.detail == QLatin1String("network") || error.detail == QLatin1String("server");
}

Result<QByteArray> SyncClient::call(const QByteArray &method, const QString &path,
                                    const QByteArray &body)
{
    QUrl url = m_options.server;
    const int query = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept-Language", "zh-CN");
    if (!m_access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_access.toLatin1());
    request.setTransferTimeout(m_options.timeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty())
            ssl.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(ssl);
    }

    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    bool pinMismatch = false;
    if (!m_options.pinnedSha256.isEmpty()) {
        QObject::connect(reply.get(), &QNetworkReply::encrypted, reply.get(),
                         [&pinMismatch, this, r = reply.get()]() {
                             const QByteArray digest =
                                 r->sslConfiguration().peerCertificate().digest(
                                     QCryptographicHash::Sha256);
                             if (digest.toHex() != m_options.pinnedSha256.toLower()) {
                                 pinMismatch = true;
                                 r->abort();
                             }
                         });
    }
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (pinMismatch)
        return Error{QCoreApplication::translate(
                         "Sync",
                         "The server at %1 did not show the certificate this terminal trusts; "
                         "nothing was sent. Ask the administrator.")
                         .arg(url.host()),
                     QStringLiteral("network")};
    if (status == 0)
        return Error{QCoreApplication::translate(
                         "Sync",
                         "The server at %1 cannot be reached (%2). Work goes on here; it is sent "
                         "when the network is back.")
                         .arg(url.host(), reply->errorString()),
                     QStringLiteral("network")};
    if (status >= 500)
        return Error{
            QCoreApplication::translate(
                "Sync", "The server at %1 has a problem (HTTP %2); it is tried again later.")
                .arg(url.host())
                .arg(status),
            QStringLiteral("server")};
    if (status >= 400) {
        const QJsonObject error =
            QJsonDocument::fromJson(answer).object().value(QLatin1String("error")).toObject();
        const QString code = error.value(QLatin1String("code")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        return Error{message.isEmpty() ? QCoreApplication::translate(
                                             "Sync", "The server refused the request (HTTP %1).")
                                             .arg(status)
                                       : message,
                     code.isEmpty() ? QStringLiteral("http-%1").arg(status) : code};
    }
    return answer;
}

Result<SyncClient::Tokens> SyncClient::tokens(const QByteArray &body)
{
    auto o = SyncWire::parseObject(body);
    if (!o)
        return unreadableAnswer();
    Tokens t{o->value(QLatin1String("accessToken")).toString(),
             o->value(QLatin1String("refreshToken")).toString(),
             o->value(QLatin1String("expiresIn")).toInt(),
             o->value(QLatin1String("user")).toObject()};
    if (t.access.isEmpty() || t.refresh.isEmpty())
        return unreadableAnswer();
    m_access = t.access;
    return t;
}

Result<SyncClient::Tokens> SyncClient::login(const QString &login, const QString &password,
                                             const std::optional<TerminalProof> &terminal)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (terminal)
        body.insert(QStringLiteral("terminal"),
                    QJsonObject{{QStringLiteral("hall"), terminal->hallCode},
                                {QStringLiteral("code"), terminal->terminalCode},
                                {QStringLiteral("key"), terminal->key}});
    m_access.clear();
    auto answer = call("POST", QStringLiteral("/api/v1/login"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    return tokens(answer.value());
}

Result<SyncClient::Tokens> SyncClient::refresh(const QString &refreshToken)
{
    m_access.clear();
    auto answer = call("POST", QStringLiteral("/api/v1/refresh"),
                       QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), refreshToken}})
                           .toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    return tokens(answer.value());
}

Status SyncClient::logout()
{
    auto answer = call("POST", QStringLiteral("/api/v1/logout"), "{}");
    m_access.clear();
    if (!answer)
        return answer.error();
    return {};
}

Result<SyncClient::Registration> SyncClient::registerTerminal(const QString &hallCode,
                                                              const QString &wantedCode)
{
    QJsonObject body{{QStringLiteral("hall"), hallCode}};
    if (!wantedCode.isEmpty())
        body.insert(QStringLiteral("code"), wantedCode);
    auto answer = call("POST", QStringLiteral("/api/v1/terminals"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    auto o = SyncWire::parseObject(answer.value());
    if (!o)
        return unreadableAnswer();
    Registration r{o->value(QLatin1String("hall")).toString(),
                   o->value(QLatin1String("terminal")).toString(),
                   o->value(QLatin1String("key")).toString()};
    if (r.terminalCode.isEmpty() || r.key.isEmpty())
        return unreadableAnswer();
    return r;
}

Result<SyncWire::PushResponse> SyncClient::push(const SyncWire::PushRequest &request)
{
    auto answer = call("POST", QStringLiteral("/api/v1/push"),
                       QJsonDocument(SyncWire::toJson(request)).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    auto r = SyncWire::pushResponseFromJson(answer.value());
    if (!r)
        return Error{r.message(), QStringLiteral("server")};
    return r;
}

Result<SyncWire::PullResponse> SyncClient::pull(qint64 after, int limit)
{
    auto answer =
        call("GET", QStringLiteral("/api/v1/pull?after=%1&limit=%2").arg(after).arg(limit));
    if (!answer)
        return answer.error();
    auto r = SyncWire::pullResponseFromJson(answer.value());
    if (!r)
        return Error{r.message(), QStringLiteral("server")};
    return r;
}

Result<QList<SyncClient::Publication>> SyncClient::publications(const QString &kind, int after)
{
    auto answer =
        call("GET", QStringLiteral("/api/v1/publications/%1?after=%2").arg(kind).arg(after));
    if (!answer)
        return answer.error();
    auto o = SyncWire::parseObject(answer.value());
    if (!o)
        return unreadableAnswer();
    QList<Publication> out;
    for (const QJsonValue &v : o->value(QLatin1String("publications")).toArray()) {
        const QJsonObject p = v.toObject();
        Publication pub{p.value(QLatin1String("version")).toInt(),
                        p.value(QLatin1String("name")).toString(),
                        p.value(QLatin1String("content")).toString().toUtf8(),
                        p.value(QLatin1String("sha256")).toString()};
        // What arrived must be what was published: checked before anything is imported.
        if (pub.version <= after ||
            QCryptographicHash::hash(pub.content, QCryptographicHash::Sha256).toHex() !=
                pub.sha256.toLatin1())
            return unreadableAnswer();
        out << pub;
    }
    return out;
}

} // namespace onetrip
