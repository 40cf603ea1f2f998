// Bad input against the real onetrip-server process, over raw sockets: malformed and
// truncated JSON, wrong types, bodies over the limit, SQL metacharacters in every text field,
// invalid UTF-8, NUL and unpaired surrogates, forged, expired and revoked tokens, slow
// clients, 2,000 idle connections, clients that vanish mid-request. Each abuser gets a 4xx
// with a JSON error (or a closed connection), never a 5xx; text is stored verbatim or
// refused. Throughout, another client signs nothing new and asks GET /api/v1/me (and pushes
// an empty batch) every 20 ms: its latency per abuse is reported and must stay normal.
#include "RawHttpClient.h"
#include "SyncHarness.h"

#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "sync/SyncWire.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace onetrip;
using namespace onetrip::test;

namespace {

constexpr double kBudgetMs = 100; // p95 of the normal requests while an abuse runs

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                       const QByteArray &token, const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isNull())
        r += "Authorization: Bearer " + token + "\r\n";
    r += extraHeaders;
    if (method != "GET")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

// Normal traffic while the abuse runs, on its own thread and its own connections: every
// 20 ms GET /api/v1/me, every fifth time instead an empty push of its terminal; each timed
// from connect to the last byte of the answer, and counted for the phase it started in.
class Prober
{
public:
    struct Figures
    {
        QString phase;
        int count = 0;
        int failed = 0; // not 200
        double p50 = 0, p95 = 0, max = 0;
    };

