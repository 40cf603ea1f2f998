#pragma once

#include <QString>

#include <optional>

namespace onetrip {

// 红黄牌: how a deadline stands today. Paused: the clock is stopped (特殊环节) and the due
// date moves with every working day of the pause.
enum class DeadlineLight
{
    Green,  // time remains
    Yellow, // within the warning window (WarningPolicy), the due day included
    Red,    // overdue
    Paused,
};

// Stable keys ("green", "yellow", "red", "paused") and the name shown (context "Deadlines").
QString toKey(DeadlineLight light);
std::optional<DeadlineLight> deadlineLightFromKey(const QString &key);
QString displayName(DeadlineLight light);

} // namespace onetrip
