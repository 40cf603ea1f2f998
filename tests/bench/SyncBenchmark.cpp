// Sync benchmark (docs/performance.md, "Sync (issue 7)"): the real onetrip-server on a
// throwaway PostgreSQL 15 cluster (tests/bench/run_sync_bench.sh starts both), terminal
// stores made by CaseGenerator through the real commands, and the raw engine beside it:
//  1. one terminal's queued events (about 10,000: 2,000 cases) pushed and acknowledged by
//     SyncRun::once through SyncClient over loopback HTTP;
//  2. the rows the server wrote for them (sync_event, case_head) inserted again with libpq
//     into fresh tables of the same schema: prepared INSERTs in one transaction, and COPY;
//  3. 200 terminals, each signed in on its own and pushing batches of 50 real hash-chained
//     events from its own thread with its own SyncClient: 20 halls x 10 terminals back to
//     back, the same terminals paced, and 200 terminals of one hall;
//  4. the server's memory (VmRSS / VmHWM of its process) at rest and under that load.
// Usage: onetrip-bench-sync --pg postgresql://postgres@127.0.0.1:PORT/postgres [options]
// (--help lists them). It prints the figures as Markdown tables.
#include "BenchStats.h"

#include "auth/User.h"
#include "cases/CaseEvent.h"
#include "cases/HallSettings.h"
#include "common/Clock.h"
#include "common/Paths.h"
#include "demo/CaseGenerator.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"
#include "sync/SyncRun.h"
#include "sync/SyncStore.h"
#include "sync/TerminalJoin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <memory>
#include <optional>
#include <random>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace onetrip;
using onetrip::bench::Stats;
using onetrip::bench::stats;

namespace {

const QString kPassword = QStringLiteral("password1");

struct Config
{
    QString pg;     // the cluster's admin URL
    QString server; // the onetrip-server binary
    QString work;   // where the terminal stores go (a temporary directory when empty)
    int cases = 2000;
    int halls = 20;
    int terminalsPerHall = 10;
    int oneHallTerminals = 200;
    int batch = 50;
    int closedBatches = 10; // per terminal, back to back
    int pacedBatches = 6;   // per terminal and pace, one every paceMs
    QList<int> paceMs{5000, 2500, 1250};
    int oneHallBatches = 4;
    int rounds = 3;    // of each raw baseline, per queue run
    int queueRuns = 3; // phases 1 and 2, each on a fresh database and server
    int serverThreads = 0;
    int generators = 2;
    bool nonDurable = true; // the extra line: phase 1 again with synchronous_commit = off
};

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "onetrip-bench-sync: " << what << '\n';
    std::exit(1);
}

void progress(const QString &what)
{
    QTextStream(stderr) << "[" << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << "] "
                        << what << Qt::endl;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// CPU seconds (user + system) a process has used, from /proc/PID/stat; 0 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5): utime and stime in clock ticks.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

// The PostgreSQL cluster's processes (the postmaster's children), their CPU seconds by pid.
qint64 g_postmaster = 0;

QHash<qint64, double> postgresCpu()
{
    QHash<qint64, double> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // Field 4 of stat(5): the parent.
        if (stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(1).toLongLong() == g_postmaster)
            out.insert(pid, cpuSeconds(pid));
    }
    return out;
}

// CPU seconds the cluster's processes used since `before` (processes started since count
// whole).
double postgresCpuSince(const QHash<qint64, double> &before)
{
    double sum = 0;
    const QHash<qint64, double> now = postgresCpu();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        sum += it.value() - before.value(it.key(), 0);
    return sum;
}

double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString withDatabase(const QString &url, const QString &name)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

// ---- The raw engine: PostgreSQL through libpq ----------------------------------------

using Row = QList<std::optional<QByteArray>>;

class Pg
{
public:
    explicit Pg(const QString &url)
        : m_conn(PQconnectdb(url.toUtf8().constData()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            die(QStringLiteral("cannot connect to %1: %2").arg(url, error()));
        exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~Pg() { PQfinish(m_conn); }
    Pg(const Pg &) = delete;
    Pg &operator=(const Pg &) = delete;

    PGconn *get() const { return m_conn; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)); }

    void exec(const QString &sql) const
    {
        PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(r);
        PQclear(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            die(sql.left(80) + QStringLiteral(": ") + error());
    }
    QList<Row> rows(const QString &sql) const
    {
        PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            PQclear(r);
            die(sql.left(80) + QStringLiteral(": ") + error());
        }
        QList<Row> out;
        out.reserve(PQntuples(r));
        for (int i = 0; i < PQntuples(r); ++i) {
            Row row;
            for (int c = 0; c < PQnfields(r); ++c)
                row << (PQgetisnull(r, i, c) ? std::nullopt
                                             : std::optional<QByteArray>(QByteArray(
                                                   PQgetvalue(r, i, c), PQgetlength(r, i, c))));
            out << row;
        }
        PQclear(r);
        return out;
    }
    qint64 number(const QString &sql) const
    {
        const QList<Row> r = rows(sql);
        return r.isEmpty() || !r.first().value(0) ? -1 : r.first().value(0)->toLongLong();
    }

private:
    PGconn *m_conn;
};

const char kEventColumns[] = "hall_code, terminal_code, terminal_seq, id, case_number, actor, at, "
                             "type, payload, base_version, parent_id, prev_hash, hash, state, "
                             "feed_cursor, reject_code, reject_reason, pushed_by, received_at";
const int kEventColumnCount = 19;
const char kHeadColumns[] = "number, hall_code, version, last_event_id, last_terminal, status, "
                            "assigned_agent, updated_at";
const int kHeadColumnCount = 8;

QString placeholders(int n)
{
    QStringList p;
    for (int i = 1; i <= n; ++i)
        p << QStringLiteral("$%1").arg(i);
    return p.join(QStringLiteral(", "));
}

// The mean time of a prepared SELECT 1 through libpq: one loopback round trip.
double roundTripMicros(const Pg &pg, int n = 2000)
{
    PGresult *p = PQprepare(pg.get(), "round_trip", "SELECT 1", 0, nullptr);
    PQclear(p);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        PQclear(PQexecPrepared(pg.get(), "round_trip", 0, nullptr, nullptr, nullptr, 0));
    const double us = double(t.nsecsElapsed()) / 1e3 / n;
    pg.exec(QStringLiteral("DEALLOCATE round_trip"));
    return us;
}

