#pragma once

#include "common/Clock.h"
#include "sync/RetryPolicy.h"
#include "sync/ServerTrust.h"
#include "sync/SyncClient.h"
#include "sync/TokenVault.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace onetrip {

class Database;

// The window's sync, on its own thread (moveToThread, then call the slots through queued
// connections): the window never waits for the network. Opens its own connection to the
// store (one per thread), signs in once with the password the user just typed (then keeps
// only the tokens, renewing them as they expire), and syncs after each commit (kick), on a
// timer, and again with backoff and jitter after a network error or 5xx.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        bool registered = false; // this store is registered with a server
        bool online = false;     // the last attempt reached the server
        bool running = false;
        qint64 waiting = 0;
        qint64 conflicts = 0;
        QString lastSuccess; // ISO time; empty: never
        QString lastError;   // translated; empty after a success
        // Set when the sign-in cannot be kept in the keychain (then the password is needed
        // at every start); translated.
        QString keychainProblem;
    };
    using VaultFactory = std::function<std::unique_ptr<TokenVault>()>;

    // `vault` is called on the sync thread, once (QtKeychain jobs belong to their thread);
    // without one the sign-in lasts as long as the program.
    BackgroundSync(QString storePath, const Clock &clock, int intervalMs = 30000,
                   VaultFactory vault = {});
    ~BackgroundSync() override;

public Q_SLOTS:
    // After the window's sign-in; the password is used for the server sign-in and dropped.
    void signIn(const QString &login, const QString &password);
    // The window's "connect to server": a standalone store joins `serverUrl` with `login`
    // (a supervisor of the hall or an administrator), who then syncs as before signIn().
    // Answers with joinFinished.
    void join(const QString &serverUrl, const onetrip::ServerTrust &trust, const QString &login,
              const QString &password);
    // Something was committed: sync soon.
    void kick();
    void stop();

Q_SIGNALS:
    void statusChanged(const onetrip::BackgroundSync::Status &status);
    // Cases changed here from the server (pulled, or rebuilt after a conflict).
    void casesChanged();
    // A catalog or calendar published by the server was imported: read them again.
    void referenceDataChanged();
    // The server no longer takes the sign-in: the user must give the password again.
    void passwordNeeded(const QString &why);
    // The answer to join(): `error` empty on success (translated otherwise); the terminal's
    // code, which may be the one the server assigned.
    void joinFinished(const QString &error, const QString &terminalCode);

private:
    void runCycle();
    void whenIdle(std::function<void()> work);
    void startSignIn(const QString &login, const QString &password);
    void startJoin(const QString &serverUrl, const ServerTrust &trust, const QString &login,
                   const QString &password);
    void publish(bool online, const QString &error);
    Status read() const;
    bool ensureOpen();
    bool ensureSignedIn(QString &error);

    QString vaultKey() const;
    void keepRefresh(const QString &token);

    QString m_storePath;
    const Clock &m_clock;
    int m_intervalMs;
    VaultFactory m_vaultFactory;
    std::unique_ptr<TokenVault> m_vault;
    QString m_keychainProblem;
    QString m_serverUrl;
    QString m_terminalKey;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncClient> m_client;
    QString m_login;
    QString m_password; // only until the first successful server sign-in
    QString m_refresh;
    bool m_signedIn = false;
    int m_failures = 0;
    RetryPolicy m_retry{RetryPolicy::Options{}};
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_again = false;
    bool m_stopped = false;                  // stop() came: no new cycle, nothing opened again
    QList<std::function<void()>> m_deferred; // calls that came in during a cycle
};

} // namespace onetrip

Q_DECLARE_METATYPE(onetrip::BackgroundSync::Status)
