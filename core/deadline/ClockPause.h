#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// Time the law does not count against a deadline (特殊环节, 《行政许可法》 Art. 45: hearing,
// bidding, auction, inspection, testing, quarantine, appraisal, expert review; and 补正 after
// acceptance where a rule stops the clock).
enum class PauseKind
{
    Hearing,
    Bidding,
    Auction,
    Inspection,
    Testing,
    Quarantine,
    Appraisal,
    ExpertReview,
    Correction,
};

QString toKey(PauseKind kind); // "hearing", "expert-review" …
std::optional<PauseKind> pauseKindFromKey(const QString &key);
QString displayName(PauseKind kind); // 听证, 专家评审 … (context "Deadlines")
QList<PauseKind> allPauseKinds();

// One stop of the clock: the working days from `from` (its own day included) up to
// `until` (excluded: the clock runs again that day) are not counted. `until` null: still
// stopped.
struct ClockPause
{
    PauseKind kind = PauseKind::Hearing;
    QString reason;
    QDate from;
    QDate until;

    bool isOpen() const { return until.isNull(); }
    bool operator==(const ClockPause &) const = default;
};

} // namespace onetrip
