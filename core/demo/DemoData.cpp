#include "demo/DemoData.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarJson.h"
#include "calendar/CalendarRepository.h"
#include "catalog/CatalogRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace onetrip {

namespace {

Status markDemo(const Database &db)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = db.exec(QStringLiteral(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('demo_store', '1')"));
        !s)
        return s;
    return tx.commit();
}

Status ensureCalendar(const Database &db, const QString &dataDir, const Clock &clock)
{
    CalendarRepository calendar(db);
    auto years = calendar.years();
    if (!years)
        return years.error();
    if (!years->isEmpty())
        return {};
    const QString file = CalendarLoader::shippedFile(dataDir);
    const CalendarJson::ReadResult read = CalendarJson::readFile(file);
    if (!read.ok())
        return Status::failure(
            QCoreApplication::translate("DemoData",
                                        "The shipped working-day calendar %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(file), read.problems.constFirst().toString()));
    return calendar.importYears(read.file.years, clock);
}

} // namespace

HallSetup DemoData::demoHall()
{
    HallSetup demo;
    demo.hall.code = QStringLiteral("JNLX");
    demo.hall.name = QStringLiteral("济南市历下区政务服务中心");
    demo.hall.address = QStringLiteral("济南市历下区龙鼎大道1号（演示）");
    demo.hall.phone = QStringLiteral("0531-12345");
    demo.terminal = TerminalInfo{demo.hall.code, QStringLiteral("T01")};
    return demo;
}

QStringList DemoData::catalogFiles(const QString &dataDir)
{
    // Guides first: the bundles in them name only their own items.
    return {dataDir + QStringLiteral("/catalog/jinan-guides.json"),
            dataDir + QStringLiteral("/catalog/guangan-district.json")};
}

Status DemoData::ensure(const Database &db, const QString &dataDir, const Clock &clock)
{
    CatalogRepository catalog(db);
    if (catalog.itemCount() == 0) {
        for (const QString &file : catalogFiles(dataDir)) {
            auto outcome = CatalogImporter::importFile(db, file, clock);
            if (!outcome)
                return outcome.error();
            if (!outcome->problems.isEmpty()) {
                return Status::failure(
                    QCoreApplication::translate(
                        "DemoData", "The shipped catalog %1 has problems; the demo cannot start. "
                                    "The first: %2")
                        .arg(QDir::toNativeSeparators(file),
                             outcome->problems.constFirst().toString()));
            }
        }
    }
    if (Status s = ensureCalendar(db, dataDir, clock); !s)
        return s;

    UserRepository users(db);
    if (users.count() == 0) {
        const struct
        {
            const char *login;
            const char *name;
            Role role;
        } demo[] = {
            {"clerk01", "王敏", Role::Clerk},
            {"agent01", "李强", Role::Agent},
            {"super01", "张华", Role::Supervisor},
        };
        for (const auto &u : demo) {
            auto added = users.add(QString::fromLatin1(u.login), QString::fromUtf8(u.name), u.role,
                                   demoPassword());
            if (!added)
                return added.error();
        }
        if (Status s = markDemo(db); !s)
            return s;
    }
    return {};
}

bool DemoData::isDemoStore(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'demo_store'")) &&
           q.next() && q.value(0).toString() == QLatin1String("1");
}

} // namespace onetrip
