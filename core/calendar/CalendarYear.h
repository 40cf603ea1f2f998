#pragma once

#include "calendar/CalendarProblem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace onetrip {

// One holiday of a State Council notice, for display: every day off (weekends included,
// possibly spilling into the neighbouring year, e.g. 元旦 2024 began on 2023-12-30) and the
// weekend days worked in exchange.
struct Holiday
{
    QString name;       // 春节
    QString noticeText; // the notice's own sentence
    QList<QDate> offDays;
    QList<QDate> makeupWorkdays;

    bool operator==(const Holiday &) const = default;
};

// One year of the working-day calendar, from that year's holiday notice. A working day is
// Monday to Friday, minus weekdayOffDays, plus makeupWorkdays; both lists hold dates of
// `year` only.
struct CalendarYear
{
    int year = 0;
    QString source; // the notice: 国务院办公厅关于2026年部分节假日安排的通知
    QString documentNumber; // 国办发明电〔2023〕7号, or a note that it is unknown
    QDate issued;
    QStringList sourceUrls;
    QString sourceNote;
    QString note;
    QList<QDate> weekdayOffDays; // holidays falling on Monday to Friday
    QList<QDate> makeupWorkdays; // Saturdays and Sundays worked (调休上班)
    QList<Holiday> holidays;

    bool operator==(const CalendarYear &) const = default;

    // Working days in the year by the rule above.
    int workingDayCount() const;
    // Everything inconsistent in the year (dates outside it, an off day on a weekend, a
    // make-up workday on a weekday, duplicates, a date in both lists, a holiday's days that
    // the lists miss). `location` prefixes each problem ("years.2026").
    CalendarProblems problems(const QString &location) const;
};

} // namespace onetrip
