#pragma once

#include "common/Result.h"
#include "sync/SyncWire.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace onetrip {

// The terminal's HTTP client for the sync API (docs/api.md). Blocking calls with a timeout,
// each in a local event loop: run it on the sync thread, never on the window's. Failures
// name their kind in Error::detail: "network" (no answer, timeout, TLS), "server" (5xx) —
// both worth retrying — or the server's refusal code ("token-expired", "forbidden" …).
class SyncClient
{
public:
    struct Options
    {
        QUrl server; // https://sync.example.gov.cn:8443
        int timeoutMs = 15000;
        QList<QSslCertificate> caCertificates; // trusted in addition to the system's
        QByteArray pinnedSha256;               // hex; set: only that certificate is accepted
    };
    struct Tokens
    {
        QString access;
        QString refresh;
        int expiresIn = 0;
        QJsonObject user; // login, name, role, hall, counter, terminal
    };
    struct Registration
    {
        QString hallCode;
        QString terminalCode;
        QString key;
    };
    struct TerminalProof
    {
        QString hallCode;
        QString terminalCode;
        QString key;
    };

    explicit SyncClient(Options options);
    ~SyncClient();

    Result<Tokens> login(const QString &login, const QString &password,
                         const std::optional<TerminalProof> &terminal);
    Result<Tokens> refresh(const QString &refreshToken);
    Status logout();
    Result<Registration> registerTerminal(const QString &hallCode, const QString &wantedCode);
    Result<SyncWire::PushResponse> push(const SyncWire::PushRequest &request);
    Result<SyncWire::PullResponse> pull(qint64 after, int limit);
    // The catalog or calendar files the server published after `version` ("catalog",
    // "calendar"), oldest first.
    struct Publication
    {
        int version = 0;
        QString name;
        QByteArray content;
        QString sha256;
    };
    Result<QList<Publication>> publications(const QString &kind, int after);

    void setAccessToken(const QString &token) { m_access = token; }
    const Options &options() const { return m_options; }
    // For the requests from now on (the trust kept in the store, once it is read).
    void setOptions(Options options) { m_options = std::move(options); }

    // Whether a failure may pass by itself (network, 5xx): retry with backoff.
    static bool isTransient(const Error &error);
    // A server address as typed (the connect dialog, `onetripctl sync --server`): https, or
    // http to this machine only (tests, a proxy on the same host) — passwords and case data
    // never cross a network unencrypted.
    static Result<QUrl> serverUrl(const QString &typed);

private:
    Result<QByteArray> call(const QByteArray &method, const QString &path,
                            const QByteArray &body = {});
    Result<Tokens> tokens(const QByteArray &body);

    Options m_options;
    QString m_access;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace onetrip
