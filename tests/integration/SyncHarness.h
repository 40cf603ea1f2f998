#pragma once

#include "TestSupport.h"
#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "demo/CaseGenerator.h"
#include "sync/SyncCycle.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace onetrip::test {

// Where the server under test keeps its data: ONETRIP_TEST_ENGINE=postgres uses a fresh
// database in the throwaway cluster (ONETRIP_TEST_PG, started by the ctest fixture);
// anything else a fresh SQLite file.
class ServerDatabaseFixture
{
public:
    ServerDatabaseFixture();
    QString url() const { return m_url; }
    bool isPostgres() const { return m_postgres; }
    QString error() const { return m_error; }
    // Runs SQL on the server's database from outside (tests that forge or damage data).
    bool exec(const QString &sql, QString *firstValue = nullptr) const;
    // The first row of a query with bound values, as text; empty when there is none.
    QStringList firstRow(const QString &sql, const QVariantList &values = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_url;
    bool m_postgres = false;
    QString m_error;
};

// The real onetrip-server binary ($ONETRIP_SERVER) on a free loopback port. It starts with
// its soft limit of open files raised to the hard limit (at most 65536), whatever ctest
// inherited, so tests may hold thousands of connections to it.
class ServerProcess
{
public:
    explicit ServerProcess(QString databaseUrl, QStringList extraArguments = {});
    ~ServerProcess();
    bool start(); // waits for "listening PORT"
    bool stop();  // SIGTERM; true when it exited 0
    void kill();  // SIGKILL
    // https when started with --tls-cert.
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                        .arg(m_extra.contains(QStringLiteral("--tls-cert"))
                                 ? QStringLiteral("https")
                                 : QStringLiteral("http"))
                        .arg(m_port));
    }
    quint16 port() const { return m_port; }
    QString log() const;
    // A command of the same binary on the same database (hall add, user add …).
    CtlRun command(const QStringList &arguments, const QByteArray &input = {}) const;
    // A hall JNLX with super01 / clerk01 / clerk02 (password "password1"), plus a second
    // hall QTEST with clerk09, an agent agent01 in JNLX and an administrator admin.
    bool bootstrap() const;

private:
    QString m_database;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_log;
};

// One raw HTTP exchange (for what SyncClient does not send: forged tokens, bad bodies).
struct HttpExchange
{
    int status = 0; // 0: no answer
    QByteArray body;
    QString code() const; // error.code of a JSON error body
};
HttpExchange http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QString &token = {});
// Signs in and returns the access token (empty on failure); with `terminal` ({"hall",
// "code", "key"}) the token is that terminal's.
QString signIn(const QUrl &server, const QString &login, const QString &password,
               QString *refreshToken = nullptr, const QJsonObject &terminal = {});

// A real first event of a case as the core writes it on a standalone terminal of hall JNLX
// (demo catalog and data): the pattern of the events tests forge. Empty when it failed.
CaseEvent sampleFirstEvent();

// Gives `e` the next sequence and previous hash of its terminal's chain as the server's
// database holds it, then its hash: a forged event the server takes as the next one. False
// when the server does not know the terminal.
bool continueChain(const ServerDatabaseFixture &database, CaseEvent &e);

inline const QString kPassword = QStringLiteral("password1");

// A headless terminal: its own store with the demo catalog and users, a hall, and sync
// in-process through the same core code the window and onetripctl use.
class Terminal
{
public:
    explicit Terminal(const QString &terminalCode,
                      const QString &hallCode = QStringLiteral("JNLX"));
    const Database &db() const { return m_store.db(); }
    QString path() const { return m_store.path(); }
    TerminalInfo terminal() const;
    Result<CaseGenerator::Report> generate(int cases, quint32 seed);
    Result<SyncCycle::Outcome> sync(const QUrl &server,
                                    const QString &login = QStringLiteral("super01"),
                                    const QString &password = kPassword);
    // Every case projection as text, ordered: equal on two terminals means equal cases.
    QString projections() const;
    qint64 count(const QString &sql) const;

private:
    TempStore m_store;
    SystemClock m_clock;
};

} // namespace onetrip::test
