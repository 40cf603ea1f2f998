#include "sync/BackgroundSync.h"

#include "auth/UserRepository.h"
#include "cases/HallSettings.h"
#include "storage/Database.h"
#include "sync/OnlineSignIn.h"
#include "sync/SyncCycle.h"
#include "sync/SyncRun.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>

#include <utility>

namespace onetrip {

BackgroundSync::BackgroundSync(QString storePath, const Clock &clock, int intervalMs,
                               VaultFactory vault)
    : m_storePath(std::move(storePath))
    , m_clock(clock)
    , m_intervalMs(intervalMs)
    , m_vaultFactory(std::move(vault))
{
    qRegisterMetaType<onetrip::BackgroundSync::Status>();
}

BackgroundSync::~BackgroundSync() = default;

bool BackgroundSync::ensureOpen()
{
    if (m_stopped)
        return false;
    if (!m_db) {
        auto db = Database::open(m_storePath);
        if (!db)
            return false;
        m_db = std::move(db).value();
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &BackgroundSync::runCycle);
    }
    return true;
}

BackgroundSync::Status BackgroundSync::read() const
{
    Status s;
    s.running = m_running;
    if (!m_db)
        return s;
    auto setup = HallSettings(*m_db).load();
    if (!setup || !setup.value())
        return s;
    SyncStore store(*m_db, setup.value()->terminal, m_clock);
    auto state = store.state();
    auto counts = store.counts();
    if (state) {
        s.registered = !state->terminalKey.isEmpty();
        s.lastSuccess = state->lastSuccess;
        s.lastError = state->lastError;
    }
    if (counts) {
        s.waiting = counts->waiting;
        s.conflicts = counts->conflicts;
    }
    return s;
}

void BackgroundSync::publish(bool online, const QString &error)
{
    Status s = read();
    s.online = online;
    s.keychainProblem = m_keychainProblem;
    if (!error.isEmpty())
        s.lastError = error;
    Q_EMIT statusChanged(s);
}

void BackgroundSync::whenIdle(std::function<void()> work)
{
    // SyncClient waits for the network in a local event loop, which delivers queued calls to
    // this object: one arriving in the middle of a cycle waits for the cycle's end.
    if (m_running)
        m_deferred << std::move(work);
    else
        work();
}

void BackgroundSync::signIn(const QString &login, const QString &password)
{
    whenIdle([this, login, password] { startSignIn(login, password); });
}

void BackgroundSync::startSignIn(const QString &login, const QString &password)
{
    m_login = login;
    m_password = password;
    m_signedIn = false;
    m_refresh.clear();
    if (ensureOpen()) {
        publish(false, QString());
        kick();
    }
}

void BackgroundSync::join(const QString &serverUrl, const ServerTrust &trust, const QString &login,
                          const QString &password)
{
    whenIdle([this, serverUrl, trust, login, password] {
        startJoin(serverUrl, trust, login, password);
    });
}

void BackgroundSync::startJoin(const QString &serverUrl, const ServerTrust &trust,
                               const QString &login, const QString &password)
{
    if (!ensureOpen()) {
        Q_EMIT joinFinished(
            QCoreApplication::translate("Sync", "The terminal's store could not be opened."),
            QString());
        return;
    }
    SyncClient::Options options;
    options.server = QUrl(serverUrl);
    trust.applyTo(options);
    SyncClient client(options);
    auto joined = SyncCycle::join(*m_db, m_clock, client, login, password, trust);
    if (!joined) {
        publish(false, joined.message());
        Q_EMIT joinFinished(joined.message(), QString());
        return;
    }
    // From now on as any sync: the registration and trust are read from the store.
    m_client.reset();
    m_refresh.clear();
    m_signedIn = false;
    m_failures = 0;
    m_login = login;
    m_password = password;
    Q_EMIT joinFinished(QString(), joined->terminalCode);
    kick();
}

void BackgroundSync::kick()
{
    if (!ensureOpen())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer->start(m_failures ? int(m_retry.delayMs(m_failures)) : 0);
}

void BackgroundSync::stop()
{
    // Called (blocking, from the window's thread) while a cycle may be waiting for the
    // network in SyncClient's local event loop, which delivers this call: the cycle still
    // holds the store and the client then, and lets them go when it returns.
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (!m_running) {
        m_client.reset();
        m_db.reset();
    }
}

QString BackgroundSync::vaultKey() const
{
    // One sign-in per server, terminal and person.
    return m_serverUrl + QLatin1Char('|') + m_terminalKey.left(8) + QLatin1Char('|') + m_login;
}

