#include "StartupOptions.h"

#include "common/Paths.h"
#include "common/Translations.h"

#include <QCoreApplication>

namespace onetrip {
namespace gui {

QString StartupOptions::usage()
{
    return QCoreApplication::translate(
               "StartupOptions",
               "Usage: onetrip [--store FILE] [--demo] [--lang zh_CN|en]\n"
               "\n"
               "  --store FILE   the embedded store (default: %1)\n"
               "  --demo         load the demo catalog, calendar and users (password \"demo\")\n"
               "  --lang LANG    the interface language for this run: zh_CN or en\n")
        .arg(Paths::defaultStorePath());
}

Result<StartupOptions> StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    QStringList args = arguments;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--demo")) {
            options.demo = true;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            options.help = true;
        } else if (option == QLatin1String("--store") || option == QLatin1String("--lang")) {
            if (args.isEmpty())
                return Result<StartupOptions>::failure(
                    QCoreApplication::translate("StartupOptions", "The option %1 needs a value.")
                        .arg(option));
            const QString value = args.takeFirst();
            if (option == QLatin1String("--store")) {
                options.storePath = value;
            } else if (!Translations::available().contains(value)) {
                return Result<StartupOptions>::failure(
                    QCoreApplication::translate("StartupOptions",
                                                "Unknown language %1: use zh_CN or en.")
                        .arg(value));
            } else {
                options.language = value;
            }
        } else {
            return Result<StartupOptions>::failure(
                QCoreApplication::translate("StartupOptions", "Unknown option %1.").arg(option));
        }
    }
    if (options.storePath.isEmpty())
        options.storePath = Paths::defaultStorePath();
    return options;
}

} // namespace gui
} // namespace onetrip
