#pragma once

// A plain blocking HTTP/1.1 client over POSIX sockets for the server tests: what the server
// sees is exactly the bytes written, half requests and abrupt closes included.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace onetrip::test {

struct Reply
{
    int status = 0; // 0: no complete response
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

// A plain blocking TCP client: what the server sees is exactly the bytes written here.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            m_error = errno;
    }
    ~RawClient() { close(); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return m_fd >= 0 && m_error == 0; }
    int error() const { return m_error; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    void resetOnClose() // close() then sends RST, as a crashing client would
    {
        const linger hard{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    bool send(const QByteArray &data)
    {
        for (qsizetype sent = 0; sent < data.size();) {
            const ssize_t n =
                ::send(m_fd, data.data() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    // One response (Content-Length framed, as MHD sends buffers), or what came before EOF.
    Reply read(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        Reply reply;
        while (timer.elapsed() < timeoutMs) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.left(end);
                const qsizetype lengthAt = head.toLower().indexOf("\r\ncontent-length:");
                const qsizetype length =
                    lengthAt < 0
                        ? 0
                        : head.mid(lengthAt + 17, head.indexOf('\r', lengthAt + 2) - lengthAt - 17)
                              .trimmed()
                              .toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    reply.status = head.mid(9, 3).toInt();
                    reply.head = head;
                    reply.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return reply;
                }
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                break;
            m_buffer.append(chunk, n);
        }
        return reply;
    }
    bool closedByPeer(int timeoutMs = 2000)
    {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return false;
        char c;
        return ::recv(m_fd, &c, 1, MSG_DONTWAIT) <= 0;
    }

private:
    int m_fd = -1;
    int m_error = 0;
    QByteArray m_buffer;
};

inline QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

inline Reply exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    RawClient client(port);
    if (!client.connected() || !client.send(request))
        return {};
    return client.read(timeoutMs);
}

// Milliseconds for one request on a fresh connection.
inline double timedGet(quint16 port, const QByteArray &target, int *status)
{
    QElapsedTimer timer;
    timer.start();
    *status = exchange(port, get(target)).status;
    return double(timer.nsecsElapsed()) / 1e6;
}

// From /proc/self/status: "Threads" (count) or "VmRSS" (KiB).
inline qint64 procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace onetrip::test