void BackgroundSync::keepRefresh(const QString &token)
{
    m_refresh = token;
    if (!m_vault)
        return;
    if (onetrip::Status s = m_vault->write(vaultKey(), token); !s)
        m_keychainProblem = QCoreApplication::translate(
                                "Sync", "The sign-in cannot be kept in this computer's keychain "
                                        "(%1); the password is asked at every start.")
                                .arg(s.message());
    else
        m_keychainProblem.clear();
}

bool BackgroundSync::ensureSignedIn(QString &error)
{
    if (m_signedIn)
        return true;
    // The server, its trust and this terminal's proof, as the window's online sign-in reads
    // them; empty while the store is not registered.
    const auto request =
        OnlineSignIn::prepare(*m_db, m_clock, m_login, m_password, SyncClient::Options{}.timeoutMs);
    if (!request)
        return false;
    if (!m_client) {
        m_serverUrl = request->options.server.toString();
        m_terminalKey = request->terminal.key;
        m_client = std::make_unique<SyncClient>(request->options);
        if (m_vaultFactory && !m_vault)
            m_vault = m_vaultFactory();
    }
    // The sign-in kept from an earlier run first: the password need not travel again.
    if (m_refresh.isEmpty() && m_vault) {
        auto kept = m_vault->read(vaultKey());
        if (kept)
            m_refresh = kept.value();
        else
            m_keychainProblem =
                QCoreApplication::translate("Sync", "The sign-in cannot be kept in this computer's "
                                                    "keychain (%1); the password is asked at every "
                                                    "start.")
                    .arg(kept.message());
    }
    if (!m_refresh.isEmpty()) {
        auto renewed = m_client->refresh(m_refresh);
        if (renewed) {
            keepRefresh(renewed->refresh);
            m_signedIn = true;
            return true;
        }
        if (SyncClient::isTransient(renewed.error())) {
            error = renewed.message();
            return false;
        }
        // Revoked or expired: forget it and sign in with the password, if there is one.
        m_refresh.clear();
        if (m_vault)
            (void)m_vault->remove(vaultKey());
        if (m_password.isEmpty()) {
            error = renewed.message();
            Q_EMIT passwordNeeded(renewed.message());
            return false;
        }
    }
    if (m_password.isEmpty())
        return false; // waiting for the user to sign in again
    auto tokens = m_client->login(m_login, m_password, request->terminal);
    if (!tokens) {
        error = tokens.message();
        if (!SyncClient::isTransient(tokens.error())) {
            // Not again with the same password (lockout): wait for signIn().
            m_password.clear();
            Q_EMIT passwordNeeded(tokens.message());
        }
        return false;
    }
    // The server's word on this person: kept for signing in here while offline.
    if (const auto role = roleFromKey(tokens->user.value(QLatin1String("role")).toString()))
        (void)UserRepository(*m_db).remember(
            m_login, tokens->user.value(QLatin1String("name")).toString(), *role, m_password);
    m_password.clear(); // from now on the tokens do
    keepRefresh(tokens->refresh);
    m_signedIn = true;
    return true;
}

void BackgroundSync::runCycle()
{
    if (!m_db || m_login.isEmpty())
        return;
    m_running = true;
    QString error;
    bool online = false;
    qint64 pulled = 0;
    qint64 rejected = 0;
    bool referenceData = false;
    if (ensureSignedIn(error)) {
        auto setup = HallSettings(*m_db).load();
        SyncStore store(*m_db, setup.value()->terminal, m_clock);
        auto report = SyncRun::once(store, *m_client, setup.value()->terminal);
        if (!report && report.error().detail == QLatin1String("token-expired")) {
            m_signedIn = false; // renew and try once more
            if (ensureSignedIn(error))
                report = SyncRun::once(store, *m_client, setup.value()->terminal);
        }
        if (report) {
            online = true;
            pulled = report->pulled;
            rejected = report->rejected;
            referenceData = report->catalogs + report->calendars > 0;
        } else {
            error = report.message();
            online = !SyncClient::isTransient(report.error());
            if (report.error().detail == QLatin1String("unauthorized"))
                m_signedIn = false;
            (void)store.recordOutcome(error);
        }
    }
    m_running = false;
    if (m_stopped) {
        m_deferred.clear();
        m_client.reset();
        m_db.reset();
        return;
    }
    m_failures = error.isEmpty() ? 0 : m_failures + 1;
    publish(online, error);
    if (pulled > 0 || rejected > 0)
        Q_EMIT casesChanged();
    if (referenceData)
        Q_EMIT referenceDataChanged();
    if (m_again) {
        m_again = false;
        m_timer->start(0);
    } else {
        m_timer->start(m_failures ? int(m_retry.delayMs(m_failures)) : m_intervalMs);
    }
    // Last: what they start (a sign-in's kick) goes before the timer set above.
    for (const auto &work : std::exchange(m_deferred, {}))
        work();
}

} // namespace onetrip