// One INSERT per row through a prepared statement, all rows in one transaction.
double insertRows(const Pg &pg, const QList<Row> &events, const QList<Row> &heads)
{
    QElapsedTimer t;
    t.start();
    pg.exec(QStringLiteral("BEGIN"));
    const auto prepare = [&pg](const char *name, const QString &table, const char *columns, int n) {
        PGresult *r = PQprepare(pg.get(), name,
                                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, QLatin1String(columns), placeholders(n))
                                    .toUtf8()
                                    .constData(),
                                n, nullptr);
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            die(QStringLiteral("prepare: ") + pg.error());
        PQclear(r);
    };
    prepare("raw_event", QStringLiteral("raw.sync_event"), kEventColumns, kEventColumnCount);
    prepare("raw_head", QStringLiteral("raw.case_head"), kHeadColumns, kHeadColumnCount);
    const auto insert = [&pg](const char *name, const QList<Row> &rows) {
        std::vector<const char *> values;
        for (const Row &row : rows) {
            values.clear();
            for (const auto &v : row)
                values.push_back(v ? v->constData() : nullptr);
            PGresult *r = PQexecPrepared(pg.get(), name, int(values.size()), values.data(), nullptr,
                                         nullptr, 0);
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                die(QStringLiteral("insert: ") + pg.error());
            PQclear(r);
        }
    };
    insert("raw_event", events);
    insert("raw_head", heads);
    pg.exec(QStringLiteral("COMMIT"));
    const double ms = double(t.nsecsElapsed()) / 1e6;
    pg.exec(QStringLiteral("DEALLOCATE ALL"));
    return ms;
}

// COPY's text format: tab between columns, \N for NULL, backslash escapes.
QByteArray copyText(const QList<Row> &rows)
{
    QByteArray out;
    for (const Row &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c)
                out += '\t';
            if (!row.at(c)) {
                out += "\\N";
                continue;
            }
            for (const char ch : *row.at(c)) {
                switch (ch) {
                case '\\':
                    out += "\\\\";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                default:
                    out += ch;
                }
            }
        }
        out += '\n';
    }
    return out;
}

// COPY of both tables in one transaction (the text built inside the timing).
double copyRows(const Pg &pg, const QList<Row> &events, const QList<Row> &heads)
{
    QElapsedTimer t;
    t.start();
    pg.exec(QStringLiteral("BEGIN"));
    const auto copy = [&pg](const QString &table, const char *columns, const QList<Row> &rows) {
        PGresult *r = PQexec(pg.get(), QStringLiteral("COPY %1 (%2) FROM STDIN")
                                           .arg(table, QLatin1String(columns))
                                           .toUtf8()
                                           .constData());
        if (PQresultStatus(r) != PGRES_COPY_IN)
            die(QStringLiteral("copy: ") + pg.error());
        PQclear(r);
        const QByteArray text = copyText(rows);
        if (PQputCopyData(pg.get(), text.constData(), int(text.size())) != 1 ||
            PQputCopyEnd(pg.get(), nullptr) != 1)
            die(QStringLiteral("copy data: ") + pg.error());
        while ((r = PQgetResult(pg.get()))) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                die(QStringLiteral("copy end: ") + pg.error());
            PQclear(r);
        }
    };
    copy(QStringLiteral("raw.sync_event"), kEventColumns, events);
    copy(QStringLiteral("raw.case_head"), kHeadColumns, heads);
    pg.exec(QStringLiteral("COMMIT"));
    return double(t.nsecsElapsed()) / 1e6;
}

// ---- The real server process ---------------------------------------------------------

struct LogLine
{
    QString path;
    int status = 0;
    double ms = 0;
    QDateTime at; // when the answer was logged
};

class Server
{
public:
    Server(QString binary, QString database, QString logPath)
        : m_binary(std::move(binary))
        , m_database(std::move(database))
        , m_logPath(std::move(logPath))
    {
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // A command of the same binary on the same database (user add …).
    // Its standard output; dies when it fails.
    QString command(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess p;
        p.start(m_binary, QStringList{QStringLiteral("--database"), m_database,
                                      QStringLiteral("--language"), QStringLiteral("en")} +
                              arguments);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            die(QStringLiteral("onetrip-server %1: %2")
                    .arg(arguments.join(QLatin1Char(' ')),
                         QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    void start(const QStringList &extra)
    {
        m_process.setProgram(m_binary);
        m_process.setArguments(
            QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--language"),
                        QStringLiteral("en"),
                        // 200 terminals sign in from one address within a minute.
                        QStringLiteral("--login-attempts-per-minute"), QStringLiteral("100000"),
                        QStringLiteral("--access-minutes"), QStringLiteral("240")} +
            extra);
        m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start ") + m_binary);
        QDeadlineTimer deadline(30000);
        QByteArray out;
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const int at = out.indexOf("listening ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                m_port =
                    quint16(out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toUInt());
                m_pid = m_process.processId();
                return;
            }
        }
        die(QStringLiteral("the server did not start; see ") + m_logPath);
    }

    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000) || m_process.exitCode() != 0)
            die(QStringLiteral("the server did not stop cleanly; see ") + m_logPath);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    qint64 pid() const { return m_pid; } // cached: read from the load threads too
    QPair<double, double> memory() const { return bench::memoryMiB(pid()); }
    // Starts VmHWM again from the current RSS (Linux: "5" to clear_refs).
    bool resetPeak() const
    {
        QFile f(QStringLiteral("/proc/%1/clear_refs").arg(pid()));
        return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
    }

    qint64 logSize() const { return QFileInfo(m_logPath).size(); }
    // The request lines the server logged after `offset`.
    QList<LogLine> requestsSince(qint64 offset) const
    {
        QFile f(m_logPath);
        QList<LogLine> out;
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("msg")).toString() != QLatin1String("request"))
                continue;
            out << LogLine{
                o.value(QLatin1String("path")).toString(), o.value(QLatin1String("status")).toInt(),
                o.value(QLatin1String("ms")).toDouble(),
                QDateTime::fromString(o.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs)};
        }
        return out;
    }

private:
    QString m_binary, m_database, m_logPath;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

// One blocking JSON request (administration: halls, staff).
QJsonObject call(const QUrl &server, const QString &path, const QJsonObject &body,
                 const QString &token = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status < 200 || status >= 300)
        die(QStringLiteral("POST %1: HTTP %2 %3")
                .arg(path)
                .arg(status)
                .arg(QString::fromUtf8(answer)));
    return QJsonDocument::fromJson(answer).object();
}

// ---- Terminal stores made by CaseGenerator -------------------------------------------

HallInfo hallInfo(const QString &code)
{
    HallInfo hall = DemoData::demoHall().hall;
    hall.code = code;
    return hall;
}

QString clerkOf(const QString &hall)
{
    return hall == QLatin1String("JNLX") ? QStringLiteral("clerk01")
                                         : QStringLiteral("clerk-") + hall.toLower();
}

