#pragma once

#include <QString>

namespace onetrip {

// Where things live on this machine. Overridable by environment for tests and installs:
// ONETRIP_STORE (the embedded store file), ONETRIP_DATA_DIR (shipped data/).
class Paths
{
public:
    static QString defaultStorePath();
    // The shipped data folder: $ONETRIP_DATA_DIR, else <prefix>/share/onetrip/data next to
    // the executable, else the source tree's data/ (a build that was not installed).
    static QString dataDirectory();
    static QString dataFile(const QString &relative);
};

} // namespace onetrip
