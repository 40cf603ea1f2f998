#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace onetrip::server {

struct HttpServerOptions
{
    QString address = QStringLiteral("127.0.0.1"); // IPv4 or IPv6 literal, or "0.0.0.0"
    quint16 port = 0;                              // 0: any free port; port() tells which
    int threads = 8;                               // event-loop threads; handlers run on them
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int connectionTimeoutSeconds = 30; // inactivity
    int maxConnections = 8192;
    QByteArray tlsCertificatePem, tlsKeyPem; // both set: HTTPS
};

// HTTP/1.1 server on libmicrohttpd: a few event-loop threads (epoll) serve every connection,
// so idle and slow clients cost a file descriptor and a little memory, not a thread. The
// handler runs on the connection's event-loop thread: while it blocks, the other
// connections of that thread wait, so size `threads` for the handlers' blocking time.
class HttpServer
{
public:
    // Called on the event-loop threads, concurrently, once per request with the full body.
    // An exception becomes a 500 {"error":{"code":"internal"}}.
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Start and stop only; never anything about a request or a client.
    using LogCallback = std::function<void(const QString &)>;

    HttpServer(HttpServerOptions options, Handler handler);
    ~HttpServer(); // stop(0)
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    void setLogCallback(LogCallback log);

    // Fails with a clear message when the address is wrong or taken, or the TLS material
    // cannot be loaded.
    Status start();
    quint16 port() const;
    bool isHttps() const;
    // Requests being answered: handler running or response still going out. Uploads still
    // arriving are not counted: stop() does not wait for them.
    int requestsInFlight() const;
    // Open connections, idle ones included.
    int openConnections() const;

    // Graceful stop: refuses new connections at once, lets the requests in flight finish and
    // their responses go out (with Connection: close) for up to `drain`, then closes all.
    // MHD_stop_daemon joins the threads, so a handler still running after `drain` is waited
    // for; only its response is lost.
    void stop(std::chrono::milliseconds drain = std::chrono::seconds(10));

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace onetrip::server