// The demo catalog, calendar and users in one store, copied for every terminal.
QString makeTemplate(const QString &dir)
{
    const QString path = dir + QStringLiteral("/template.sqlite");
    SystemClock clock;
    auto db = Database::open(path);
    if (!db)
        die(db.error().message + db.error().detail);
    (void)db.value()->exec(QStringLiteral("PRAGMA synchronous = OFF"));
    if (Status s = DemoData::ensure(*db.value(), Paths::dataDirectory(), clock); !s)
        die(s.describe());
    return path;
}

struct Generated
{
    qint64 cases = 0;
    qint64 events = 0;
};

// A store of one hall's terminals (the first is the store's own): the template, its hall,
// `cases` cases spread over the terminals (generated data: synchronous = OFF while writing,
// as `onetripctl generate`). Each terminal's events are its own hash chain.
Generated makeStore(const QString &templatePath, const QString &path, const QString &hall,
                    const QStringList &terminals, qint64 cases, quint32 seed)
{
    QFile::remove(path);
    if (!QFile::copy(templatePath, path))
        die(QStringLiteral("cannot copy the template store to ") + path);
    auto db = Database::open(path);
    if (!db)
        die(db.error().message + db.error().detail);
    (void)db.value()->exec(QStringLiteral("PRAGMA synchronous = OFF"));
    if (Status s = HallSettings(*db.value()).save(hallInfo(hall), terminals.constFirst()); !s)
        die(s.describe());
    CaseGenerator::Options o;
    o.cases = cases;
    o.seed = seed;
    o.ownTerminal = terminals.constFirst();
    o.otherTerminals = terminals.mid(1);
    o.terminals = int(terminals.size());
    o.from = QDate(2026, 11, 2);
    o.to = QDate(2026, 11, 27);
    o.supervisor = SupervisorApproval{QStringLiteral("super01"), DemoData::demoPassword(), {}};
    const User clerk{0, clerkOf(hall), QStringLiteral("张敏"), Role::Clerk};
    auto report = CaseGenerator::run(*db.value(), hallInfo(hall), clerk, o);
    if (!report)
        die(report.error().message + report.error().detail);
    SystemClock clock;
    auto counts = SyncStore(*db.value(), {hall, terminals.constFirst()}, clock).counts();
    return {report->cases, counts ? counts->waiting : 0};
}

// ---- Phase 1: one terminal's queue through SyncRun -----------------------------------

struct QueueFigures
{
    qint64 cases = 0, events = 0, pushed = 0, rejected = 0, pulled = 0;
    double syncRunSeconds = 0; // SyncRun::once: push everything, then pull the feed
    double pushSeconds = 0;    // from its start to the first pull reaching the server
    int pushRequests = 0, pullRequests = 0;
    double serverPushMs = 0, serverPullMs = 0; // the server's handler time, summed
    double serverCpu = 0, postgresCpu = 0;     // CPU seconds during SyncRun::once
};

QueueFigures pushQueue(Server &server, const QString &storePath, qint64 cases)
{
    QueueFigures f;
    f.cases = cases;
    SystemClock clock;
    auto db = Database::open(storePath); // the terminal's durable settings again
    if (!db)
        die(db.error().message);
    auto setup = HallSettings(*db.value()).load();
    if (!setup || !setup.value())
        die(QStringLiteral("no hall in the store"));
    auto store = std::make_unique<SyncStore>(*db.value(), setup.value()->terminal, clock);
    f.events = store->counts().value().waiting;

    SyncClient::Options options;
    options.server = server.url();
    options.timeoutMs = 120000;
    SyncClient client(options);
    // Joining and signing in (Argon2id) are not part of the figure.
    if (auto t = client.login(QStringLiteral("admin"), kPassword, std::nullopt); !t)
        die(t.message());
    auto terminal = TerminalJoin::run(*db.value(), *store, client, *setup.value(),
                                      server.url().toString(), ServerTrust{});
    if (!terminal)
        die(terminal.message());
    store = std::make_unique<SyncStore>(*db.value(), terminal.value(), clock);
    const QString key = store->state().value().terminalKey;
    if (auto t = client.login(
            clerkOf(terminal->hallCode), kPassword,
            SyncClient::TerminalProof{terminal->hallCode, terminal->terminalCode, key});
        !t)
        die(t.message());

    const qint64 offset = server.logSize();
    const QHash<qint64, double> postgres0 = postgresCpu();
    const double server0 = cpuSeconds(server.pid());
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    auto report = SyncRun::once(*store, client, terminal.value());
    f.syncRunSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.serverCpu = cpuSeconds(server.pid()) - server0;
    f.postgresCpu = postgresCpuSince(postgres0);
    if (!report)
        die(QStringLiteral("SyncRun: ") + report.message());
    f.pushed = report->pushed;
    f.rejected = report->rejected;
    f.pulled = report->pulled;
    QThread::msleep(100); // the last log line
    std::optional<QDateTime> firstPull;
    for (const LogLine &l : server.requestsSince(offset)) {
        if (l.path == QLatin1String("/api/v1/push")) {
            ++f.pushRequests;
            f.serverPushMs += l.ms;
        } else if (l.path == QLatin1String("/api/v1/pull")) {
            ++f.pullRequests;
            f.serverPullMs += l.ms;
            if (!firstPull)
                firstPull = l.at.addMSecs(-qint64(l.ms));
        }
    }
    f.pushSeconds = firstPull ? double(started.msecsTo(*firstPull)) / 1000.0 : f.syncRunSeconds;
    if (store->counts().value().waiting != 0)
        die(QStringLiteral("events still waiting after SyncRun"));
    return f;
}

// ---- Phase 3: many terminals, each on its own thread ---------------------------------

struct LoadTerminal
{
    QString hall, code, key, token;
    QList<QList<CaseEvent>> batches;
    int next = 0; // the next batch to push
};

// Runs fn(i) for i in [0, n) on n threads at once; returns when all are done.
template <typename Fn>
void onThreads(int n, Fn fn, const std::function<void()> &whileWaiting = {})
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back(QThread::create([i, &fn] { fn(i); }));
        threads.back()->start();
    }
    for (auto &t : threads) {
        while (!t->wait(20)) {
            if (whileWaiting)
                whileWaiting();
        }
    }
}

struct LoadFigures
{
    int terminals = 0, halls = 0;
    qint64 batches = 0, events = 0;
    int failures = 0;
    QString firstFailure;
    double seconds = 0;
    Stats client;        // per push batch, as the terminal sees it (SyncClient::push)
    Stats server;        // the same pushes, the server's handler time (its log)
    double rssMax = 0;   // MiB, sampled every 20 ms
    double hwm = 0;      // MiB, VmHWM after the run (reset before it)
    double rssStart = 0; // MiB, before
    // CPU seconds used during the run by the simulated terminals (this process), the server
    // and PostgreSQL's processes: all on the same two cores.
    double cpuTerminals = 0, cpuServer = 0, cpuPostgres = 0;
};

