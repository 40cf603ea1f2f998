#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace onetrip {
namespace gui {

// `onetrip [--store FILE] [--demo] [--lang zh_CN|en]`
struct StartupOptions
{
    QString storePath;    // default: Paths::defaultStorePath()
    bool demo = false;    // load the demo catalog, calendar and users before login
    QString language;     // empty: from the settings (zh_CN unless changed)
    QString settingsFile; // empty: the user's settings; tests give a file of their own
    bool help = false;

    // `arguments` without the program name. An unknown option or a missing value is an
    // error whose message names it.
    static Result<StartupOptions> parse(const QStringList &arguments);
    static QString usage();
};

} // namespace gui
} // namespace onetrip
