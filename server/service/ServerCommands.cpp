#include "service/ServerCommands.h"

#include "admin/Publications.h"
#include "admin/StaffDirectory.h"
#include "api/ApiError.h"
#include "api/ApiRouter.h"
#include "common/FileContent.h"
#include "http/HttpServer.h"
#include "service/ServerLog.h"
#include "store/ServerDatabase.h"
#include "store/ServerMigrations.h"
#include "sync/ServerAudit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <pthread.h>

namespace onetrip::server {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "onetrip-server: " << message << '\n';
    return 1;
}

// A refusal says all in its message; a fault also gets its detail (for the administrator).
int fail(const Error &error)
{
    const bool refusal = ApiError::statusOf(error.detail) != 0;
    return fail(refusal || error.detail.isEmpty()
                    ? error.message
                    : error.message + QStringLiteral(" (") + error.detail + QLatin1Char(')'));
}

// The database, migrated; the exit status on failure.
Result<std::unique_ptr<ServerStore>> openStore(const ServerConfig &config)
{
    if (config.database.isEmpty())
        return Error{QCoreApplication::translate(
                         "Server", "No database given: use --database URL or database = URL in the "
                                   "configuration file."),
                     {}};
    auto url = DatabaseUrl::parse(config.database);
    if (!url)
        return url.error();
    auto store = std::make_unique<ServerStore>(url.value());
    auto db = store->local();
    if (!db)
        return db.error();
    if (Status s = ServerMigrations::apply(*db.value()); !s)
        return s.error();
    return store;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int ServerCommands::run(const ServerConfig &config, const QStringList &arguments)
{
    const QString command = arguments.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve") && arguments.size() <= 1)
        return serve(config);
    if (command == QLatin1String("migrate") && arguments.size() == 1)
        return migrate(config);
    if (command == QLatin1String("hall"))
        return hall(config, arguments.mid(1));
    if (command == QLatin1String("user"))
        return user(config, arguments.mid(1));
    if (command == QLatin1String("audit") && arguments.value(1) == QLatin1String("verify"))
        return audit(config);
    if (command == QLatin1String("publish") && arguments.size() == 3)
        return publish(config, arguments.at(1), arguments.at(2));
    QTextStream(stderr) << QCoreApplication::translate(
                               "Server", "onetrip-server: unknown command %1; see --help.")
                               .arg(arguments.join(QLatin1Char(' ')).left(80))
                        << '\n';
    return 2;
}

int ServerCommands::serve(const ServerConfig &config)
{
    ServerLog::Level level = ServerLog::Level::Info;
    ServerLog::levelFromKey(config.logLevel, level);
    ServerLog log(level);
    auto store = openStore(config);
    if (!store)
        return fail(store.error());

    HttpServerOptions options;
    options.address = config.listenAddress;
    options.port = config.port;
    options.threads = config.threads;
    options.maxBodyBytes = qsizetype(config.maxBodyMiB) * 1024 * 1024;
    if (!config.tlsCertificate.isEmpty() || !config.tlsKey.isEmpty()) {
        QString why;
        const auto cert = readWholeFile(config.tlsCertificate, &why);
        const auto key = cert ? readWholeFile(config.tlsKey, &why) : std::nullopt;
        if (!cert || !key)
            return fail(
                QCoreApplication::translate(
                    "Server", "The TLS certificate and key must both be given and readable: %1")
                    .arg(why));
        options.tlsCertificatePem = *cert;
        options.tlsKeyPem = *key;
    }
    SystemClock clock;
    AuthService::Options auth;
    auth.accessSeconds = config.accessMinutes * 60;
    auth.attemptsPerMinute = config.loginAttemptsPerMinute;
    ApiRouter router(*store.value(), clock, auth, log);

    // SIGTERM and SIGINT are taken by this thread alone (sigwait below): block them before
    // the worker threads start, which inherit the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    HttpServer http(options, [&router](const HttpRequest &r) { return router.handle(r); });
    if (Status s = http.start(); !s)
        return fail(s.error());
    log.info(QStringLiteral("listening"),
             {{QStringLiteral("address"), config.listenAddress},
              {QStringLiteral("port"), int(http.port())},
              {QStringLiteral("tls"), !options.tlsCertificatePem.isEmpty()},
              {QStringLiteral("database"), store.value()->url().redacted()},
              {QStringLiteral("version"), QStringLiteral(ONETRIP_VERSION)}});
    // Tests and scripts read the port from here when they asked for port 0.
    QTextStream(stdout) << "listening " << http.port() << Qt::endl;

    int received = 0;
    sigwait(&signals, &received);
    log.info(QStringLiteral("stopping"), {{QStringLiteral("signal"), received},
                                          {QStringLiteral("inFlight"), http.requestsInFlight()}});
    http.stop(std::chrono::seconds(10));
    log.info(QStringLiteral("stopped"));
    return 0;
}

int ServerCommands::migrate(const ServerConfig &config)
{
    auto store = openStore(config);
    if (!store)
        return fail(store.error());
    QTextStream(stdout) << QCoreApplication::translate("Server", "The database is at schema %1.")
                               .arg(ServerMigrations::latestVersion())
                        << '\n';
    return 0;
}

int ServerCommands::hall(const ServerConfig &config, const QStringList &arguments)
{
    if (arguments.size() != 3 || arguments.at(0) != QLatin1String("add"))
        return QTextStream(stderr) << QCoreApplication::translate(
                                          "Server", "Usage: onetrip-server hall add CODE NAME")
                                   << '\n',
               2;
    auto store = openStore(config);
    if (!store)
        return fail(store.error());
    SystemClock clock;
    StaffDirectory staff(*store.value(), clock);
    if (Status s = staff.addHall({arguments.at(1), arguments.at(2), {}, {}}); !s)
        return fail(s.error());
    QTextStream(stdout)
        << QCoreApplication::translate("Server", "Hall %1 added.").arg(arguments.at(1)) << '\n';
    return 0;
}

int ServerCommands::user(const ServerConfig &config, const QStringList &arguments)
{
    const QString usage = QCoreApplication::translate(
        "Server", "Usage: onetrip-server user add LOGIN ROLE NAME [--hall CODE] "
                  "[--counter C] | user passwd LOGIN (password on standard input)");
    QStringList positional;
    QString hall;
    QString counter;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--hall") && i + 1 < arguments.size())
            hall = arguments.at(++i);
        else if (arguments.at(i) == QLatin1String("--counter") && i + 1 < arguments.size())
            counter = arguments.at(++i);
        else
            positional << arguments.at(i);
    }
    const QString verb = positional.value(0);
    if (!((verb == QLatin1String("add") && positional.size() == 4) ||
          (verb == QLatin1String("passwd") && positional.size() == 2)))
        return QTextStream(stderr) << usage << '\n', 2;
    auto store = openStore(config);
    if (!store)
        return fail(store.error());
    SystemClock clock;
    StaffDirectory staff(*store.value(), clock);
    const QString password = readPassword();
    if (verb == QLatin1String("passwd")) {
        StaffDirectory::Change change;
        change.password = password;
        if (Status s = staff.change(positional.at(1), change); !s)
            return fail(s.error());
        QTextStream(stdout) << QCoreApplication::translate("Server", "Password of %1 changed.")
                                   .arg(positional.at(1))
                            << '\n';
        return 0;
    }
    const auto role = roleFromKey(positional.at(2));
    if (!role)
        return fail(QCoreApplication::translate(
                        "Server", "%1 is not a role: use clerk, agent, supervisor or admin.")
                        .arg(positional.at(2).left(20)));
    StaffDirectory::Member m{positional.at(1), positional.at(3), *role, hall, counter, true};
    if (Status s = staff.addMember(m, password); !s)
        return fail(s.error());
    QTextStream(stdout) << QCoreApplication::translate("Server", "%1 added.").arg(m.login) << '\n';
    return 0;
}

