#include "service/ServerConfig.h"

#include "common/FileContent.h"

#include <QCoreApplication>
#include <QFile>

namespace onetrip::server {

Status ServerConfig::set(const QString &key, const QString &value)
{
    auto number = [&value, &key](int min, int max, int &out) -> Status {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < min || n > max)
            return Status::failure(QCoreApplication::translate(
                                       "Server", "%1 must be a whole number from %2 to %3, not %4.")
                                       .arg(key)
                                       .arg(min)
                                       .arg(max)
                                       .arg(value.left(40)));
        out = n;
        return {};
    };
    if (key == QLatin1String("listen")) {
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int p = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || p < 0 || p > 65535)
            return Status::failure(QCoreApplication::translate(
                                       "Server",
                                       "listen must be ADDRESS:PORT, such as 0.0.0.0:8443, not "
                                       "%1.")
                                       .arg(value.left(60)));
        listenAddress = value.left(colon);
        if (listenAddress.startsWith(QLatin1Char('[')) && listenAddress.endsWith(QLatin1Char(']')))
            listenAddress = listenAddress.mid(1, listenAddress.size() - 2);
        port = quint16(p);
        return {};
    }
    if (key == QLatin1String("database"))
        return database = value, Status();
    if (key == QLatin1String("tls-cert"))
        return tlsCertificate = value, Status();
    if (key == QLatin1String("tls-key"))
        return tlsKey = value, Status();
    if (key == QLatin1String("log-level")) {
        if (!QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                         QStringLiteral("error")}
                 .contains(value))
            return Status::failure(QCoreApplication::translate(
                "Server", "log-level must be debug, info, warning or error."));
        return logLevel = value, Status();
    }
    if (key == QLatin1String("language")) {
        if (value != QLatin1String("zh_CN") && value != QLatin1String("en"))
            return Status::failure(
                QCoreApplication::translate("Server", "language must be zh_CN or en."));
        return language = value, Status();
    }
    if (key == QLatin1String("threads"))
        return number(1, 256, threads);
    if (key == QLatin1String("access-minutes"))
        return number(1, 24 * 60, accessMinutes);
    if (key == QLatin1String("max-body-mib"))
        return number(1, 256, maxBodyMiB);
    if (key == QLatin1String("login-attempts-per-minute"))
        return number(1, 100000, loginAttemptsPerMinute);
    return Status::failure(
        QCoreApplication::translate("Server", "Unknown setting %1 (see onetrip-server --help).")
            .arg(key.left(40)));
}

Status ServerConfig::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            QCoreApplication::translate("Server", "The configuration file %1 cannot be read: %2")
                .arg(path, file.errorString()));
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line =
            QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Status::failure(
                QCoreApplication::translate("Server", "%1 line %2: expected key = value.")
                    .arg(path)
                    .arg(lineNumber));
        if (Status s = set(line.left(eq).trimmed(), line.mid(eq + 1).trimmed()); !s)
            return Status::failure(QCoreApplication::translate("Server", "%1 line %2: %3")
                                       .arg(path)
                                       .arg(lineNumber)
                                       .arg(s.message()));
    }
    return {};
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, QStringList &rest)
{
    ServerConfig config;
    // The file first, wherever --config stands, so flags override it.
    for (int i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--config")) {
            if (Status s = config.readFile(arguments.at(i + 1)); !s)
                return s.error();
        }
    }
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--help") ||
            a == QLatin1String("--version")) {
            rest << a;
            continue;
        }
        QString key = a.mid(2);
        QString value;
        if (const int eq = key.indexOf(QLatin1Char('=')); eq > 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return Error{QCoreApplication::translate("Server", "%1 needs a value.").arg(a), {}};
        }
        if (key == QLatin1String("config"))
            continue;
        // Command options (--hall, --password-stdin …) belong to the command.
        if (key == QLatin1String("hall") || key == QLatin1String("counter")) {
            rest << a << value;
            continue;
        }
        if (Status s = config.set(key, value); !s)
            return s.error();
    }
    return config;
}

QString ServerConfig::help()
{
    return QCoreApplication::translate(
        "Server",
        "onetrip-server — OneTrip's sync server (API under /api/v1, docs/api.md)\n"
        "\n"
        "Usage:\n"
        "  onetrip-server [OPTIONS] [serve]            serve until SIGTERM (finishes requests in "
        "flight)\n"
        "  onetrip-server [OPTIONS] migrate            bring the database schema up to date and "
        "exit\n"
        "  onetrip-server [OPTIONS] hall add CODE NAME\n"
        "  onetrip-server [OPTIONS] user add LOGIN ROLE NAME [--hall CODE] [--counter C]\n"
        "                                              password on standard input; ROLE is clerk,\n"
        "                                              agent, supervisor or admin\n"
        "  onetrip-server [OPTIONS] user passwd LOGIN  new password on standard input\n"
        "  onetrip-server [OPTIONS] audit verify       check every terminal's hash chain\n"
        "  onetrip-server [OPTIONS] publish catalog|calendar FILE\n"
        "                                              publish a catalog or working-day calendar\n"
        "                                              file to every terminal\n"
        "  onetrip-server --help | --version\n"
        "\n"
        "Options (also as \"key = value\" lines in the file given with --config):\n"
        "  --config FILE          read settings from FILE first\n"
        "  --database URL         postgresql://user:password@host:port/name or "
        "sqlite:///path/file.db\n"
        "  --listen ADDR:PORT     where to listen (default 127.0.0.1:8443; port 0 picks a free "
        "one)\n"
        "  --tls-cert FILE        PEM certificate (with --tls-key: HTTPS)\n"
        "  --tls-key FILE         PEM private key\n"
        "  --threads N            worker threads (default 8)\n"
        "  --access-minutes N     lifetime of access tokens (default 15)\n"
        "  --max-body-mib N       largest request body (default 8)\n"
        "  --login-attempts-per-minute N\n"
        "                         sign-ins from one address per minute (default 60)\n"
        "  --log-level LEVEL      debug, info, warning or error (default info)\n"
        "  --language LANG        zh_CN (default) or en, for messages to terminals\n"
        "\n"
        "Exit status: 0 done, 1 failed, 2 bad usage.");
}

} // namespace onetrip::server
