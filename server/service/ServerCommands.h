#pragma once

#include "service/ServerConfig.h"

#include <QStringList>

namespace onetrip::server {

// onetrip-server's commands (see ServerConfig::help); each returns the exit status.
class ServerCommands
{
public:
    static int run(const ServerConfig &config, const QStringList &arguments);

private:
    static int serve(const ServerConfig &config);
    static int migrate(const ServerConfig &config);
    static int hall(const ServerConfig &config, const QStringList &arguments);
    static int user(const ServerConfig &config, const QStringList &arguments);
    static int audit(const ServerConfig &config);
    static int publish(const ServerConfig &config, const QString &kind, const QString &path);
};

} // namespace onetrip::server
