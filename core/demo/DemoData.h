#pragma once

#include "cases/HallInfo.h"
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
    // The hall and terminal the first-run setup offers with --demo (hall JNLX, terminal T01),
    // so a new user reaches the catalog with one Enter. Never saved unless accepted.
    static HallSetup demoHall();
};

} // namespace onetrip
