#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace onetrip::server {

// The server's settings: a configuration file of "key = value" lines (# starts a comment),
// then command-line flags, which win. Unknown keys and bad values are errors.
struct ServerConfig
{
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    QString database; // DatabaseUrl text; required
    QString tlsCertificate;
    QString tlsKey;
    QString logLevel = QStringLiteral("info");
    QString language = QStringLiteral("zh_CN");
    int threads = 8;
    int accessMinutes = 15;
    int maxBodyMiB = 8;
    int loginAttemptsPerMinute = 60; // per client address and instance

    // The command and its own arguments are left in `rest`.
    static Result<ServerConfig> fromArguments(const QStringList &arguments, QStringList &rest);
    Status readFile(const QString &path);
    Status set(const QString &key, const QString &value);
    static QString help();
};

} // namespace onetrip::server
