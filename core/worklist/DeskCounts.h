#pragma once

#include "deadline/DeadlineLight.h"
#include "worklist/WorklistKind.h"

#include <QMap>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace onetrip {

// The figures of one 工作台, counted by DeskPlan::count. A figure that could not be counted
// is missing (the desk shows "?"), and why is in `errors`.
struct DeskCounts
{
    QMap<WorklistKind, int> lists;
    std::optional<QMap<DeadlineLight, int>> lights;
    std::optional<int> dueToday;
    std::optional<int> dueNext;
    QStringList errors; // each message once
};

} // namespace onetrip

Q_DECLARE_METATYPE(onetrip::DeskCounts)
