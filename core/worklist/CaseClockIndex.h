#pragma once

#include "calendar/WorkdayCalendar.h"
#include "common/Result.h"
#include "deadline/WarningPolicy.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace onetrip {

class Database;

// The deadline columns of case_record that let a worklist select by light in SQL (clock_due,
// clock_warn_from, clock_paused_on, urgent_due, red_after, …: columns() names them all).
// They are a derived index, not the truth: CaseDeadlines counts what is shown. A changed case is
// marked stale by CaseRepository::save (the projector has no calendar); refresh() counts the stale
// rows again with the calendar and warning setting in use, and every open case again when
// either changed since the last refresh (a published holiday moves due dates). Call it
// before reading a worklist. Counting every open case of a lived store takes seconds: the
// window's thread asks for a bounded refresh, which does nothing when there is more to count,
// and leaves that to a thread of its own (gui::ClockIndexKeeper).
class CaseClockIndex
{
public:
    struct Report
    {
        int counted = 0;      // open cases whose deadlines were counted again
        bool rebased = false; // the calendar or the warning setting had changed
        // false: bounded with more to count than the bound (nothing done), or stopped
        bool complete = true;
    };

    // Told the number counted so far after each write transaction of a refresh that leaves
    // more to do (marking, clearing, counting: a store of millions is worked through in many);
    // false stops it there (Report::complete false: the rest stays for the next refresh).
    using Progress = std::function<bool(int counted)>;

    // Counts every stale row; with `limit` > 0 only when there are at most `limit` to count
    // (the stale rows, and with a changed basis every case a deadline runs in), and otherwise
    // nothing (Report::complete false).
    static Result<Report> refresh(const Database &db, const WorkdayCalendar &calendar,
                                  const WarningPolicy &policy, int limit = 0,
                                  const Progress &progress = {});
    // What the index was counted with: the calendar's days off and make-up days and the
    // policy, hashed. Kept in the setting "worklist.clock-basis".
    static QString basis(const WorkdayCalendar &calendar, const WarningPolicy &policy);
    // The case_record columns that are this index (each terminal's own: never synced, so
    // not compared between terminals), clock_stale first.
    static const QStringList &columns();
};

} // namespace onetrip
