#pragma once

#include "calendar/CalendarProblem.h"
#include "calendar/CalendarYear.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace onetrip {

// A calendar file: several years with their legal sources (docs/calendar-format.md).
struct CalendarFile
{
    QString description;
    QString provenance; // where the data came from and how it was converted
    QStringList legalNotes;
    QList<CalendarYear> years; // ascending

    bool operator==(const CalendarFile &) const = default;
};

// The project's own calendar format, "onetrip-workday-calendar" version 1, both ways.
class CalendarJson
{
public:
    static QString formatName() { return QStringLiteral("onetrip-workday-calendar"); }
    static constexpr int formatVersion = 1;

    struct ReadResult
    {
        CalendarFile file;         // usable only when problems is empty
        CalendarProblems problems; // every problem in the file, not just the first
        bool ok() const { return problems.isEmpty(); }
    };

    static ReadResult read(const QByteArray &json);
    static ReadResult readFile(const QString &path);

    static QByteArray write(const CalendarFile &file);
    static Status writeFile(const CalendarFile &file, const QString &path);

    // One year as stored (calendar_year.content) and written in files.
    static QJsonObject yearToJson(const CalendarYear &year);
    // Reads a year's object; structural problems (unknown keys, wrong types, bad dates) go
    // to `problems`. The year's consistency is CalendarYear::problems().
    static CalendarYear yearFromJson(int year, const QJsonObject &o, const QString &location,
                                     CalendarProblems &problems);
};

} // namespace onetrip
