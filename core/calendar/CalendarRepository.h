#pragma once

#include "calendar/CalendarYear.h"
#include "calendar/WorkdayCalendar.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

namespace onetrip {

class Database;

// The working-day calendar in the local store (calendar_year, calendar_day).
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db);

    // Checks every year (CalendarYear::problems) and writes them all in one BEGIN IMMEDIATE
    // transaction, or nothing. A year already stored is replaced: that is how a supervisor
    // corrects one.
    Status importYears(const QList<CalendarYear> &years, const Clock &clock);

    Result<WorkdayCalendar> load() const;
    Result<QList<int>> years() const; // ascending

private:
    const Database &m_db;
};

// Where a program finds its calendar: the store's, or, while the store has none, the file
// shipped in data/calendar/ (so a fresh installation still computes real deadlines).
class CalendarLoader
{
public:
    struct Loaded
    {
        WorkdayCalendar calendar;
        QString shippedFile; // set when the shipped file was used
        bool fromShippedFile() const { return !shippedFile.isEmpty(); }
    };

    static QString shippedFile(const QString &dataDir);
    // A store path that does not exist is not created; the shipped file is used.
    static Result<Loaded> load(const QString &storePath, const QString &dataDir);
    static Result<WorkdayCalendar> loadShipped(const QString &dataDir);
};

} // namespace onetrip
