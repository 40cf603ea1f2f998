#include "sync/PublicationSync.h"

#include "calendar/CalendarJson.h"
#include "calendar/CalendarRepository.h"
#include "catalog/CatalogRepository.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

Result<int> version(const Database &db, const char *column)
{
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM sync_state WHERE id = 1").arg(QLatin1String(column))) ||
        !q.next())
        return Error{QCoreApplication::translate("Sync", "The sync state could not be saved."),
                     q.lastError().text()};
    return q.value(0).toInt();
}

Status setVersion(const Database &db, const char *column, int value)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("UPDATE sync_state SET %1 = ? WHERE id = 1").arg(QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Sync", "The sync state could not be saved."),
            q.lastError().text());
    return {};
}

Error refused(const SyncClient::Publication &p, const QString &why)
{
    return Error{QCoreApplication::translate("Sync", "The server's %1 (version %2) cannot be "
                                                     "taken on this terminal: %3")
                     .arg(p.name)
                     .arg(p.version)
                     .arg(why),
                 QStringLiteral("publication")};
}

} // namespace

Result<PublicationSync::Report> PublicationSync::run(const Database &db, SyncClient &client,
                                                     const Clock &clock)
{
    Report report;
    for (const char *kind : {"calendar", "catalog"}) {
        const bool catalog = QLatin1String(kind) == QLatin1String("catalog");
        const char *column = catalog ? "catalog_version" : "calendar_version";
        auto mine = version(db, column);
        if (!mine)
            return mine.error();
        auto list = client.publications(QLatin1String(kind), mine.value());
        if (!list)
            return list.error();
        for (const SyncClient::Publication &p : list.value()) {
            if (catalog) {
                auto outcome = CatalogImporter::importBytes(db, p.content, p.name, clock);
                if (!outcome)
                    return refused(p, outcome.message());
                if (!outcome->problems.isEmpty())
                    return refused(p, outcome->problems.constFirst().toString());
                ++report.catalogs;
            } else {
                const CalendarJson::ReadResult read = CalendarJson::read(p.content);
                if (!read.ok())
                    return refused(p, read.problems.constFirst().toString());
                if (Status s = CalendarRepository(db).importYears(read.file.years, clock); !s)
                    return refused(p, s.message());
                ++report.calendars;
            }
            if (Status s = setVersion(db, column, p.version); !s)
                return s.error();
        }
    }
    return report;
}

} // namespace onetrip
