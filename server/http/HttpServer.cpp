#include "HttpServer.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

namespace onetrip::server {

namespace {

// MHD keeps the header block and its read buffer in this per-connection pool; bodies are
// collected outside it. 64 KiB leaves room for large headers and reads in big slices,
// while 8192 connections still stay well under a gigabyte even if all pools fill.
constexpr size_t ConnectionMemoryLimit = 64 * 1024;

// What one request carries between the access-handler calls of MHD.
struct RequestContext
{
    HttpRequest request;
    bool tooLarge = false;
    bool answering = false; // counted in requestsInFlight()
    qsizetype discarded = 0;
};

QByteArray bytes(const char *data, size_t size)
{
    return data ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString peerOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    QHostAddress address(info->client_addr);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // v4-mapped when listening on "::"
    if (isV4)
        address = QHostAddress(v4);
    return address.toString();
}

} // namespace

struct HttpServer::Impl
{
    HttpServerOptions options;
    Handler handler;
    LogCallback log;
    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;
    std::atomic<int> inFlight{0};
    std::atomic<bool> stopping{false};

    // MHD's messages are kept only while starting, for the error detail: later ones may
    // carry request data and this layer logs nothing about requests.
    std::mutex startLogMutex;
    bool capturingLog = false;
    QString startLog;

    void note(const QString &message) const
    {
        if (log)
            log(message);
    }

    static void mhdLog(void *cls, const char *format, va_list args)
    {
        auto *d = static_cast<Impl *>(cls);
        const std::lock_guard lock(d->startLogMutex);
        if (!d->capturingLog)
            return;
        char text[512];
        std::vsnprintf(text, sizeof text, format, args);
        d->startLog += QString::fromLocal8Bit(text).trimmed() + QLatin1Char(' ');
    }

    static MHD_Result collectValue(void *cls, MHD_ValueKind, const char *key, size_t keySize,
                                   const char *value, size_t valueSize)
    {
        auto *list = static_cast<QList<QPair<QByteArray, QByteArray>> *>(cls);
        list->append({bytes(key, keySize), bytes(value, valueSize)});
        return MHD_YES;
    }

    MHD_Result send(MHD_Connection *connection, const HttpResponse &r, bool close) const
    {
        const bool valid = r.status >= 200 && r.status <= 599;
        const HttpResponse fallback =
            valid ? HttpResponse()
                  : HttpResponse::error(500, QStringLiteral("internal"),
                                        QStringLiteral("The handler gave no valid status."));
        const HttpResponse &out = valid ? r : fallback;
        MHD_Response *response = MHD_create_response_from_buffer(
            size_t(out.body.size()), const_cast<char *>(out.body.constData()),
            MHD_RESPMEM_MUST_COPY);
        if (!response)
            return MHD_NO;
        if (!out.contentType.isEmpty())
            MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE,
                                    out.contentType.constData());
        // MHD refuses the headers it owns (Content-Length, Transfer-Encoding) and bad bytes.
        for (const auto &[name, value] : out.headers)
            MHD_add_response_header(response, name.constData(), value.constData());
        // While stopping, no keep-alive: each connection closes after its response.
        if (close || stopping.load())
            MHD_add_response_header(response, MHD_HTTP_HEADER_CONNECTION, "close");
        const MHD_Result result = MHD_queue_response(connection, unsigned(out.status), response);
        MHD_destroy_response(response);
        return result;
    }

