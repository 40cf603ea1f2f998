#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

namespace onetrip {

class Database;

// First start on the embedded store: loads the shipped catalog files, the working-day
// calendar and the demo users (clerk01, agent01, super01; password "demo") when the store
// has none. Does nothing on a store that already has them.
class DemoData
{
public:
    static Status ensure(const Database &db, const QString &dataDir, const Clock &clock);
    static QString demoPassword() { return QStringLiteral("demo"); }
    // Whether the store was set up with demo users (the login window then lists them).
    static bool isDemoStore(const Database &db);
    // The shipped catalog files under data/catalog, in import order.
    static QStringList catalogFiles(const QString &dataDir);
};

} // namespace onetrip
