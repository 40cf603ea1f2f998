#include "SyncHarness.h"

#include "cases/CaseEventLog.h"
#include "cases/HallSettings.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"
#include "worklist/CaseClockIndex.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>

namespace onetrip::test {

namespace {

// Opens a named connection to `url`; the caller removes it.
bool connect(const QString &url, const QString &name, QString *error)
{
    const bool pg = url.startsWith(QLatin1String("postgresql://"));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (pg) {
        const QUrl u(url);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    } else {
        db.setDatabaseName(url.mid(QStringLiteral("sqlite://").size()));
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

ServerDatabaseFixture::ServerDatabaseFixture()
{
    m_postgres = qEnvironmentVariable("ONETRIP_TEST_ENGINE") == QLatin1String("postgres");
    if (!m_postgres) {
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("server.db"));
        return;
    }
    QString admin = qEnvironmentVariable("ONETRIP_TEST_PG");
    // The cluster may have had to take another port than the one asked for.
    QFile port(qEnvironmentVariable("ONETRIP_TEST_PG_DIR") + QStringLiteral("/port"));
    if (port.open(QIODevice::ReadOnly)) {
        QUrl u(admin);
        u.setPort(QString::fromLatin1(port.readAll().trimmed()).toInt());
        admin = u.toString();
    }
    const QString name =
        QStringLiteral("onetrip_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString connection = QStringLiteral("fixture-admin");
    {
        if (!connect(admin, connection, &m_error))
            return;
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            m_error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl u(admin);
    u.setPath(QLatin1Char('/') + name);
    m_url = u.toString();
}

bool ServerDatabaseFixture::exec(const QString &sql, QString *firstValue) const
{
    const QString name = QStringLiteral("fixture-exec");
    bool ok = false;
    {
        QString error;
        if (!connect(m_url, name, &error)) {
            qWarning("%s", qPrintable(error));
        } else {
            QSqlQuery q(QSqlDatabase::database(name));
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            if (ok && firstValue && q.next())
                *firstValue = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList ServerDatabaseFixture::firstRow(const QString &sql, const QVariantList &values) const
{
    const QString name = QStringLiteral("fixture-row");
    QStringList row;
    {
        QString error;
        if (!connect(m_url, name, &error)) {
            qWarning("%s", qPrintable(error));
        } else {
            QSqlQuery q(QSqlDatabase::database(name));
            q.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            else if (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return row;
}

ServerProcess::ServerProcess(QString databaseUrl, QStringList extraArguments)
    : m_database(std::move(databaseUrl))
    , m_extra(std::move(extraArguments))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(qEnvironmentVariable("ONETRIP_SERVER"));
    m_process->setArguments(QStringList{QStringLiteral("--database"), m_database,
                                        QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:%1").arg(m_port),
                                        QStringLiteral("--language"), QStringLiteral("en")} +
                            m_extra);
    m_process->setChildProcessModifier([] {
        rlimit files{};
        if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
            files.rlim_cur = std::min<rlim_t>(files.rlim_max, 65536);
            ::setrlimit(RLIMIT_NOFILE, &files);
        }
    });
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_log += m_process->readAllStandardError();
        const int at = out.indexOf("listening ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = quint16(out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    m_log += m_process->readAllStandardError();
    qWarning("server did not start: %s", m_log.constData());
    return false;
}

bool ServerProcess::stop()
{
    if (!m_process)
        return false;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(20000);
    m_log += m_process->readAllStandardError();
    return finished && m_process->exitStatus() == QProcess::NormalExit &&
           m_process->exitCode() == 0;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

QString ServerProcess::log() const
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return QString::fromUtf8(m_log);
}

CtlRun ServerProcess::command(const QStringList &arguments, const QByteArray &input) const
{
    QProcess p;
    p.start(qEnvironmentVariable("ONETRIP_SERVER"),
            QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--language"),
                        QStringLiteral("en")} +
                arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, {}, {}};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool ServerProcess::bootstrap() const
{
    const QByteArray pw = kPassword.toUtf8() + '\n';
    const QList<QStringList> steps = {
        {QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("JNLX"),
         QStringLiteral("历下区政务服务中心")},
        {QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("QTEST"),
         QStringLiteral("测试大厅")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("super01"),
         QStringLiteral("supervisor"), QStringLiteral("王芳"), QStringLiteral("--hall"),
         QStringLiteral("JNLX")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk01"),
         QStringLiteral("clerk"), QStringLiteral("张敏"), QStringLiteral("--hall"),
         QStringLiteral("JNLX")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk02"),
         QStringLiteral("clerk"), QStringLiteral("刘洋"), QStringLiteral("--hall"),
         QStringLiteral("JNLX")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agent01"),
         QStringLiteral("agent"), QStringLiteral("李强"), QStringLiteral("--hall"),
         QStringLiteral("JNLX")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk09"),
         QStringLiteral("clerk"), QStringLiteral("赵磊"), QStringLiteral("--hall"),
         QStringLiteral("QTEST")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
         QStringLiteral("admin"), QStringLiteral("管理员")},
    };
    for (const QStringList &step : steps) {
        const CtlRun r = command(step, pw);
        if (r.exitCode != 0) {
            qWarning("bootstrap %s: %s", qPrintable(step.join(u' ')), qPrintable(r.err));
            return false;
        }
    }
    return true;
}

Terminal::Terminal(const QString &terminalCode, const QString &hallCode)
{
    SystemClock clock;
    if (Status s = DemoData::ensure(db(), qEnvironmentVariable("ONETRIP_DATA_DIR"), clock); !s)
        qWarning("demo data: %s", qPrintable(s.describe()));
    HallInfo hall = DemoData::demoHall().hall;
    hall.code = hallCode;
    if (Status s = HallSettings(db()).save(hall, terminalCode); !s)
        qWarning("hall: %s", qPrintable(s.describe()));
}

TerminalInfo Terminal::terminal() const
{
    auto setup = HallSettings(db()).load();
    return setup && setup.value() ? setup.value()->terminal : TerminalInfo{};
}

Result<CaseGenerator::Report> Terminal::generate(int cases, quint32 seed)
{
    CaseGenerator::Options o;
    o.cases = cases;
    o.seed = seed;
    o.terminals = 1;
    o.ownTerminal = terminal().terminalCode;
    o.from = QDate(2026, 11, 2);
    o.to = QDate(2026, 11, 27);
    o.supervisor = SupervisorApproval{QStringLiteral("super01"), DemoData::demoPassword(), {}};
    User clerk{0, QStringLiteral("clerk01"), QStringLiteral("张敏"), Role::Clerk};
    auto setup = HallSettings(db()).load();
    return CaseGenerator::run(db(), setup.value()->hall, clerk, o);
}

Result<SyncCycle::Outcome> Terminal::sync(const QUrl &server, const QString &login,
                                          const QString &password)
{
    SyncClient::Options options;
    options.server = server;
    options.timeoutMs = 20000;
    SyncClient client(options);
    return SyncCycle::withPassword(db(), m_clock, client, login, password);
}

QString Terminal::projections() const
{
    // The worklists' deadline index is each terminal's own cache (counted when a list is
    // read), not part of what sync must make equal.
    const QStringList &deadlineIndex = CaseClockIndex::columns();
    QStringList record;
    QSqlQuery columns(db().connection());
    if (!columns.exec(QStringLiteral("PRAGMA table_info(case_record)")))
        return columns.lastError().text();
    while (columns.next()) {
        if (!deadlineIndex.contains(columns.value(1).toString()))
            record << columns.value(1).toString();
    }
    QString out;
    for (const QString &sql : {QStringLiteral("SELECT %1 FROM case_record ORDER BY number")
                                   .arg(record.join(QStringLiteral(", "))),
                               QStringLiteral("SELECT * FROM case_check ORDER BY 1, 2"),
                               QStringLiteral("SELECT * FROM case_visit ORDER BY 1, 2"),
                               QStringLiteral("SELECT * FROM case_document ORDER BY 1"),
                               QStringLiteral("SELECT * FROM applicant ORDER BY 1")}) {
        QSqlQuery q(db().connection());
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

qint64 Terminal::count(const QString &sql) const
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString HttpExchange::code() const
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

HttpExchange http(const QByteArray &method, const QUrl &url, const QByteArray &body,
                  const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(20000);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QString signIn(const QUrl &server, const QString &login, const QString &password,
               QString *refreshToken, const QJsonObject &terminal)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (!terminal.isEmpty())
        body.insert(QStringLiteral("terminal"), terminal);
    const HttpExchange r = http("POST", server.resolved(QUrl(QStringLiteral("/api/v1/login"))),
                                QJsonDocument(body).toJson());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (refreshToken)
        *refreshToken = o.value(QLatin1String("refreshToken")).toString();
    return o.value(QLatin1String("accessToken")).toString();
}

CaseEvent sampleFirstEvent()
{
    Terminal source(QStringLiteral("T09"));
    if (!source.generate(1, 3))
        return {};
    auto events = CaseEventLog::terminalEventsAfter(source.db(), source.terminal(), 0, 50);
    if (!events)
        return {};
    for (const CaseEvent &e : events.value()) {
        if (e.type == QLatin1String(CaseEventType::Received))
            return e;
    }
    return {};
}

bool continueChain(const ServerDatabaseFixture &database, CaseEvent &e)
{
    const QStringList last = database.firstRow(QStringLiteral("SELECT last_seq, last_hash FROM "
                                                              "terminal WHERE hall_code = ? AND "
                                                              "code = ?"),
                                               {e.hallCode, e.terminalCode});
    if (last.size() != 2)
        return false;
    e.terminalSequence = last.at(0).toLongLong() + 1;
    e.previousHash = last.at(1);
    e.hash = e.computeHash();
    return true;
}

} // namespace onetrip::test