    HttpResponse tooLarge() const
    {
        return HttpResponse::error(
            413, QStringLiteral("body-too-large"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(options.maxBodyBytes));
    }

    // MHD calls this once when the headers are in, once per slice of body, and once at the
    // end of the body; a response can only be queued at the first call or the last.
    MHD_Result access(MHD_Connection *connection, const char *url, const char *method,
                      const char *upload, size_t *uploadSize, void **slot)
    {
        auto *context = static_cast<RequestContext *>(*slot);
        if (!context) {
            context = new RequestContext;
            *slot = context;
            HttpRequest &request = context->request;
            request.method = QByteArray(method);
            request.path = QByteArray(url);
            request.peerAddress = peerOf(connection);
            MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, &collectValue,
                                        &request.query);
            MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &collectValue,
                                        &request.headers);
            for (auto &header : request.headers)
                header.first = std::move(header.first).toLower();
            // Refused before any of the body is read; MHD then closes the connection.
            bool ok = false;
            const qint64 declared = request.header("content-length").toLongLong(&ok);
            if (ok && declared > options.maxBodyBytes)
                return answer(connection, context, tooLarge(), true);
            return MHD_YES;
        }
        if (*uploadSize > 0) {
            const qsizetype size = qsizetype(*uploadSize);
            *uploadSize = 0;
            QByteArray &body = context->request.body;
            if (!context->tooLarge && body.size() + size > options.maxBodyBytes) {
                // Chunked body past the limit: drop it and answer 413 when it ends, but
                // close at once if the client goes on for another limit's worth.
                context->tooLarge = true;
                body = QByteArray();
            }
            if (context->tooLarge) {
                context->discarded += size;
                return context->discarded > options.maxBodyBytes ? MHD_NO : MHD_YES;
            }
            body.append(upload, size);
            return MHD_YES;
        }
        if (context->tooLarge)
            return answer(connection, context, tooLarge(), true);
        context->answering = true;
        inFlight.fetch_add(1);
        HttpResponse response;
        try {
            response = handler(context->request);
        } catch (...) {
            response = HttpResponse::error(500, QStringLiteral("internal"),
                                           QStringLiteral("The server failed on this request."));
        }
        return send(connection, response, false);
    }

    MHD_Result answer(MHD_Connection *connection, RequestContext *context,
                      const HttpResponse &response, bool close)
    {
        context->answering = true;
        inFlight.fetch_add(1);
        return send(connection, response, close);
    }

    static MHD_Result accessCallback(void *cls, MHD_Connection *connection, const char *url,
                                     const char *method, const char *, const char *upload,
                                     size_t *uploadSize, void **slot)
    {
        try {
            return static_cast<Impl *>(cls)->access(connection, url, method, upload, uploadSize,
                                                    slot);
        } catch (...) { // no exception may cross into C; MHD closes the connection
            return MHD_NO;
        }
    }

    static void completed(void *cls, MHD_Connection *, void **slot, MHD_RequestTerminationCode)
    {
        auto *context = static_cast<RequestContext *>(*slot);
        if (!context)
            return;
        if (context->answering)
            static_cast<Impl *>(cls)->inFlight.fetch_sub(1);
        delete context;
        *slot = nullptr;
    }

    // Our own socket, so that a taken port or a foreign address gets its precise reason.
    Result<int> listenSocket(const QHostAddress &address)
    {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (v6) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(options.port);
            const Q_IPV6ADDR raw = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, raw.c, sizeof raw.c);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        } else {
            auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(options.port);
            in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const int fd =
            ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return Result<int>::failure(
                QCoreApplication::translate("HttpServer",
                                            "The server could not open a network socket."),
                QString::fromLocal8Bit(std::strerror(errno)));
        const int on = 1; // restart at once over connections still in TIME_WAIT
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        const QString where = address.toString() + QLatin1Char(':') + QString::number(options.port);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
            ::listen(fd, SOMAXCONN) != 0) {
            const int error = errno;
            ::close(fd);
            QString message;
            if (error == EADDRINUSE)
                message = QCoreApplication::translate(
                    "HttpServer", "The address %1 is already in use: another program, or another "
                                  "copy of the server, is listening there.");
            else if (error == EADDRNOTAVAIL)
                message = QCoreApplication::translate(
                    "HttpServer", "The address %1 does not belong to this machine.");
            else if (error == EACCES)
                message = QCoreApplication::translate(
                    "HttpServer", "Listening on %1 needs more privileges; use a port above 1023.");
            else
                message =
                    QCoreApplication::translate("HttpServer", "The server could not listen on %1.");
            return Result<int>::failure(message.arg(where),
                                        QString::fromLocal8Bit(std::strerror(error)));
        }
        socklen_t boundLength = sizeof storage;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &boundLength) == 0)
            port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                            : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
        return fd;
    }
};

HttpServer::HttpServer(HttpServerOptions options, Handler handler)
    : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    d->handler = std::move(handler);
}

HttpServer::~HttpServer()
{
    stop(std::chrono::milliseconds(0));
}

void HttpServer::setLogCallback(LogCallback log)
{
    d->log = std::move(log);
}

