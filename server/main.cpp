#include "common/Translations.h"
#include "service/ServerCommands.h"
#include "service/ServerConfig.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onetrip-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONETRIP_VERSION));
    using namespace onetrip::server;
    QStringList rest;
    auto config = ServerConfig::fromArguments(app.arguments().mid(1), rest);
    onetrip::Translations::install(config ? config->language : QStringLiteral("zh_CN"));
    if (!config) {
        QTextStream(stderr) << "onetrip-server: " << config.message() << '\n';
        return 2;
    }
    if (rest.contains(QLatin1String("--help"))) {
        QTextStream(stdout) << ServerConfig::help() << '\n';
        return 0;
    }
    if (rest.contains(QLatin1String("--version"))) {
        QTextStream(stdout) << "onetrip-server " << ONETRIP_VERSION << '\n';
        return 0;
    }
    return ServerCommands::run(config.value(), rest);
}
