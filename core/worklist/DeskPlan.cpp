#include "worklist/DeskPlan.h"

#include "worklist/WorklistQuery.h"

namespace onetrip {

DeskPlan DeskPlan::forRole(Role role, QDate today, const WorkdayCalendar &calendar)
{
    DeskPlan plan;
    plan.lists = worklistsFor(role);
    if (plan.lists.removeOne(WorklistKind::MineToday))
        plan.lists.prepend(WorklistKind::MineToday);
    if (role == Role::Agent) {
        plan.lightsList = WorklistKind::MyProxyCases;
        plan.dueList = WorklistKind::MyProxyCases;
    }
    plan.today = today;
    plan.next = calendar.addWorkingDays(today, 1).date;
    return plan;
}

DeskCounts DeskPlan::count(const WorklistQuery &query) const
{
    DeskCounts counts;
    auto failed = [&counts](const QString &message) {
        if (!counts.errors.contains(message))
            counts.errors << message;
    };
    for (WorklistKind kind : lists) {
        if (auto n = query.count(kind, {}))
            counts.lists.insert(kind, n.value());
        else
            failed(n.message());
    }
    if (auto lights = query.countByLight(lightsList, {}))
        counts.lights = lights.value();
    else
        failed(lights.message());
    auto due = [&](QDate day) -> std::optional<int> {
        WorklistFilter filter;
        filter.dueFrom = filter.dueUntil = day;
        auto n = query.count(dueList, filter);
        if (!n) {
            failed(n.message());
            return std::nullopt;
        }
        return n.value();
    };
    counts.dueToday = due(today);
    counts.dueNext = due(next);
    return counts;
}

} // namespace onetrip