Status HttpServer::start()
{
    if (d->daemon)
        return Status::failure(
            QCoreApplication::translate("HttpServer", "The server is already running."));
    const HttpServerOptions &o = d->options;
    QHostAddress address;
    if (!address.setAddress(o.address))
        return Status::failure(
            QCoreApplication::translate(
                "HttpServer", "The listening address \"%1\" is not an IPv4 or IPv6 address.")
                .arg(o.address));
    const bool https = !o.tlsCertificatePem.isEmpty() || !o.tlsKeyPem.isEmpty();
    if (https && (o.tlsCertificatePem.isEmpty() || o.tlsKeyPem.isEmpty()))
        return Status::failure(QCoreApplication::translate(
            "HttpServer", "HTTPS needs both a certificate and its private key."));
    if (o.threads < 1 || o.maxBodyBytes < 0 || o.maxConnections < 1 ||
        o.connectionTimeoutSeconds < 0)
        return Status::failure(
            QCoreApplication::translate("HttpServer", "The server options are out of range."));

    Result<int> socket = d->listenSocket(address);
    if (!socket)
        return socket.error();
    const int fd = socket.value();

    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    flags |= MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES ? MHD_USE_EPOLL : MHD_USE_AUTO;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        flags |= MHD_USE_IPv6;
    if (https)
        flags |= MHD_USE_TLS;
    MHD_OptionItem tls[] = {
        {MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(o.tlsCertificatePem.constData())},
        {MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(o.tlsKeyPem.constData())},
        {MHD_OPTION_END, 0, nullptr}};
    MHD_OptionItem noTls[] = {{MHD_OPTION_END, 0, nullptr}};

    {
        const std::lock_guard lock(d->startLogMutex);
        d->capturingLog = true;
        d->startLog.clear();
    }
    d->stopping = false;
    d->daemon =
        MHD_start_daemon(flags, 0, nullptr, nullptr, &Impl::accessCallback, d.get(), //
                         MHD_OPTION_EXTERNAL_LOGGER, &Impl::mhdLog, d.get(),         //
                         MHD_OPTION_LISTEN_SOCKET, MHD_socket(fd),                   //
                         MHD_OPTION_THREAD_POOL_SIZE, unsigned(o.threads),           //
                         MHD_OPTION_CONNECTION_LIMIT, unsigned(o.maxConnections),    //
                         MHD_OPTION_CONNECTION_TIMEOUT, unsigned(o.connectionTimeoutSeconds),
                         MHD_OPTION_CONNECTION_MEMORY_LIMIT, ConnectionMemoryLimit, //
                         MHD_OPTION_STRICT_FOR_CLIENT, 1,                           //
                         MHD_OPTION_NOTIFY_COMPLETED, &Impl::completed, d.get(),    //
                         MHD_OPTION_ARRAY, https ? tls : noTls, MHD_OPTION_END);
    QString detail;
    {
        const std::lock_guard lock(d->startLogMutex);
        d->capturingLog = false;
        detail = d->startLog.trimmed();
    }
    if (!d->daemon) {
        ::close(fd);
        return Status::failure(
            https ? QCoreApplication::translate("HttpServer",
                                                "The HTTPS server could not start: check that the "
                                                "certificate and key are valid PEM and belong "
                                                "together.")
                  : QCoreApplication::translate("HttpServer", "The HTTP server could not start."),
            detail);
    }
    d->note(QStringLiteral("HTTP%1 server listening on %2 port %3")
                .arg(https ? QStringLiteral("S") : QString(), address.toString())
                .arg(d->port));
    return Status::success();
}

quint16 HttpServer::port() const
{
    return d->port;
}

bool HttpServer::isHttps() const
{
    return !d->options.tlsCertificatePem.isEmpty();
}

int HttpServer::requestsInFlight() const
{
    return d->inFlight.load();
}

int HttpServer::openConnections() const
{
    if (!d->daemon)
        return 0;
    const MHD_DaemonInfo *info =
        MHD_get_daemon_info(d->daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    return info ? int(info->num_connections) : 0;
}

void HttpServer::stop(std::chrono::milliseconds drain)
{
    if (!d->daemon)
        return;
    d->stopping = true;
    // MHD stops polling the socket; shutting it down makes the kernel refuse new
    // connections (and reset those queued unaccepted) instead of queueing them unanswered.
    const MHD_socket listenFd = MHD_quiesce_daemon(d->daemon);
    if (listenFd != MHD_INVALID_SOCKET)
        ::shutdown(listenFd, SHUT_RDWR);
    const auto deadline = std::chrono::steady_clock::now() + drain;
    while (d->inFlight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const int left = d->inFlight.load();
    // Joins the threads, so a handler still running past the drain is waited for.
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
    if (listenFd != MHD_INVALID_SOCKET) // after a quiesce the socket is ours to close
        ::close(listenFd);
    d->note(left ? QStringLiteral("HTTP server stopped; %1 requests cut off").arg(left)
                 : QStringLiteral("HTTP server stopped"));
}

} // namespace onetrip::server