    void start(quint16 port, const QByteArray &token, const QByteArray &pushBody)
    {
        m_names << QStringLiteral("baseline");
        m_thread = std::thread([this, port, token, pushBody] {
            const QByteArray me = httpRequest("GET", "/api/v1/me", {}, token);
            const QByteArray push = httpRequest("POST", "/api/v1/push", pushBody, token);
            for (int n = 0; !m_stop.load(); ++n) {
                const int phase = m_phase.load();
                QElapsedTimer timer;
                timer.start();
                const int status = exchange(port, n % 5 == 4 ? push : me, 10000).status;
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                {
                    const std::lock_guard lock(m_mutex);
                    m_samples.push_back({phase, ms, status});
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    void phase(const QString &name)
    {
        const std::lock_guard lock(m_mutex);
        qsizetype at = m_names.indexOf(name);
        if (at < 0) {
            m_names << name;
            at = m_names.size() - 1;
        }
        m_phase = int(at);
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    ~Prober() { stop(); }

    QList<Figures> figures() const
    {
        const std::lock_guard lock(m_mutex);
        QList<Figures> out;
        for (int p = 0; p < m_names.size(); ++p) {
            std::vector<double> ms;
            Figures f;
            f.phase = m_names.at(p);
            for (const Sample &s : m_samples) {
                if (s.phase != p)
                    continue;
                ms.push_back(s.ms);
                f.failed += s.status != 200;
            }
            std::sort(ms.begin(), ms.end());
            f.count = int(ms.size());
            if (!ms.empty()) {
                auto at = [&ms](double q) { return ms.at(size_t(q * double(ms.size() - 1))); };
                f.p50 = at(0.5);
                f.p95 = at(0.95);
                f.max = ms.back();
            }
            out << f;
        }
        return out;
    }

private:
    struct Sample
    {
        int phase;
        double ms;
        int status;
    };
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_phase{0};
    mutable std::mutex m_mutex;
    std::vector<Sample> m_samples;
    QStringList m_names;
};

// SQL metacharacters without spaces (fields are trimmed): quotes, comments, statement ends,
// LIKE wildcards, placeholders of every dialect, backslash and backtick.
QString metacharacters(int length)
{
    const QString pattern = QStringLiteral("');DROP/**/TABLE/**/staff;--\"\\%_?$1:p@v`'OR'1'='1");
    return pattern.repeated(length / pattern.size() + 1).left(length);
}

// Where a test value goes: replaced into the serialised request as raw JSON text, so that
// bytes QJsonDocument would never write (invalid UTF-8, \u0000, \ud800) reach the server.
const QString kSlot = QStringLiteral("@@VALUE@@");

} // namespace

class TestServerInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerDatabaseFixture> m_database;
    std::unique_ptr<ServerProcess> m_server;
    Prober m_probe;
    QByteArray m_admin, m_clerk; // access tokens; m_clerk is terminal JNLX/T01's
    QString m_key;               // terminal JNLX/T01's key
    CaseEvent m_received;
    int m_serial = 0;

    quint16 port() const { return m_server->port(); }
    Reply send(const QByteArray &request, int timeoutMs = 10000) const
    {
        return exchange(port(), request, timeoutMs);
    }

    // The first event of a new case of terminal JNLX/T01, continuing its chain.
    CaseEvent newCase()
    {
        CaseEvent e = m_received;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.hallCode = QStringLiteral("JNLX");
        e.terminalCode = QStringLiteral("T01");
        e.actor = QStringLiteral("clerk01");
        e.caseNumber =
            CaseNumber::format(e.hallCode, QDate(2026, 12, 2), e.terminalCode, ++m_serial);
        continueChain(*m_database, e);
        return e;
    }

    // The request of a row: `value` put into `field` of `endpoint`'s body (or path, query or
    // header). With `raw` the value is written into the JSON text as those bytes instead
    // (`value` is then what the server decodes them to, for the event hash).
    QByteArray build(const QString &endpoint, const QString &field, const QString &value,
                     const QByteArray &raw, std::optional<CaseEvent> &event)
    {
        const QString put = raw.isNull() ? value : kSlot;
        const QByteArray enc = raw.isNull() ? QUrl::toPercentEncoding(value) : raw;
        // The raw bytes into the body, and its length set again.
        auto finish = [&raw](const QByteArray &request) -> QByteArray {
            if (raw.isNull())
                return request;
            const qsizetype end = request.indexOf("\r\n\r\n") + 4;
            const QByteArray body = request.mid(end).replace(kSlot.toUtf8(), raw);
            QByteArray head = request.left(end);
            const qsizetype at = head.indexOf("Content-Length: ");
            if (at >= 0)
                head = head.left(at) + "Content-Length: " + QByteArray::number(body.size()) +
                       head.mid(head.indexOf('\r', at));
            return QByteArray(head + body);
        };
        if (endpoint == QLatin1String("login")) {
            QJsonObject body{{QStringLiteral("login"), QStringLiteral("clerk01")},
                             {QStringLiteral("password"), kPassword}};
            if (field.startsWith(QLatin1String("terminal."))) {
                QJsonObject t{{QStringLiteral("hall"), QStringLiteral("JNLX")},
                              {QStringLiteral("code"), QStringLiteral("T01")},
                              {QStringLiteral("key"), m_key}};
                t.insert(field.mid(9), put);
                body.insert(QStringLiteral("terminal"), t);
            } else {
                body.insert(field, put);
            }
            return finish(httpRequest("POST", "/api/v1/login", compact(body), {}));
        }
        if (endpoint == QLatin1String("refresh"))
            return finish(httpRequest("POST", "/api/v1/refresh",
                                      compact({{QStringLiteral("refreshToken"), put}}), {}));
        if (endpoint == QLatin1String("terminals")) {
            QJsonObject body{{QStringLiteral("hall"), QStringLiteral("JNLX")}};
            body.insert(field, put);
            return finish(httpRequest("POST", "/api/v1/terminals", compact(body), m_admin));
        }
        if (endpoint == QLatin1String("halls")) {
            QJsonObject body{{QStringLiteral("code"), QStringLiteral("H%1").arg(++m_serial)},
                             {QStringLiteral("name"), QStringLiteral("测试大厅")}};
            body.insert(field, put);
            return finish(httpRequest("POST", "/api/v1/halls", compact(body), m_admin));
        }
        if (endpoint == QLatin1String("users")) {
            if (field == QLatin1String("?hall"))
                return httpRequest("GET", "/api/v1/users?hall=" + enc, {}, m_admin);
            QJsonObject body{{QStringLiteral("login"), QStringLiteral("staff%1").arg(++m_serial)},
                             {QStringLiteral("name"), QStringLiteral("新同事")},
                             {QStringLiteral("role"), QStringLiteral("clerk")},
                             {QStringLiteral("hall"), QStringLiteral("JNLX")},
                             {QStringLiteral("counter"), QStringLiteral("1")},
                             {QStringLiteral("password"), QStringLiteral("password8")}};
            body.insert(field, put);
            return finish(httpRequest("POST", "/api/v1/users", compact(body), m_admin));
        }
        if (endpoint == QLatin1String("user")) { // PATCH /api/v1/users/{login}
            if (field == QLatin1String("{login}"))
                return httpRequest("PATCH", "/api/v1/users/" + enc, "{\"counter\":\"1\"}", m_admin);
            return finish(
                httpRequest("PATCH", "/api/v1/users/clerk07", compact({{field, put}}), m_admin));
        }
        if (endpoint == QLatin1String("pull"))
            return httpRequest("GET", "/api/v1/pull" + field.toUtf8() + '=' + enc, {}, m_clerk);
        if (endpoint == QLatin1String("me")) // the bearer token
            return httpRequest("GET", "/api/v1/me", {}, raw.isNull() ? value.toUtf8() : raw);
        if (endpoint == QLatin1String("push")) {
            if (field == QLatin1String("batch.hall"))
                return finish(
                    httpRequest("POST", "/api/v1/push",
                                compact({{QStringLiteral("hall"), put},
                                         {QStringLiteral("terminal"), QStringLiteral("T01")},
                                         {QStringLiteral("events"), QJsonArray()}}),
                                m_clerk));
            CaseEvent e = newCase();
            QJsonObject payload = e.payload;
            if (field == QLatin1String("case"))
                e.caseNumber = value;
            else if (field == QLatin1String("actor"))
                e.actor = value;
            else if (field == QLatin1String("type"))
                e.type = value;
            else if (field == QLatin1String("payload")) {
                e.payload.insert(QStringLiteral("bundleName"), value);
                payload.insert(QStringLiteral("bundleName"), put);
            }
            e.hash = e.computeHash();
            event = e;
            QJsonObject o = SyncWire::toJson(e);
            if (field == QLatin1String("payload"))
                o.insert(QStringLiteral("payload"), payload);
            else if (field == QLatin1String("previous hash"))
                o.insert(QStringLiteral("prevHash"), put);
            else
                o.insert(field, put);
            return finish(httpRequest("POST", "/api/v1/push",
                                      compact({{QStringLiteral("hall"), e.hallCode},
                                               {QStringLiteral("terminal"), e.terminalCode},
                                               {QStringLiteral("events"), QJsonArray{o}}}),
                                      m_clerk));
        }
        qWarning("unknown endpoint %s", qPrintable(endpoint));
        return {};
    }

    // What the server kept of a value it answered 2xx for: it must be the value itself.
    QString storedValue(const QString &endpoint, const QString &field, const QByteArray &answer,
                        const std::optional<CaseEvent> &event)
    {
        const QJsonObject o = QJsonDocument::fromJson(answer).object();
        if (endpoint == QLatin1String("halls")) {
            const QString code = o.value(QLatin1String("code")).toString();
            const Reply list = send(httpRequest("GET", "/api/v1/halls", {}, m_admin));
            for (const QJsonValue &h : list.json().value(QLatin1String("halls")).toArray()) {
                if (h.toObject().value(QLatin1String("code")).toString() == code)
                    return h.toObject().value(field).toString();
            }
            return QStringLiteral("(hall %1 not listed)").arg(code);
        }
        if (endpoint == QLatin1String("users") || endpoint == QLatin1String("user")) {
            const QString login = endpoint == QLatin1String("user")
                                      ? QStringLiteral("clerk07")
                                      : o.value(QLatin1String("login")).toString();
            if (field == QLatin1String("password")) // it signs in with exactly that password
                return signIn(m_server->url(), login, metacharacters(200)).isEmpty()
                           ? QStringLiteral("does not sign in")
                           : QStringLiteral("signs in");
            const Reply list = send(httpRequest("GET", "/api/v1/users", {}, m_admin));
            for (const QJsonValue &u : list.json().value(QLatin1String("users")).toArray()) {
                if (u.toObject().value(QLatin1String("login")).toString() == login)
                    return u.toObject().value(field).toString();
            }
            return QStringLiteral("(user %1 not listed)").arg(login);
        }
        if (endpoint == QLatin1String("push") && event) {
            if (field == QLatin1String("payload")) {
                const Reply pulled =
                    send(httpRequest("GET", "/api/v1/pull?after=0&limit=2000", {}, m_clerk));
                for (const QJsonValue &e : pulled.json().value(QLatin1String("events")).toArray()) {
                    const QJsonObject pe = e.toObject();
                    if (pe.value(QLatin1String("id")).toString() == event->id)
                        return pe.value(QLatin1String("payload"))
                            .toObject()
                            .value(QLatin1String("bundleName"))
                            .toString();
                }
                return QStringLiteral("(event not pulled)");
            }
            const QString column =
                field == QLatin1String("case") ? QStringLiteral("case_number") : field;
            return m_database
                ->firstRow(QStringLiteral("SELECT %1 FROM sync_event WHERE id = ?").arg(column),
                           {event->id})
                .value(0);
        }
        return {};
    }

    // An answer an abuser may get: a 4xx with a JSON error code, or nothing (closed).
    static bool refusedCleanly(const Reply &r)
    {
        return r.status == 0 || (r.status >= 400 && r.status < 500 && !r.errorCode().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // 2,000 idle client sockets in this process (the server raises its own limit).
        rlimit files{};
        ::getrlimit(RLIMIT_NOFILE, &files);
        if (files.rlim_cur < 8192) {
            files.rlim_cur = std::min<rlim_t>(files.rlim_max, 8192);
            ::setrlimit(RLIMIT_NOFILE, &files);
        }
        ::getrlimit(RLIMIT_NOFILE, &files);
        qInfo("open files: soft %llu, hard %llu", qulonglong(files.rlim_cur),
              qulonglong(files.rlim_max));

        m_database = std::make_unique<ServerDatabaseFixture>();
        QVERIFY2(m_database->error().isEmpty(), qPrintable(m_database->error()));
        // Warnings only: nothing reads the server's log pipe while raw sockets block, and
        // a full pipe would stall it. 5xx answers are warnings, so they stay visible.
        m_server = std::make_unique<ServerProcess>(
            m_database->url(),
            QStringList{QStringLiteral("--login-attempts-per-minute"), QStringLiteral("100000"),
                        QStringLiteral("--log-level"), QStringLiteral("warning")});
        QVERIFY(m_server->bootstrap());
        QVERIFY(m_server->start());

        m_admin = signIn(m_server->url(), QStringLiteral("admin"), kPassword).toLatin1();
        QVERIFY(!m_admin.isEmpty());
        const Reply terminal = send(
            httpRequest("POST", "/api/v1/terminals", R"({"hall":"JNLX","code":"T01"})", m_admin));
        QCOMPARE(terminal.status, 200);
        m_key = terminal.json().value(QLatin1String("key")).toString();
        m_clerk = signIn(m_server->url(), QStringLiteral("clerk01"), kPassword, nullptr,
                         {{QStringLiteral("hall"), QStringLiteral("JNLX")},
                          {QStringLiteral("code"), QStringLiteral("T01")},
                          {QStringLiteral("key"), m_key}})
                      .toLatin1();
        QVERIFY(!m_clerk.isEmpty());
        for (const char *login : {"clerk07", "clerk08"}) {
            const Reply added =
                send(httpRequest("POST", "/api/v1/users",
                                 compact({{QStringLiteral("login"), QLatin1String(login)},
                                          {QStringLiteral("name"), QStringLiteral("周婷")},
                                          {QStringLiteral("role"), QStringLiteral("clerk")},
                                          {QStringLiteral("hall"), QStringLiteral("JNLX")},
                                          {QStringLiteral("password"), kPassword}}),
                                 m_admin));
            QCOMPARE(added.status, 201);
        }
        m_received = sampleFirstEvent();
        QCOMPARE(m_received.type, QString::fromLatin1(CaseEventType::Received));

        m_probe.start(port(), m_clerk, R"({"hall":"JNLX","terminal":"T01","events":[]})");
        std::this_thread::sleep_for(std::chrono::seconds(2)); // the baseline
    }

    void init() { m_probe.phase(QString::fromLatin1(QTest::currentTestFunction())); }

    void cleanupTestCase()
    {
        m_probe.stop();
        if (m_server)
            QVERIFY2(m_server->stop(), qPrintable(m_server->log().right(2000)));
    }

    // Not JSON, not an object, cut short, or a wrong type: 400 bad-request at every
    // endpoint that reads a body.
    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        const QList<QPair<const char *, QByteArray>> bodies = {
            {"empty", QByteArray()},
            {"null", "null"},
            {"array", "[]"},
            {"string", "\"text\""},
            {"number", "42"},
            {"open brace", "{"},
            {"cut in a string", "{\"login\":\"cle"},
            {"cut after a key", R"({"hall":)"},
            {"trailing garbage", R"({"hall":"JNLX"} {"x":1})"},
            {"single quotes", "{'hall':'JNLX'}"},
            {"comment", "{/* */\"hall\":\"JNLX\"}"},
            {"NaN", R"({"hall":NaN})"},
            {"unquoted key", "{hall:\"JNLX\"}"},
            {"nested 100000 deep", QByteArray(100000, '[') + QByteArray(100000, ']')},
            {"binary", QByteArray::fromHex("00ff10fe7f80c0")},
            {"wrong types", R"({"login":1,"password":true,"refreshToken":[],"hall":{},)"
                            R"("code":null,"name":2,"role":[],"events":"x","active":"no"})"},
        };
        const QByteArray real = compact(SyncWire::toJson(
            SyncWire::PushRequest{m_received.hallCode, m_received.terminalCode, {m_received}}));
        for (const int cut : {3, 2})
            QTest::addRow("a real push cut to 1/%d", cut)
                << QByteArray("/api/v1/push") << real.left(real.size() / cut);
        QTest::addRow("a real push without its last byte")
            << QByteArray("/api/v1/push") << real.chopped(1);
        for (const char *target :
             {"/api/v1/login", "/api/v1/refresh", "/api/v1/terminals", "/api/v1/push",
              "/api/v1/halls", "/api/v1/users", "PATCH /api/v1/users/clerk07"}) {
            for (const auto &[name, body] : bodies)
                QTest::addRow("%s %s", target, name) << QByteArray(target) << body;
        }
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        const bool patch = target.startsWith("PATCH ");
        const QByteArray token = target.endsWith("login") || target.endsWith("refresh")
                                     ? QByteArray()
                                 : target.endsWith("push") ? m_clerk
                                                           : m_admin;
        const Reply r = send(
            httpRequest(patch ? "PATCH" : "POST", patch ? target.mid(6) : target, body, token));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad-request"));
    }

    // A push whose one event has a field of the wrong type, out of range or malformed:
    // 400 bad-request, nothing stored.
    void wrongFieldsInAPush_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions"); // in the error message: who refused it
        const QList<std::tuple<const char *, const char *, QJsonValue>> rows = {
            {"id", "a number", 7},
            {"id", "not a UUID", QStringLiteral("0b4f2c1e")},
            {"id", "an upper-case UUID", QStringLiteral("0B4F2C1E-0000-4000-8000-000000000000")},
            {"case", "a number", 1},
            {"case", "65 characters", QString(65, QLatin1Char('A'))},
            {"case", "empty", QString()},
            {"hall", "lower case", QStringLiteral("jnlx")},
            {"terminal", "too long", QStringLiteral("T0001")},
            {"terminal", "another terminal", QStringLiteral("T02")},
            {"seq", "text", QStringLiteral("1")},
            {"seq", "zero", 0},
            {"seq", "a fraction", 1.5},
            {"seq", "beyond 2^53", 1e17},
            {"seq", "negative", -1},
            {"actor", "null", QJsonValue::Null},
            {"actor", "65 characters", QString(65, QLatin1Char('a'))},
            {"at", "no time zone", QStringLiteral("2026-12-01T09:30:00.000")},
            {"at", "no milliseconds", QStringLiteral("2026-12-01T09:30:00+08:00")},
            {"at", "not a date", QStringLiteral("2026-13-45T99:99:99.000+08:00")},
            {"at", "a number", 1764553800},
            {"type", "an object", QJsonObject()},
            {"payload", "an array", QJsonArray{1, 2}},
            {"payload", "text", QStringLiteral("{}")},
            {"base", "negative", -1},
            {"base", "too large", 1000001},
            {"base", "text", QStringLiteral("0")},
            {"parent", "not a UUID", QStringLiteral("x")},
            {"parent", "on a first event", QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"prevHash", "short", QStringLiteral("abc")},
            {"prevHash", "a number", 0},
            {"hash", "upper case", QString(64, QLatin1Char('A'))},
            {"hash", "missing", QJsonValue::Undefined},
            {"hash", "of another event", QString(64, QLatin1Char('0'))},
        };
        for (const auto &[field, what, value] : rows) {
            // The parser names the field; a well-formed hash that is not the event's is
            // refused by the server's hash check.
            const QString name = QString::fromLatin1(field);
            const QString mentions =
                QLatin1String(what) == QLatin1String("of another event")
                    ? QStringLiteral("does not match its hash")
                // A malformed prevHash is reported under "hash" (one message for both).
                : name == QLatin1String("prevHash") ? QStringLiteral("events[0].")
                : name == QLatin1String("hall") ||
                        QLatin1String(what) == QLatin1String("another terminal")
                    ? QStringLiteral("events[0] ")
                    : QStringLiteral("events[0].") + name;
            QTest::addRow("%s %s", field, what) << name << value << mentions;
        }
    }
    void wrongFieldsInAPush()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        const QStringList before = m_database->firstRow(QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_event), (SELECT last_seq FROM terminal)"));
        const CaseEvent e = newCase();
        QJsonObject o = SyncWire::toJson(e);
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        const Reply r = send(httpRequest("POST", "/api/v1/push",
                                         compact({{QStringLiteral("hall"), e.hallCode},
                                                  {QStringLiteral("terminal"), e.terminalCode},
                                                  {QStringLiteral("events"), QJsonArray{o}}}),
                                         m_clerk));
        QVERIFY2(r.status == 400, r.head.constData());
        QCOMPARE(r.errorCode(), QStringLiteral("bad-request"));
        const QString message = r.json()
                                    .value(QLatin1String("error"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(m_database->firstRow(QStringLiteral(
                     "SELECT (SELECT count(*) FROM sync_event), (SELECT last_seq FROM terminal)")),
                 before);
    }

    // Over the 8 MiB limit: 413 body-too-large, announced or chunked; at the limit and
    // under it the body is read and judged (an event over 256 KiB, a batch over 500).
    void hugeBodies()
    {
        const qsizetype limit = 8 * 1024 * 1024;
        {
            // Announced: refused before a byte of the body is read, then closed.
            RawClient client(port());
            QVERIFY(client.send("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                "Bearer " +
                                m_clerk + "\r\nContent-Length: " + QByteArray::number(limit + 1) +
                                "\r\n\r\n{"));
            const Reply r = client.read();
            QCOMPARE(r.status, 413);
            QCOMPARE(r.errorCode(), QStringLiteral("body-too-large"));
            QVERIFY(client.closedByPeer());
        }
        // Sent whole anyway: the server may close before the last byte is in, and then the
        // kernel may drop its answer; an answer that arrives is 413.
        const QByteArray big(limit + 1, ' ');
        for (const char *target : {"/api/v1/push", "/api/v1/login", "/api/v1/halls"}) {
            RawClient client(port());
            client.send(httpRequest("POST", target, big, m_admin));
            const Reply r = client.read(30000);
            QVERIFY2(r.status == 413 || r.status == 0, r.head.constData());
            if (r.status)
                QCOMPARE(r.errorCode(), QStringLiteral("body-too-large"));
        }
        {
            // Chunked, no length announced: 9 MiB in 64 KiB chunks.
            RawClient client(port());
            QVERIFY(client.send("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                "Bearer " +
                                m_clerk + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
            const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
            bool sent = true;
            for (int i = 0; i < 144 && sent; ++i)
                sent = client.send(chunk);
            if (sent)
                client.send("0\r\n\r\n");
            const Reply r = client.read(30000);
            QVERIFY2(r.status == 413 || r.status == 0, r.head.constData());
            if (r.status)
                QCOMPARE(r.errorCode(), QStringLiteral("body-too-large"));
        }
        // Exactly at the limit: read whole and judged as JSON.
        QByteArray atLimit = R"({"hall":"JNLX","terminal":"T01","events":[]})";
        atLimit += QByteArray(limit - atLimit.size(), ' ');
        const Reply whole = send(httpRequest("POST", "/api/v1/push", atLimit, m_clerk), 30000);
        QCOMPARE(whole.status, 200);
        // One event's payload over 256 KiB, and 501 events, inside the limit.
        CaseEvent e = newCase();
        e.payload.insert(QStringLiteral("bundleName"), QString(300 * 1024, QLatin1Char('x')));
        e.hash = e.computeHash();
        const Reply payload = send(httpRequest(
            "POST", "/api/v1/push",
            compact(SyncWire::toJson(SyncWire::PushRequest{e.hallCode, e.terminalCode, {e}})),
            m_clerk));
        QCOMPARE(payload.status, 400);
        QCOMPARE(payload.errorCode(), QStringLiteral("bad-request"));
        QList<CaseEvent> many;
        CaseEvent next = newCase();
        for (int i = 0; i < 501; ++i) {
            many << next;
            next.previousHash = next.hash;
            ++next.terminalSequence;
            next.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            next.hash = next.computeHash();
        }
        const Reply batch = send(httpRequest(
            "POST", "/api/v1/push",
            compact(SyncWire::toJson(SyncWire::PushRequest{e.hallCode, e.terminalCode, many})),
            m_clerk));
        QCOMPARE(batch.status, 400);
        QCOMPARE(batch.errorCode(), QStringLiteral("bad-request"));
    }

    // SQL metacharacters in every text field: stored exactly as sent, or refused with a 4xx
    // the field's rules give; never an SQL error or a 5xx.
    void sqlMetacharacters_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("length"); // of the value: the field's most
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // error.code, or a pushed event's rejection
        QTest::addColumn<bool>("stored");  // 2xx: read it back, it must be the same
        auto row = [](const char *endpoint, const char *field, int length, int status,
                      const char *code, bool stored = false) {
            QTest::addRow("%s %s", endpoint, field)
                << QString::fromLatin1(endpoint) << QString::fromLatin1(field) << length << status
                << QString::fromLatin1(code) << stored;
        };
        row("login", "login", 64, 401, "unauthorized");
        row("login", "password", 200, 401, "unauthorized");
        row("login", "terminal.hall", 12, 403, "forbidden");
        row("login", "terminal.code", 4, 403, "forbidden");
        row("login", "terminal.key", 100, 403, "forbidden");
        row("refresh", "refreshToken", 100, 401, "unauthorized");
        row("terminals", "hall", 12, 404, "not-found");
        row("terminals", "code", 8, 400, "bad-request");
        row("halls", "code", 12, 400, "bad-request");
        row("halls", "name", 100, 201, "", true);
        row("halls", "address", 200, 201, "", true);
        row("halls", "phone", 40, 201, "", true);
        row("users", "login", 32, 400, "bad-request");
        row("users", "name", 64, 201, "", true);
        row("users", "role", 16, 400, "bad-request");
        row("users", "hall", 12, 404, "not-found");
        row("users", "counter", 16, 201, "", true);
        row("users", "password", 200, 201, "", true);
        row("users", "?hall", 100, 200, "");
        row("user", "{login}", 32, 404, "not-found");
        row("user", "name", 64, 200, "", true);
        row("user", "counter", 16, 200, "", true);
        row("user", "hall", 12, 404, "not-found");
        row("user", "role", 16, 400, "bad-request");
        row("user", "password", 200, 200, "", true);
        row("pull", "?after", 20, 400, "bad-request");
        row("pull", "?limit", 20, 400, "bad-request");
        row("me", "bearer", 60, 401, "unauthorized");
        row("push", "batch.hall", 12, 403, "forbidden");
        row("push", "case", 64, 200, "foreign-number", true);
        row("push", "actor", 64, 200, "forbidden", true);
        row("push", "type", 64, 200, "forbidden", true);
        row("push", "payload", 2000, 200, "applied", true);
        for (const char *field : {"id", "hall", "terminal", "at", "parent", "hash"})
            row("push", field, 64, 400, "bad-request");
        row("push", "previous hash", 64, 400, "bad-request");
    }
    void sqlMetacharacters()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, field);
        QFETCH(int, length);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, stored);
        const QString value = metacharacters(length);
        std::optional<CaseEvent> event;
        const QByteArray request = build(endpoint, field, value, {}, event);
        QVERIFY(!request.isEmpty());
        const Reply r = send(request);
        QVERIFY2(r.status == status, QByteArray(r.head + "\n" + r.body.left(300)).constData());
        if (status >= 400)
            QCOMPARE(r.errorCode(), code);
        if (endpoint == QLatin1String("push") && status == 200 && event) {
            const QJsonObject result =
                r.json().value(QLatin1String("results")).toArray().at(0).toObject();
            QCOMPARE(code == QLatin1String("applied")
                         ? result.value(QLatin1String("outcome")).toString()
                         : result.value(QLatin1String("code")).toString(),
                     code);
        }
        if (stored)
            QCOMPARE(storedValue(endpoint, field, r.body, event),
                     field == QLatin1String("password") ? QStringLiteral("signs in") : value);
        // The tables are all still there and answer.
        QCOMPARE(send(httpRequest("GET", "/api/v1/users", {}, m_admin)).status, 200);
    }

    // Bytes that are not UTF-8, NUL and unpaired surrogates (as JSON escapes), in every
    // kind of place: refused with a 4xx, or (inside a payload, which is kept as JSON text)
    // stored; never a 5xx.
    void invalidText_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("raw");  // written into the request as it is
        QTest::addColumn<QString>("decoded"); // what a JSON parser makes of it
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray bad = "ab\xff\xfe\xc3";
        const QList<QPair<const char *, const char *>> fields = {
            {"login", "login"},    {"login", "terminal.hall"}, {"refresh", "refreshToken"},
            {"terminals", "hall"}, {"halls", "name"},          {"users", "name"},
            {"users", "counter"},  {"user", "name"},           {"push", "actor"},
            {"push", "case"},      {"push", "type"},           {"push", "payload"}};
        for (const auto &[endpoint, field] : fields)
            QTest::addRow("invalid UTF-8 in %s %s", endpoint, field)
                << QString::fromLatin1(endpoint) << QString::fromLatin1(field) << bad << QString()
                << 400 << QStringLiteral("bad-request");
        // U+0000 cannot be stored as text (PostgreSQL refuses it, so both engines do).
        const QString nul = QStringLiteral("clerk01") + QChar(0) + QStringLiteral("x");
        auto nulRow = [&nul](const char *endpoint, const char *field, int status,
                             const char *code) {
            QTest::addRow("NUL in %s %s", endpoint, field)
                << QString::fromLatin1(endpoint) << QString::fromLatin1(field)
                << QByteArray(R"(clerk01\u0000x)") << nul << status << QString::fromLatin1(code);
        };
        nulRow("login", "login", 400, "bad-request");
        nulRow("login", "password", 401, "unauthorized"); // never stored, only verified
        nulRow("login", "terminal.hall", 400, "bad-request");
        nulRow("refresh", "refreshToken", 401, "unauthorized"); // only its hash is looked up
        nulRow("terminals", "hall", 400, "bad-request");
        nulRow("halls", "name", 400, "bad-request");
        nulRow("halls", "address", 400, "bad-request");
        nulRow("users", "name", 400, "bad-request");
        nulRow("users", "counter", 400, "bad-request");
        nulRow("user", "name", 400, "bad-request");
        nulRow("push", "actor", 400, "bad-request");
        nulRow("push", "case", 400, "bad-request");
        nulRow("push", "type", 400, "bad-request");
        nulRow("push", "payload", 200, "applied"); // the payload is kept as JSON text
        QTest::addRow("NUL in users ?hall")
            << QStringLiteral("users") << QStringLiteral("?hall") << QByteArray("%00") << nul << 400
            << QStringLiteral("bad-request");
        const QString lone = QStringLiteral("ab") + QChar(0xd800);
        auto loneRow = [&lone](const char *endpoint, const char *field, int status,
                               const char *code) {
            QTest::addRow("unpaired surrogate in %s %s", endpoint, field)
                << QString::fromLatin1(endpoint) << QString::fromLatin1(field)
                << QByteArray(R"(ab\ud800)") << lone << status << QString::fromLatin1(code);
        };
        loneRow("login", "login", 400, "bad-request");
        loneRow("halls", "name", 400, "bad-request");
        loneRow("users", "name", 400, "bad-request");
        loneRow("user", "counter", 400, "bad-request");
        loneRow("push", "actor", 400, "bad-request");
        loneRow("push", "case", 400, "bad-request");
        // Percent-encoded bytes that are not UTF-8 in a path or query.
        QTest::addRow("invalid UTF-8 in users/{login}")
            << QStringLiteral("user") << QStringLiteral("{login}") << QByteArray("%FF%FE")
            << QString() << 404 << QStringLiteral("not-found");
        QTest::addRow("invalid UTF-8 in pull ?after")
            << QStringLiteral("pull") << QStringLiteral("?after") << QByteArray("%FF") << QString()
            << 400 << QStringLiteral("bad-request");
        QTest::addRow("invalid UTF-8 in the bearer token")
            << QStringLiteral("me") << QStringLiteral("bearer") << QByteArray("\xff\xfe\x80")
            << QString() << 401 << QStringLiteral("unauthorized");
    }
    void invalidText()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, field);
        QFETCH(QByteArray, raw);
        QFETCH(QString, decoded);
        QFETCH(int, status);
        QFETCH(QString, code);
        std::optional<CaseEvent> event;
        const QByteArray request = build(endpoint, field, decoded, raw, event);
        QVERIFY(!request.isEmpty());
        const Reply r = send(request);
        QVERIFY2(r.status == status, QByteArray(r.head + "\n" + r.body.left(300)).constData());
        if (status >= 400) {
            QCOMPARE(r.errorCode(), code);
            if (event) // nothing of a refused push was kept
                QCOMPARE(m_database
                             ->firstRow(QStringLiteral("SELECT count(*) FROM sync_event WHERE "
                                                       "id = ?"),
                                        {event->id})
                             .value(0),
                         QStringLiteral("0"));
        } else if (endpoint == QLatin1String("push")) {
            QCOMPARE(r.json()
                         .value(QLatin1String("results"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("outcome"))
                         .toString(),
                     code);
            QCOMPARE(storedValue(endpoint, field, r.body, event), decoded);
        }
    }

