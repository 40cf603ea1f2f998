#pragma once

#include "auth/User.h"
#include "calendar/WorkdayCalendar.h"
#include "worklist/DeskCounts.h"

#include <QDate>
#include <QList>

namespace onetrip {

class WorklistQuery;

// What a person's 工作台 counts: their worklists (their own queue first), the list whose
// cases it shows by light, and the list whose deadlines fall due today and on the next
// working day. An agent's lights and due days are those of their own 代办 (their commitment
// dates); the hall's staff see the hall's cases in progress and everything falling due.
struct DeskPlan
{
    QList<WorklistKind> lists;
    WorklistKind lightsList = WorklistKind::InProgress;
    WorklistKind dueList = WorklistKind::All;
    QDate today;
    QDate next; // the next working day

    static DeskPlan forRole(Role role, QDate today, const WorkdayCalendar &calendar);

    // Every figure, by the lists' own rules. Reads only: safe on a read-only connection of
    // its own, away from the window's thread.
    DeskCounts count(const WorklistQuery &query) const;
};

} // namespace onetrip