// Every terminal pushes `batches` of its next batches: back to back (paceMs 0) or one
// every paceMs from a random phase (late ones go at once).
LoadFigures pushLoad(Server &server, QList<LoadTerminal> &terminals, int batches, int paceMs)
{
    LoadFigures f;
    f.terminals = int(terminals.size());
    QSet<QString> halls;
    for (const LoadTerminal &t : std::as_const(terminals))
        halls.insert(t.hall);
    f.halls = int(halls.size());
    std::latch ready(terminals.size() + 1);
    std::latch go(1);
    QMutex mutex;
    QList<double> latencies;
    std::atomic<qint64> events = 0, pushes = 0;
    std::atomic<int> failures = 0;
    std::atomic<qint64> lastDoneNs = 0;
    QElapsedTimer clock;
    const QUrl url = server.url();

    const auto terminal = [&](int i) {
        LoadTerminal &t = terminals[i];
        SyncClient::Options options;
        options.server = url;
        options.timeoutMs = 120000;
        SyncClient client(options);
        client.setAccessToken(t.token);
        // Connect before the start (a terminal keeps its connection open between syncs).
        if (auto warm = client.pull(1'000'000'000, 1); !warm)
            die(QStringLiteral("warm-up: ") + warm.message());
        std::mt19937 rng(quint32(i) * 7919u + 17u);
        const int phase = paceMs > 0 ? std::uniform_int_distribution<int>(0, paceMs - 1)(rng) : 0;
        ready.count_down();
        go.wait();
        QList<double> mine;
        const qint64 startNs = clock.nsecsElapsed();
        for (int b = 0; b < batches && t.next < t.batches.size(); ++b, ++t.next) {
            if (paceMs > 0) {
                const qint64 due = startNs + (qint64(phase) + qint64(b) * paceMs) * 1'000'000;
                const qint64 wait = due - clock.nsecsElapsed();
                if (wait > 0)
                    std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
            }
            const QList<CaseEvent> &batch = t.batches.at(t.next);
            for (int attempt = 1;; ++attempt) {
                const qint64 before = clock.nsecsElapsed();
                auto answer = client.push({t.hall, t.code, batch});
                const double ms = double(clock.nsecsElapsed() - before) / 1e6;
                bool good = bool(answer) &&
                            answer->terminalSequence == batch.constLast().terminalSequence &&
                            answer->results.size() == batch.size();
                if (good) {
                    for (const auto &r : std::as_const(answer->results))
                        good = good && r.outcome == SyncWire::PushResult::Outcome::Applied;
                }
                if (good) {
                    mine << ms;
                    events += batch.size();
                    ++pushes;
                    break;
                }
                QMutexLocker lock(&mutex);
                if (failures++ == 0)
                    f.firstFailure = answer ? QStringLiteral("not all applied")
                                            : answer.message() + QStringLiteral(" (") +
                                                  answer.error().detail + QLatin1Char(')');
                if (attempt == 5)
                    die(QStringLiteral("%1 %2: push failed 5 times: %3")
                            .arg(t.hall, t.code, f.firstFailure));
                lock.unlock();
                QThread::msleep(200);
            }
        }
        qint64 done = clock.nsecsElapsed();
        for (qint64 seen = lastDoneNs;
             done > seen && !lastDoneNs.compare_exchange_weak(seen, done);)
            ;
        QMutexLocker lock(&mutex);
        latencies += mine;
    };

    const qint64 offset = server.logSize();
    const QHash<qint64, double> postgres0 = postgresCpu();
    const double cpu0[] = {ownCpuSeconds(), cpuSeconds(server.pid())};
    std::thread starter([&] {
        ready.arrive_and_wait();
        server.resetPeak();
        clock.start();
        go.count_down();
    });
    f.rssStart = server.memory().first;
    onThreads(int(terminals.size()), terminal,
              [&] { f.rssMax = std::max(f.rssMax, server.memory().first); });
    starter.join();
    f.cpuTerminals = ownCpuSeconds() - cpu0[0];
    f.cpuServer = cpuSeconds(server.pid()) - cpu0[1];
    f.cpuPostgres = postgresCpuSince(postgres0);
    f.seconds = double(lastDoneNs) / 1e9;
    f.hwm = server.memory().second;
    f.events = events;
    f.batches = pushes;
    f.failures = failures;
    f.client = stats(latencies);
    QThread::msleep(100);
    QList<double> serverMs;
    for (const LogLine &l : server.requestsSince(offset)) {
        if (l.path == QLatin1String("/api/v1/push") && l.status == 200)
            serverMs << l.ms;
    }
    f.server = stats(serverMs);
    return f;
}

QString loadRow(const QString &name, const LoadFigures &f)
{
    return QStringLiteral("| %1 | %2 × %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
        .arg(name)
        .arg(f.halls)
        .arg(f.terminals / std::max(1, f.halls))
        .arg(f.events)
        .arg(fmt(f.seconds, 2))
        .arg(fmt(double(f.events) / f.seconds, 0))
        .arg(fmt(f.client.p50, 1))
        .arg(fmt(f.client.p95, 1))
        .arg(fmt(f.client.p99, 1))
        .arg(fmt(f.server.p99, 1));
}

// Phases 1 and 2 on a database and server of their own: the queue through SyncRun, then
// the raw engine inserting the rows the server wrote, `rounds` times each way.
struct QueueRun
{
    QueueFigures q;
    QList<double> insertMs, copyMs; // per round
    qsizetype eventRows = 0, headRows = 0;
    QPair<double, double> atRest, after; // server VmRSS, VmHWM (MiB)
    QString audit;                       // onetrip-server audit verify, after the push
};

std::unique_ptr<Server> freshServer(const Config &c, const Pg &admin, const QString &name,
                                    const QString &dir, const QStringList &settings = {});
void addHall(const Server &server, const QString &token, const QString &hall);
QString adminToken(const Server &server);

QueueRun queueRun(const Config &c, const Pg &admin, const QString &name, const QString &work,
                  const QString &pristine, qint64 cases, const QStringList &settings, int rounds)
{
    QueueRun run;
    auto server = freshServer(c, admin, name, work, settings);
    QThread::msleep(500);
    run.atRest = server->memory();
    addHall(*server, adminToken(*server), QStringLiteral("JNLX"));
    // The terminal's store as generated, before any sync.
    const QString store = work + QStringLiteral("/") + name + QStringLiteral(".sqlite");
    QFile::remove(store);
    if (!QFile::copy(pristine, store))
        die(QStringLiteral("cannot copy the queue store"));
    run.q = pushQueue(*server, store, cases);
    run.after = server->memory();
    server->stop();
    // Every stored event hashed again and its chain followed: what the rows hold is sound.
    run.audit = server->command({QStringLiteral("audit"), QStringLiteral("verify")});
    QFile::remove(store);

    const Pg pg(withDatabase(c.pg, name));
    const QList<Row> eventRows =
        pg.rows(QStringLiteral("SELECT %1 FROM sync_event WHERE hall_code = 'JNLX' ORDER BY "
                               "terminal_seq")
                    .arg(QLatin1String(kEventColumns)));
    const QList<Row> headRows =
        pg.rows(QStringLiteral("SELECT %1 FROM case_head WHERE hall_code = 'JNLX' ORDER BY number")
                    .arg(QLatin1String(kHeadColumns)));
    run.eventRows = eventRows.size();
    run.headRows = headRows.size();
    if (rounds == 0)
        return run;
    pg.exec(QStringLiteral("DROP SCHEMA IF EXISTS raw CASCADE"));
    pg.exec(QStringLiteral("CREATE SCHEMA raw"));
    // The same columns, defaults, checks and indexes (INCLUDING ALL), and the same foreign
    // keys (LIKE does not copy those).
    pg.exec(QStringLiteral("CREATE TABLE raw.sync_event (LIKE public.sync_event INCLUDING ALL)"));
    pg.exec(QStringLiteral("ALTER TABLE raw.sync_event ADD FOREIGN KEY (hall_code, "
                           "terminal_code) REFERENCES public.terminal (hall_code, code)"));
    pg.exec(QStringLiteral("CREATE TABLE raw.case_head (LIKE public.case_head INCLUDING ALL)"));
    pg.exec(QStringLiteral("ALTER TABLE raw.case_head ADD FOREIGN KEY (hall_code) REFERENCES "
                           "public.hall (code)"));
    for (int r = 0; r < rounds; ++r) {
        pg.exec(QStringLiteral("TRUNCATE raw.sync_event, raw.case_head"));
        pg.exec(QStringLiteral("CHECKPOINT"));
        run.insertMs << insertRows(pg, eventRows, headRows);
        pg.exec(QStringLiteral("TRUNCATE raw.sync_event, raw.case_head"));
        pg.exec(QStringLiteral("CHECKPOINT"));
        run.copyMs << copyRows(pg, eventRows, headRows);
    }
    if (pg.number(QStringLiteral("SELECT count(*) FROM raw.sync_event")) != eventRows.size())
        die(QStringLiteral("raw copy incomplete"));
    pg.exec(QStringLiteral("DROP SCHEMA raw CASCADE"));
    return run;
}

double median(QList<double> v)
{
    return stats(std::move(v)).p50;
}

Config parse(const QStringList &args)
{
    Config c;
    c.server = QStringLiteral(ONETRIP_SERVER_BINARY);
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString v = args.value(i + 1);
        const auto number = [&](int &out) {
            bool ok = false;
            out = v.toInt(&ok);
            if (!ok || out < 0)
                die(a + QStringLiteral(" needs a number"));
            ++i;
        };
        if (a == QLatin1String("--pg"))
            c.pg = v, ++i;
        else if (a == QLatin1String("--server"))
            c.server = v, ++i;
        else if (a == QLatin1String("--work"))
            c.work = v, ++i;
        else if (a == QLatin1String("--cases"))
            number(c.cases);
        else if (a == QLatin1String("--halls"))
            number(c.halls);
        else if (a == QLatin1String("--terminals-per-hall"))
            number(c.terminalsPerHall);
        else if (a == QLatin1String("--one-hall-terminals"))
            number(c.oneHallTerminals);
        else if (a == QLatin1String("--batch"))
            number(c.batch);
        else if (a == QLatin1String("--batches"))
            number(c.closedBatches);
        else if (a == QLatin1String("--paced-batches"))
            number(c.pacedBatches);
        else if (a == QLatin1String("--pace-ms")) {
            c.paceMs.clear();
            for (const QString &p : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                c.paceMs << std::max(1, p.toInt());
            ++i;
        } else if (a == QLatin1String("--one-hall-batches"))
            number(c.oneHallBatches);
        else if (a == QLatin1String("--rounds"))
            number(c.rounds);
        else if (a == QLatin1String("--queue-runs"))
            number(c.queueRuns);
        else if (a == QLatin1String("--server-threads"))
            number(c.serverThreads);
        else if (a == QLatin1String("--generators"))
            number(c.generators);
        else if (a == QLatin1String("--no-extra"))
            c.nonDurable = false;
        else {
            QTextStream(stdout)
                << "Usage: onetrip-bench-sync --pg postgresql://postgres@127.0.0.1:PORT/postgres\n"
                   "  [--server BIN] [--work DIR] [--cases 2000] [--halls 20]\n"
                   "  [--terminals-per-hall 10] [--one-hall-terminals 200] [--batch 50]\n"
                   "  [--batches 10] [--paced-batches 6] [--pace-ms 5000,2500,1250]\n"
                   "  [--one-hall-batches 4] [--rounds 3] [--queue-runs 3] [--server-threads N]\n"
                   "  [--generators 2] [--no-extra]\n";
            std::exit(a == QLatin1String("--help") ? 0 : 2);
        }
    }
    if (c.pg.isEmpty())
        die(QStringLiteral("give the PostgreSQL cluster with --pg URL (see --help)"));
    return c;
}

// A fresh database with the administrator, and the server on it.
std::unique_ptr<Server> freshServer(const Config &c, const Pg &admin, const QString &name,
                                    const QString &dir, const QStringList &settings)
{
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    admin.exec(QStringLiteral("CREATE DATABASE ") + name);
    for (const QString &s : settings)
        admin.exec(QStringLiteral("ALTER DATABASE %1 SET %2").arg(name, s));
    auto server =
        std::make_unique<Server>(c.server, withDatabase(c.pg, name),
                                 dir + QStringLiteral("/") + name + QStringLiteral(".log"));
    server->command({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                     QStringLiteral("admin"), QStringLiteral("管理员")},
                    kPassword.toUtf8() + '\n');
    QStringList extra;
    if (c.serverThreads > 0)
        extra << QStringLiteral("--threads") << QString::number(c.serverThreads);
    server->start(extra);
    return server;
}

QString adminToken(const Server &server)
{
    return call(server.url(), QStringLiteral("/api/v1/login"),
                {{QStringLiteral("login"), QStringLiteral("admin")},
                 {QStringLiteral("password"), kPassword}})
        .value(QLatin1String("accessToken"))
        .toString();
}

void addHall(const Server &server, const QString &token, const QString &hall)
{
    call(server.url(), QStringLiteral("/api/v1/halls"),
         {{QStringLiteral("code"), hall}, {QStringLiteral("name"), hallInfo(hall).name}}, token);
    call(server.url(), QStringLiteral("/api/v1/users"),
         {{QStringLiteral("login"), clerkOf(hall)},
          {QStringLiteral("name"), QStringLiteral("张敏")},
          {QStringLiteral("role"), QStringLiteral("clerk")},
          {QStringLiteral("hall"), hall},
          {QStringLiteral("password"), kPassword}},
         token);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Config c = parse(app.arguments());
    QTemporaryDir temporary;
    const QString work = c.work.isEmpty() ? temporary.path() : c.work;
    QDir().mkpath(work);
    QTextStream out(stdout);
    const Pg admin(c.pg);
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(PQbackendPID(admin.get())));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("PPid:"))
                    g_postmaster = line.mid(5).trimmed().toLongLong();
            }
        }
    }
    out << "PostgreSQL: "
        << admin.rows(QStringLiteral("SELECT version()")).value(0).value(0).value_or("?") << '\n';
    out << "settings: fsync="
        << admin.rows(QStringLiteral("SHOW fsync")).value(0).value(0).value_or("?")
        << ", synchronous_commit="
        << admin.rows(QStringLiteral("SHOW synchronous_commit")).value(0).value(0).value_or("?")
        << ", wal_sync_method="
        << admin.rows(QStringLiteral("SHOW wal_sync_method")).value(0).value(0).value_or("?")
        << '\n';

    // ---- the stores, before any server runs: generated data costs no server time
    QElapsedTimer timer;
    timer.start();
    progress(QStringLiteral("template store (demo catalog, calendar, users)"));
    const QString templatePath = makeTemplate(work);
    progress(QStringLiteral("one terminal, %1 cases").arg(c.cases));
    const QString queueStore = work + QStringLiteral("/jnlx-t01.sqlite");
    const Generated queue = makeStore(templatePath, queueStore, QStringLiteral("JNLX"),
                                      {QStringLiteral("T01")}, c.cases, 1);
    // A copy as it was before syncing, for the extra line.
    const QString queueCopy = work + QStringLiteral("/jnlx-t01-copy.sqlite");
    QFile::remove(queueCopy);
    QFile::copy(queueStore, queueCopy);
    progress(QStringLiteral("%1 cases, %2 events in %3 s")
                 .arg(queue.cases)
                 .arg(queue.events)
                 .arg(fmt(double(timer.elapsed()) / 1000.0)));

    // The load's terminals: one store per hall holds its terminals' events (each terminal
    // its own chain), read into memory and cut into batches; the stores are then removed.
    QList<LoadTerminal> spread, oneHall;
    for (int h = 1; h <= c.halls; ++h) {
        for (int t = 1; t <= c.terminalsPerHall; ++t)
            spread << LoadTerminal{QStringLiteral("H%1").arg(h, 2, 10, QLatin1Char('0')),
                                   QStringLiteral("T%1").arg(t, 2, 10, QLatin1Char('0')),
                                   {},
                                   {},
                                   {},
                                   0};
    }
    for (int t = 1; t <= c.oneHallTerminals; ++t)
        oneHall << LoadTerminal{QStringLiteral("H00"),
                                QStringLiteral("T%1").arg(t, 3, 10, QLatin1Char('0')),
                                {},
                                {},
                                {},
                                0};
    const int spreadBatches = c.closedBatches + c.pacedBatches * int(c.paceMs.size());
    const int oneHallBatches = c.oneHallBatches + c.pacedBatches;
    {
        struct Job
        {
            QList<LoadTerminal *> terminals;
            int batches = 0; // each terminal needs
        };
        QList<Job> jobs{{{}, oneHallBatches}}; // the largest first
        for (LoadTerminal &t : oneHall)
            jobs.first().terminals << &t;
        for (LoadTerminal &t : spread) {
            if (jobs.last().terminals.isEmpty() || jobs.last().terminals.first()->hall != t.hall)
                jobs << Job{{}, spreadBatches};
            jobs.last().terminals << &t;
        }
        progress(QStringLiteral("%1 terminals in %2 stores on %3 threads")
                     .arg(spread.size() + oneHall.size())
                     .arg(jobs.size())
                     .arg(c.generators));
        std::atomic<int> nextJob = 0;
        std::atomic<qint64> cases = 0, events = 0;
        QElapsedTimer t;
        t.start();
        onThreads(std::max(1, c.generators), [&](int) {
            SystemClock clock;
            for (int j; (j = nextJob++) < jobs.size();) {
                const Job &job = jobs.at(j);
                if (job.terminals.isEmpty())
                    continue;
                const QString hall = job.terminals.first()->hall;
                QStringList codes;
                for (const LoadTerminal *term : job.terminals)
                    codes << term->code;
                const int needed = job.batches * c.batch;
                const QString path = work + QStringLiteral("/%1.sqlite").arg(hall.toLower());
                // About 5.4 events a case; a few more cases than needed.
                const Generated g =
                    makeStore(templatePath, path, hall, codes,
                              qint64(codes.size()) * (needed / 4 + 4), quint32(1000 + j));
                cases += g.cases;
                auto db = Database::open(path);
                if (!db)
                    die(db.error().message);
                for (LoadTerminal *term : job.terminals) {
                    auto pending =
                        SyncStore(*db.value(), {hall, term->code}, clock).pending(needed);
                    if (!pending || pending->size() < needed)
                        die(QStringLiteral("%1 %2: fewer events than needed")
                                .arg(hall, term->code));
                    for (qsizetype i = 0; i < pending->size(); i += c.batch)
                        term->batches << pending->mid(i, c.batch);
                    events += needed;
                }
                db.value().reset();
                QFile::remove(path); // the events are in memory now
            }
        });
        progress(QStringLiteral("%1 cases in %2 s; %3 events to push")
                     .arg(cases.load())
                     .arg(fmt(double(t.elapsed()) / 1000.0))
                     .arg(events.load()));
    }

    // ---- 1 and 2, a few times: the machine is shared, the ratio is what counts
    // The per-row INSERT baseline is one round trip a row: what a round trip cost at the
    // time says how much of its swing between runs is the machine.
    const double roundTrip = roundTripMicros(admin);
    QList<QueueRun> queueRuns;
    for (int r = 1; r <= std::max(1, c.queueRuns); ++r) {
        progress(QStringLiteral("1+2. run %1: SyncRun of %2 queued events, then raw libpq")
                     .arg(r)
                     .arg(queue.events));
        queueRuns << queueRun(c, admin, QStringLiteral("onetrip_bench_queue%1").arg(r), work,
                              queueCopy, queue.cases, {}, c.rounds);
    }
    std::optional<QueueRun> nonDurable;
    if (c.nonDurable) {
        progress(QStringLiteral("extra: phase 1 with synchronous_commit = off"));
        nonDurable = queueRun(c, admin, QStringLiteral("onetrip_bench_async"), work, queueCopy,
                              queue.cases, {QStringLiteral("synchronous_commit = off")}, 0);
    }

    // ---- the server for the terminals
    auto server = freshServer(c, admin, QStringLiteral("onetrip_bench"), work);
    QThread::msleep(1000);
    const auto atRest = server->memory();
    const QString token = adminToken(*server);
    QStringList halls{QStringLiteral("H00")};
    for (const LoadTerminal &t : std::as_const(spread)) {
        if (!halls.contains(t.hall))
            halls << t.hall;
    }
    progress(QStringLiteral("%1 halls with their clerks").arg(halls.size()));
    for (const QString &h : std::as_const(halls))
        addHall(*server, token, h);
    const Pg pg(withDatabase(c.pg, QStringLiteral("onetrip_bench")));

    // ---- 3. 200 terminals
    progress(QStringLiteral("3. registering %1 terminals").arg(spread.size() + oneHall.size()));
    {
        SyncClient::Options options;
        options.server = server->url();
        SyncClient registrar(options);
        registrar.setAccessToken(token);
        for (QList<LoadTerminal> *list : {&spread, &oneHall}) {
            for (LoadTerminal &t : *list) {
                auto r = registrar.registerTerminal(t.hall, t.code);
                if (!r)
                    die(r.message());
                t.key = r->key;
            }
        }
    }
    // Each terminal signs in on its own (password and terminal key, Argon2id on the
    // server), all of a group at once, as a hall's terminals do when it opens.
    const auto signIn = [&server](QList<LoadTerminal> &group) {
        LoadFigures f;
        f.terminals = int(group.size());
        server->resetPeak();
        QElapsedTimer t;
        t.start();
        onThreads(
            int(group.size()),
            [&](int i) {
                LoadTerminal &term = group[i];
                SyncClient::Options options;
                options.server = server->url();
                options.timeoutMs = 300000;
                SyncClient client(options);
                auto tokens =
                    client.login(clerkOf(term.hall), kPassword,
                                 SyncClient::TerminalProof{term.hall, term.code, term.key});
                if (!tokens)
                    die(QStringLiteral("sign-in %1 %2: %3")
                            .arg(term.hall, term.code, tokens.message()));
                term.token = tokens->access;
            },
            [&] { f.rssMax = std::max(f.rssMax, server->memory().first); });
        f.seconds = double(t.elapsed()) / 1000.0;
        f.hwm = server->memory().second;
        return f;
    };
    progress(QStringLiteral("sign-ins of %1 terminals at once").arg(spread.size()));
    const LoadFigures signIns = signIn(spread);
    QList<std::pair<QString, LoadFigures>> loads;
    progress(QStringLiteral("3a. %1 terminals over %2 halls, back to back")
                 .arg(spread.size())
                 .arg(c.halls));
    loads << std::pair{QStringLiteral("back to back"),
                       pushLoad(*server, spread, c.closedBatches, 0)};
    for (const int pace : c.paceMs) {
        progress(QStringLiteral("3b. the same, one batch every %1 ms each").arg(pace));
        loads << std::pair{QStringLiteral("paced: a batch every %1 s each").arg(fmt(pace / 1000.0)),
                           pushLoad(*server, spread, c.pacedBatches, pace)};
    }
    progress(QStringLiteral("sign-ins of %1 terminals of one hall").arg(oneHall.size()));
    signIn(oneHall);
    progress(QStringLiteral("3c. %1 terminals of one hall, back to back").arg(oneHall.size()));
    loads << std::pair{QStringLiteral("one hall, back to back"),
                       pushLoad(*server, oneHall, c.oneHallBatches, 0)};
    if (!c.paceMs.isEmpty()) {
        const int pace = c.paceMs.first();
        progress(QStringLiteral("3d. one hall, one batch every %1 ms each").arg(pace));
        loads << std::pair{
            QStringLiteral("one hall, paced: a batch every %1 s each").arg(fmt(pace / 1000.0)),
            pushLoad(*server, oneHall, c.pacedBatches, pace)};
    }
    const auto afterLoad = server->memory();

    qint64 expected = 0;
    for (const auto &[name, f] : std::as_const(loads))
        expected += f.events;
    const qint64 applied =
        pg.number(QStringLiteral("SELECT count(*) FROM sync_event WHERE state = 'applied'"));
    server->stop();

    // ---- the figures
    out << "loopback round trip to PostgreSQL (prepared SELECT 1, before phase 1): "
        << fmt(roundTrip, 1) << " us\n";
    const QueueFigures &q = queueRuns.first().q;
    out << "\n## 1. One terminal's queue through SyncRun (loopback HTTP, PostgreSQL), "
        << queueRuns.size() << " runs, each on a fresh database and server\n\n";
    out << "cases " << q.cases << ", queued events " << q.events << ", applied " << q.pushed
        << ", rejected " << q.rejected << ", push batches " << q.pushRequests << " of up to "
        << SyncRun::kBatch << ", pulled back " << q.pullRequests << " pages\n\n";
    out << "| run | pushed and acknowledged s (SyncRun's push half) | events/s | whole "
           "SyncRun::once s (then pulls the feed: the same events back) | server push handler "
           "s (its log) |\n|---|---|---|---|---|\n";
    QList<double> pushS, runS, handlerS, insertS, copyS, insertRatio, copyRatio;
    for (qsizetype r = 0; r < queueRuns.size(); ++r) {
        const QueueRun &run = queueRuns.at(r);
        pushS << run.q.pushSeconds;
        runS << run.q.syncRunSeconds;
        handlerS << run.q.serverPushMs / 1000.0;
        insertS << median(run.insertMs) / 1000.0;
        copyS << median(run.copyMs) / 1000.0;
        insertRatio << 100.0 * insertS.last() / handlerS.last();
        copyRatio << 100.0 * copyS.last() / handlerS.last();
        out << "| " << r + 1 << " | " << fmt(run.q.pushSeconds, 2) << " | "
            << fmt(double(run.q.events) / run.q.pushSeconds, 0) << " | "
            << fmt(run.q.syncRunSeconds, 2) << " | " << fmt(handlerS.last(), 2) << " |\n";
    }
    out << "| **median** | **" << fmt(median(pushS), 2) << "** | "
        << fmt(double(q.events) / median(pushS), 0) << " | " << fmt(median(runS), 2) << " | "
        << fmt(median(handlerS), 2) << " |\n";
    if (nonDurable)
        out << "| extra, not durable (synchronous_commit = off) | "
            << fmt(nonDurable->q.pushSeconds, 2) << " | "
            << fmt(double(nonDurable->q.events) / nonDurable->q.pushSeconds, 0) << " | "
            << fmt(nonDurable->q.syncRunSeconds, 2) << " | "
            << fmt(nonDurable->q.serverPushMs / 1000.0, 2) << " |\n";
    out << "budget push+ack <= 5 s: " << (median(pushS) <= 5.0 ? "met" : "MISSED") << '\n';
    out << "onetrip-server audit verify after run 1: " << queueRuns.first().audit << '\n';
    out << "CPU seconds during SyncRun::once, server process / PostgreSQL processes:";
    for (const QueueRun &run : std::as_const(queueRuns))
        out << ' ' << fmt(run.q.serverCpu, 2) << " / " << fmt(run.q.postgresCpu, 2) << " (of "
            << fmt(run.q.syncRunSeconds, 2) << " s);";
    out << '\n';

    out << "\n## 2. Server ingest beside raw PostgreSQL, the same rows ("
        << queueRuns.first().eventRows << " sync_event + " << queueRuns.first().headRows
        << " case_head), raw: median of " << c.rounds << " rounds per run\n\n";
    out << "| run | raw: prepared INSERT per row, one transaction, s | raw: COPY, one "
           "transaction, s | server push handler s | server as % of INSERT | server as % of "
           "COPY | end to end as % of INSERT |\n|---|---|---|---|---|---|---|\n";
    for (qsizetype r = 0; r < queueRuns.size(); ++r)
        out << "| " << r + 1 << " | " << fmt(insertS.at(r), 3) << " | " << fmt(copyS.at(r), 3)
            << " | " << fmt(handlerS.at(r), 3) << " | " << fmt(insertRatio.at(r), 0) << "% | "
            << fmt(copyRatio.at(r), 0) << "% | " << fmt(100.0 * insertS.at(r) / pushS.at(r), 0)
            << "% |\n";
    QList<double> endToEnd;
    for (qsizetype r = 0; r < queueRuns.size(); ++r)
        endToEnd << 100.0 * insertS.at(r) / pushS.at(r);
    out << "| **median** | " << fmt(median(insertS), 3) << " ("
        << fmt(double(queueRuns.first().eventRows) / median(insertS), 0) << " events/s) | "
        << fmt(median(copyS), 3) << " ("
        << fmt(double(queueRuns.first().eventRows) / median(copyS), 0) << " events/s) | "
        << fmt(median(handlerS), 3) << " ("
        << fmt(double(queueRuns.first().eventRows) / median(handlerS), 0) << " events/s) | **"
        << fmt(median(insertRatio), 0) << "%** | " << fmt(median(copyRatio), 0) << "% | "
        << fmt(median(endToEnd), 0) << "% |\n";
    for (qsizetype r = 0; r < queueRuns.size(); ++r) {
        out << "run " << r + 1 << " raw rounds, INSERT ms:";
        for (const double ms : queueRuns.at(r).insertMs)
            out << ' ' << fmt(ms, 0);
        out << "; COPY ms:";
        for (const double ms : queueRuns.at(r).copyMs)
            out << ' ' << fmt(ms, 0);
        out << '\n';
    }
    out << "budget server >= 50% of raw INSERTs: "
        << (median(insertRatio) >= 50.0 ? "met" : "MISSED") << '\n';

    out << "\n## 3. Terminals pushing concurrently (batches of " << c.batch
        << ", each terminal its own sign-in, thread and SyncClient)\n\n";
    out << "sign-ins: " << signIns.terminals << " terminals at once in " << fmt(signIns.seconds, 1)
        << " s (Argon2id), server RSS max " << fmt(signIns.rssMax, 0) << " MiB, VmHWM "
        << fmt(signIns.hwm, 0) << " MiB\n\n";
    out << "| load | halls × terminals | events | seconds | events/s | p50 ms | p95 ms | p99 ms "
           "| server p99 ms |\n|---|---|---|---|---|---|---|---|---|\n";
    for (const auto &[name, f] : std::as_const(loads))
        out << loadRow(name, f);
    for (const auto &[name, f] : std::as_const(loads))
        out << name << ": " << f.batches << " batches, failures " << f.failures
            << (f.firstFailure.isEmpty() ? QString()
                                         : QStringLiteral(" (") + f.firstFailure + QLatin1Char(')'))
            << ", server p50/p95 " << fmt(f.server.p50) << "/" << fmt(f.server.p95)
            << " ms, client max " << fmt(f.client.max) << " ms, CPU s terminals/server/"
            << "PostgreSQL " << fmt(f.cpuTerminals) << "/" << fmt(f.cpuServer) << "/"
            << fmt(f.cpuPostgres) << " in " << fmt(f.seconds) << " s, p99 <= 200 ms "
            << (f.client.p99 <= 200 ? "met" : "MISSED") << '\n';

    out << "\n## 4. Server memory (onetrip-server process, /proc/PID/status)\n\n";
    out << "| when | VmRSS MiB | VmHWM MiB |\n|---|---|---|\n";
    out << "| terminals' server at rest after start | " << fmt(atRest.first) << " | "
        << fmt(atRest.second) << " |\n";
    out << "| queue run 1: at rest, then after its " << q.events << " events | "
        << fmt(queueRuns.first().atRest.first) << ", " << fmt(queueRuns.first().after.first)
        << " | " << fmt(queueRuns.first().atRest.second) << ", "
        << fmt(queueRuns.first().after.second) << " |\n";
    out << "| " << signIns.terminals << " sign-ins at once (peak reset before) | "
        << fmt(signIns.rssMax) << " (max) | " << fmt(signIns.hwm) << " |\n";
    for (const auto &[name, f] : std::as_const(loads))
        out << "| under load: " << name << " (peak reset before) | " << fmt(f.rssMax) << " (max) | "
            << fmt(f.hwm) << " |\n";
    out << "| after the load | " << fmt(afterLoad.first) << " | " << fmt(afterLoad.second)
        << " |\n";

    out << "\nchecks: applied events on the server " << applied << ", pushed " << expected << ": "
        << (applied == expected ? "equal" : "DIFFERENT") << '\n';
    return applied == expected ? 0 : 1;
}