    // Tokens the server never issued, or no longer honours: 401, and nothing pushed.
    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization"); // the header's whole value
        QTest::addColumn<QString>("kind");             // prepared in the test
        QTest::addColumn<QString>("code");
        auto row = [](const char *name, const QByteArray &header, const char *kind,
                      const char *code) {
            QTest::addRow("%s", name)
                << header << QString::fromLatin1(kind) << QString::fromLatin1(code);
        };
        row("no header", QByteArray(), "", "unauthorized");
        row("empty bearer", "Bearer ", "", "unauthorized");
        row("no scheme", "TOKEN", "valid", "unauthorized");
        row("basic", "Basic Y2xlcmswMTpwYXNzd29yZDE=", "", "unauthorized");
        row("forged", "Bearer TOKEN", "forged", "unauthorized");
        row("101 characters", "Bearer TOKEN", "long", "unauthorized");
        row("valid plus a character", "Bearer TOKENx", "valid", "unauthorized");
        row("valid minus a character", "Bearer TOKEN", "truncated", "unauthorized");
        row("expired", "Bearer TOKEN", "expired", "token-expired");
        row("signed out", "Bearer TOKEN", "revoked", "unauthorized");
        row("refresh token", "Bearer TOKEN", "refresh", "unauthorized");
        row("disabled account", "Bearer TOKEN", "disabled", "unauthorized");
        row("control characters", "Bearer \x01\x02\x7f", "", "unauthorized");
    }
    void badTokens()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QString refresh;
        QString token;
        if (!kind.isEmpty() && kind != QLatin1String("forged") && kind != QLatin1String("long"))
            token = signIn(m_server->url(),
                           kind == QLatin1String("disabled") ? QStringLiteral("clerk08")
                                                             : QStringLiteral("clerk01"),
                           kPassword, &refresh,
                           {{QStringLiteral("hall"), QStringLiteral("JNLX")},
                            {QStringLiteral("code"), QStringLiteral("T01")},
                            {QStringLiteral("key"), m_key}});
        const QByteArray hash =
            QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
        if (kind == QLatin1String("forged"))
            token = QString::fromLatin1(QByteArray(32, 'A').toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        else if (kind == QLatin1String("long"))
            token = QString(101, QLatin1Char('A'));
        else if (kind == QLatin1String("truncated"))
            token.chop(1);
        else if (kind == QLatin1String("refresh"))
            token = refresh;
        else if (kind == QLatin1String("expired"))
            QVERIFY(m_database->exec(QStringLiteral("UPDATE auth_token SET expires_at = "
                                                    "'2000-01-01T00:00:00.000Z' WHERE "
                                                    "token_hash = '%1'")
                                         .arg(QString::fromLatin1(hash))));
        else if (kind == QLatin1String("revoked"))
            QCOMPARE(send(httpRequest("POST", "/api/v1/logout", "{}", token.toLatin1())).status,
                     200);
        else if (kind == QLatin1String("disabled"))
            QCOMPARE(
                send(httpRequest("PATCH", "/api/v1/users/clerk08", R"({"active":false})", m_admin))
                    .status,
                200);
        if (!kind.isEmpty())
            QCOMPARE(token.isEmpty(), false);
        const QByteArray header =
            authorization.isNull()
                ? QByteArray()
                : "Authorization: " + QByteArray(authorization).replace("TOKEN", token.toLatin1()) +
                      "\r\n";
        const QString events = m_database
                                   ->firstRow(QStringLiteral("SELECT count(*) FROM "
                                                             "sync_event"))
                                   .value(0);
        for (const auto &[method, target, body] :
             {std::tuple{QByteArray("GET"), QByteArray("/api/v1/me"), QByteArray()},
              std::tuple{QByteArray("GET"), QByteArray("/api/v1/pull"), QByteArray()},
              std::tuple{QByteArray("POST"), QByteArray("/api/v1/push"),
                         compact(SyncWire::toJson(SyncWire::PushRequest{
                             QStringLiteral("JNLX"), QStringLiteral("T01"), {newCase()}}))},
              std::tuple{QByteArray("GET"), QByteArray("/api/v1/users"), QByteArray()}}) {
            const Reply r = send(httpRequest(method, target, body, QByteArray(), header));
            QVERIFY2(r.status == 401, QByteArray(target + ": " + r.head).constData());
            QCOMPARE(r.errorCode(), code);
        }
        QCOMPARE(m_database->firstRow(QStringLiteral("SELECT count(*) FROM sync_event")).value(0),
                 events);
    }

    // The bad requests above, sent back to back for three seconds by four clients at once
    // (the tables alone pass too quickly for the normal client's figures to mean much).
    void badRequestFlood()
    {
        const CaseEvent e = newCase();
        QJsonObject wrong = SyncWire::toJson(e);
        wrong.insert(QStringLiteral("seq"), QStringLiteral("1"));
        const QList<QByteArray> requests = {
            httpRequest("POST", "/api/v1/push", "{\"hall\":\"JNLX\",\"terminal\":", m_clerk),
            httpRequest("POST", "/api/v1/push",
                        compact({{QStringLiteral("hall"), e.hallCode},
                                 {QStringLiteral("terminal"), e.terminalCode},
                                 {QStringLiteral("events"), QJsonArray{wrong}}}),
                        m_clerk),
            "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 9437184\r\n\r\n",
            httpRequest("POST", "/api/v1/halls", "{\"code\":\"H\xff\"}", m_admin),
            httpRequest("GET", "/api/v1/pull?after=" + QUrl::toPercentEncoding(metacharacters(40)),
                        {}, m_clerk),
            httpRequest("GET", "/api/v1/me", {}, "forged-token-forged-token-forged-token"),
            httpRequest("PATCH", "/api/v1/users/%FF", "[]", m_admin),
        };
        std::atomic<int> sent{0};
        std::atomic<int> unclean{0};
        std::vector<std::thread> clients;
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&, c] {
                for (int n = c; std::chrono::steady_clock::now() < until; ++n) {
                    const Reply r = exchange(port(), requests.at(n % requests.size()));
                    sent.fetch_add(1);
                    if (!refusedCleanly(r))
                        unclean.fetch_add(1);
                }
            });
        }
        for (std::thread &t : clients)
            t.join();
        qInfo("%d bad requests in 3 s from 4 clients", sent.load());
        QCOMPARE(unclean.load(), 0);
    }

    // Twenty clients each send their last bytes one a second for six seconds: ten a
    // valid GET /me (answered 200), ten a push whose JSON breaks off (400).
    void slowClients()
    {
        struct Slow
        {
            std::unique_ptr<RawClient> client;
            QByteArray rest;
            int expected;
        };
        std::vector<Slow> slow;
        for (int i = 0; i < 20; ++i) {
            const QByteArray request =
                i % 2
                    ? httpRequest("GET", "/api/v1/me", {}, m_clerk)
                    : httpRequest("POST", "/api/v1/push",
                                  R"({"hall":"JNLX","terminal":"T01","events":[{"id":1)", m_clerk);
            Slow s{std::make_unique<RawClient>(port()), request.right(6), i % 2 ? 200 : 400};
            QVERIFY(s.client->connected());
            QVERIFY(s.client->send(request.chopped(6)));
            slow.push_back(std::move(s));
        }
        for (int second = 0; second < 6; ++second) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            for (Slow &s : slow)
                QVERIFY(s.client->send(s.rest.mid(second, 1)));
        }
        for (Slow &s : slow) {
            const Reply r = s.client->read();
            QCOMPARE(r.status, s.expected);
            if (s.expected == 400)
                QCOMPARE(r.errorCode(), QStringLiteral("bad-request"));
        }
    }

    // 2,000 connections that send nothing, held for three seconds; then a hundred of them
    // speak (without a token) and are answered like anyone.
    void idleConnections()
    {
        rlimit files{};
        ::getrlimit(RLIMIT_NOFILE, &files);
        if (files.rlim_cur < 2200)
            QSKIP("this process may not open 2,200 files (ulimit -n)");
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 2000; ++i) {
            idle.push_back(std::make_unique<RawClient>(port()));
            QVERIFY2(idle.back()->connected(), qPrintable(QString::number(i)));
        }
        std::this_thread::sleep_for(std::chrono::seconds(3));
        for (int i = 0; i < 2000; i += 20) {
            QVERIFY(idle[size_t(i)]->send(httpRequest("GET", "/api/v1/me", {}, {})));
            const Reply r = idle[size_t(i)]->read();
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        }
        idle.clear();
    }

    // A hundred clients go away mid-request: in the request line, in the headers, in the
    // body, and right after a whole request (a push among them) without reading the answer;
    // half close, half reset. The server answers on, and its chains stay whole.
    void disconnectsMidRequest()
    {
        for (int i = 0; i < 100; ++i) {
            RawClient client(port());
            QVERIFY(client.connected());
            QByteArray bytes;
            switch (i % 5) {
            case 0:
                bytes = "GET /api/v1/me HT";
                break;
            case 1:
                bytes = "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                        m_clerk + "\r\nContent-Len";
                break;
            case 2:
                bytes = "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                        m_clerk + "\r\nContent-Length: 5000\r\n\r\n" + QByteArray(100, '{');
                break;
            case 3:
                bytes =
                    httpRequest("POST", "/api/v1/push",
                                compact(SyncWire::toJson(SyncWire::PushRequest{
                                    QStringLiteral("JNLX"), QStringLiteral("T01"), {newCase()}})),
                                m_clerk);
                break;
            default:
                bytes = httpRequest("GET", "/api/v1/me", {}, m_clerk);
            }
            QVERIFY(client.send(bytes));
            if (i % 2)
                client.resetOnClose();
        }
        // Whatever the pushes became (applied, or refused as their chain moved on), each
        // was all or nothing: the server's audit finds every chain whole.
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        QCOMPARE(send(httpRequest("GET", "/api/v1/health", {}, {})).status, 200);
        const CtlRun audit = m_server->command({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    // The figures of the normal client, per abuse.
    void normalRequestsStayedFast()
    {
        m_probe.stop();
        bool fast = true;
        qInfo("%-26s %6s %6s %8s %8s %8s", "normal requests during", "n", "not-ok", "p50 ms",
              "p95 ms", "max ms");
        for (const Prober::Figures &f : m_probe.figures()) {
            if (f.phase == QLatin1String("normalRequestsStayedFast"))
                continue;
            qInfo("%-26s %6d %6d %8.2f %8.2f %8.2f", qPrintable(f.phase), f.count, f.failed, f.p50,
                  f.p95, f.max);
            fast = fast && f.failed == 0 && f.p95 < kBudgetMs;
        }
        QVERIFY2(fast, "a normal request failed, or the p95 of a phase exceeded 100 ms");
        // And the server never answered anyone with a 5xx (those are logged as warnings).
        const QString log = m_server->log();
        QVERIFY2(!log.contains(QLatin1String("\"status\":5")), qPrintable(log.right(3000)));
    }
};

QTEST_GUILESS_MAIN(TestServerInput)
#include "tst_server_input.moc"