int ServerCommands::publish(const ServerConfig &config, const QString &kind, const QString &path)
{
    QString why;
    const auto content = readWholeFile(path, &why);
    if (!content)
        return fail(QCoreApplication::translate("Server", "%1 cannot be read: %2").arg(path, why));
    auto store = openStore(config);
    if (!store)
        return fail(store.error());
    SystemClock clock;
    auto p = Publications(*store.value(), clock)
                 .publish(std::nullopt, kind, QFileInfo(path).fileName(), *content);
    if (!p)
        return fail(p.error());
    QTextStream(stdout) << QCoreApplication::translate("Server",
                                                       "Published %1 as %2 version %3; terminals "
                                                       "take it at their next sync.")
                               .arg(p->name, p->kind)
                               .arg(p->version)
                        << '\n';
    return 0;
}

int ServerCommands::audit(const ServerConfig &config)
{
    auto store = openStore(config);
    if (!store)
        return fail(store.error());
    auto db = store.value()->local();
    if (!db)
        return fail(db.error());
    auto report = ServerAudit::verify(*db.value());
    if (!report)
        return fail(report.error());
    QTextStream out(stdout);
    for (const QString &p : report->problems)
        out << p << '\n';
    if (!report->ok())
        return 1;
    out << QCoreApplication::translate("Server", "ok, %1 events from %2 terminal(s).")
               .arg(report->events)
               .arg(report->terminals)
        << '\n';
    return 0;
}

} // namespace onetrip::server
