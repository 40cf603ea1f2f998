#pragma once

#include "calendar/WorkdayCalendar.h"
#include "common/Result.h"
#include "deadline/WarningPolicy.h"
#include "worklist/CaseClockIndex.h"
#include "worklist/WorklistFilter.h"
#include "worklist/WorklistKind.h"
#include "worklist/WorklistRow.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace onetrip {

class Database;

// The one place that says which cases a worklist holds (docs/cases.md §6), read a page at a
// time so a list of millions opens as fast as one of ten. Membership by light is decided in
// SQL on CaseClockIndex's columns — call refreshIndex() first; the light a row shows is
// counted again by CaseDeadlines when it is read. Never writes cases.
class WorklistQuery
{
public:
    // `today` from the injected clock; `login` is the person whose "my cases" these are.
    WorklistQuery(const Database &db, WorkdayCalendar calendar, WarningPolicy policy, QDate today,
                  QString login);

    // Counts again the deadlines of changed cases (CaseClockIndex::refresh).
    Status refreshIndex() const;
    // The same when there are at most `limit` cases to count (the window's thread); whether
    // the index is current — false: nothing was done.
    Result<bool> refreshIndexWithin(int limit) const;
    // All of it, told the number counted after each step (CaseClockIndex::Progress, which may
    // stop it); whether the index is current.
    Result<bool> refreshIndex(const CaseClockIndex::Progress &progress) const;

    Result<int> count(WorklistKind kind, const WorklistFilter &filter) const;
    // The list's cases by the light of its deadline, in one pass (the desk's lights: four
    // counts of a million cases would read them four times). Lights with no case count 0;
    // a filter's own light is ignored.
    Result<QMap<DeadlineLight, int>> countByLight(WorklistKind kind,
                                                  const WorklistFilter &filter) const;
    Result<QList<WorklistRow>> page(WorklistKind kind, const WorklistFilter &filter,
                                    const WorklistSort &sort, int offset, int limit) const;

    // The order a list opens in: the most pressing first.
    static WorklistSort defaultSort(WorklistKind kind);

    QDate today() const { return m_today; }
    // The same query over another connection to the store (another thread's).
    WorklistQuery on(const Database &db) const
    {
        return WorklistQuery(db, m_calendar, m_policy, m_today, m_login);
    }

private:
    struct Where
    {
        QString sql;
        QList<QVariant> values;
    };
    Where where(WorklistKind kind, const WorklistFilter &filter) const;
    QString dueExpression(WorklistClock clock) const;

    const Database &m_db;
    WorkdayCalendar m_calendar;
    WarningPolicy m_policy;
    QDate m_today;
    QString m_login;
};

} // namespace onetrip
