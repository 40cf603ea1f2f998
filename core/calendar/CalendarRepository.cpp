#include "calendar/CalendarRepository.h"

#include "calendar/CalendarJson.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

Status queryFailed(const QSqlQuery &q)
{
    return Status::failure(QCoreApplication::translate(
                               "CalendarRepository",
                               "Reading or writing the working-day calendar failed; nothing was "
                               "changed. Try again."),
                           q.lastQuery() + QLatin1String(": ") + q.lastError().text());
}

QString holidayNameOf(const CalendarYear &y, QDate d)
{
    for (const Holiday &h : y.holidays) {
        if (h.offDays.contains(d) || h.makeupWorkdays.contains(d))
            return h.name;
    }
    return {};
}

} // namespace

CalendarRepository::CalendarRepository(const Database &db)
    : m_db(db)
{
}

Status CalendarRepository::importYears(const QList<CalendarYear> &years, const Clock &clock)
{
    if (years.isEmpty())
        return Status::failure(QCoreApplication::translate("CalendarRepository",
                                                           "There is no calendar year to import."));
    QSet<int> seen;
    QStringList problems;
    for (const CalendarYear &y : years) {
        if (seen.contains(y.year))
            problems << QCoreApplication::translate("CalendarRepository",
                                                    "%1 is given more than once.")
                            .arg(y.year);
        seen.insert(y.year);
        for (const CalendarProblem &p : y.problems(QStringLiteral("years.%1").arg(y.year)))
            problems << p.toString();
    }
    if (!problems.isEmpty())
        return Status::failure(
            QCoreApplication::translate(
                "CalendarRepository",
                "The calendar has %1 problem(s); nothing was imported. The first: %2")
                .arg(problems.size())
                .arg(problems.constFirst()),
            problems.join(QLatin1Char('\n')));

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QString now = clock.now().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db.connection());
    for (const CalendarYear &y : years) {
        // ON DELETE CASCADE removes the days only while foreign keys are on: be explicit.
        for (const char *sql : {"DELETE FROM calendar_day WHERE year = ?",
                                "DELETE FROM calendar_year WHERE year = ?"}) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(y.year);
            if (!q.exec())
                return queryFailed(q);
        }
        q.prepare(QStringLiteral("INSERT INTO calendar_year (year, source, content, imported_at) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(y.year);
        q.addBindValue(y.source);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(CalendarJson::yearToJson(y)).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        if (!q.exec())
            return queryFailed(q);
        q.prepare(QStringLiteral("INSERT INTO calendar_day (day, year, kind, note) "
                                 "VALUES (?, ?, ?, ?)"));
        const std::pair<const QList<QDate> *, QString> lists[] = {
            {&y.weekdayOffDays, QStringLiteral("off")},
            {&y.makeupWorkdays, QStringLiteral("makeup")}};
        for (const auto &[days, kind] : lists) {
            for (const QDate d : *days) {
                q.addBindValue(d.toString(Qt::ISODate));
                q.addBindValue(y.year);
                q.addBindValue(kind);
                q.addBindValue(holidayNameOf(y, d));
                if (!q.exec())
                    return queryFailed(q);
            }
        }
    }
    return tx.commit();
}

Result<WorkdayCalendar> CalendarRepository::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year, content FROM calendar_year ORDER BY year")))
        return queryFailed(q).error();
    QMap<int, CalendarYear> years;
    while (q.next()) {
        const int year = q.value(0).toInt();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
        CalendarProblems problems;
        CalendarYear y;
        if (doc.isObject())
            y = CalendarJson::yearFromJson(year, doc.object(), QString::number(year), problems);
        if (!doc.isObject() || !problems.isEmpty()) {
            return Error{QCoreApplication::translate(
                             "CalendarRepository",
                             "The stored working-day calendar for %1 is damaged. Ask a supervisor "
                             "to import the %1 holiday notice again.")
                             .arg(year),
                         error.errorString()};
        }
        // The day table is what counts; the stored content keeps holidays and the source.
        y.weekdayOffDays.clear();
        y.makeupWorkdays.clear();
        years.insert(year, y);
    }
    if (!q.exec(QStringLiteral("SELECT day, year, kind FROM calendar_day ORDER BY day")))
        return queryFailed(q).error();
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto it = years.find(q.value(1).toInt());
        if (!day.isValid() || it == years.end())
            return Error{QCoreApplication::translate(
                             "CalendarRepository",
                             "The stored working-day calendar is damaged. Ask a supervisor to "
                             "import the calendar again."),
                         q.value(0).toString()};
        (q.value(2).toString() == QLatin1String("off") ? it->weekdayOffDays : it->makeupWorkdays)
            .append(day);
    }
    return WorkdayCalendar(years.values());
}

Result<QList<int>> CalendarRepository::years() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year FROM calendar_year ORDER BY year")))
        return queryFailed(q).error();
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

QString CalendarLoader::shippedFile(const QString &dataDir)
{
    return dataDir + QStringLiteral("/calendar/cn-workdays.json");
}

Result<WorkdayCalendar> CalendarLoader::loadShipped(const QString &dataDir)
{
    const QString path = shippedFile(dataDir);
    const CalendarJson::ReadResult read = CalendarJson::readFile(path);
    if (!read.ok()) {
        QStringList problems;
        for (const CalendarProblem &p : read.problems)
            problems << p.toString();
        return Error{QCoreApplication::translate(
                         "CalendarRepository",
                         "The shipped working-day calendar %1 cannot be used. Reinstall OneTrip "
                         "or import a calendar.")
                         .arg(path),
                     problems.join(QLatin1Char('\n'))};
    }
    return WorkdayCalendar(read.file.years);
}

Result<CalendarLoader::Loaded> CalendarLoader::load(const QString &storePath,
                                                    const QString &dataDir)
{
    Loaded loaded;
    if (QFileInfo::exists(storePath)) {
        auto db = Database::open(storePath);
        if (!db)
            return db.error();
        auto stored = CalendarRepository(*db.value()).load();
        if (!stored)
            return stored.error();
        if (!stored->years().isEmpty()) {
            loaded.calendar = std::move(stored).value();
            return loaded;
        }
    }
    auto shipped = loadShipped(dataDir);
    if (!shipped)
        return shipped.error();
    loaded.calendar = std::move(shipped).value();
    loaded.shippedFile = shippedFile(dataDir);
    return loaded;
}

} // namespace onetrip
