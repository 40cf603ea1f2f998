#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/CaseRecord.h"
#include "common/Result.h"
#include "deadline/CaseClock.h"
#include "rating/VisitRating.h"

#include <QDate>
#include <QString>

#include <optional>

namespace onetrip {

// 好差评 in one place for the commands and for the projector (here and on the server): one
// rating per visit, the 差评 follow-up in its order (回访 before 整改, the rater's view after
// a 整改), its deadline, and the supervisor's appeal.
class RatingRules
{
public:
    static constexpr int kMaxCommentLength = 500;
    static constexpr int kMaxTextLength = 1000;

    // Visit `trip` of the case may be rated on `on`: a visit it had, not rated before,
    // sub-ratings 0 (not given) to 5, a comment of at most kMaxCommentLength characters.
    static Status mayRate(const CaseRecord &record, int trip, const SubRatings &sub,
                          const QString &comment, QDate on);
    // `step` of the follow-up of visit `trip`, recorded by `step.by`: the rating is a 差评
    // whose follow-up is open; the text says what was done; 整改 only after a 回访, the rater's
    // view only after a 整改 not yet viewed; the clerk who was rated records neither the 回访
    // nor the rater's view (someone else asks the rater). Appeals are supervisors'
    // (Permissions, by event type).
    static Status mayFollowUp(const CaseRecord &record, int trip,
                              const ComplaintFollowUpStep &step);

    // The rating of visit `trip`, or nullptr.
    static const VisitRating *find(const CaseRecord &record, int trip);
    // The follow-up's deadline as it stands on `today` (while it is open).
    static std::optional<DeadlineStatus> followUp(const VisitRating &rating, QDate today,
                                                  const WorkdayCalendar &calendar,
                                                  const WarningPolicy &policy);
    // The same from the due day and working days alone (what the deadline index and the
    // worklist rows keep): the fixed due day, the warning window of a `days` limit.
    static DeadlineStatus followUpDeadline(QDate due, int days, QDate today,
                                           const WorkdayCalendar &calendar,
                                           const WarningPolicy &policy);
    // The open follow-up due first (the 差评 worklist's row), or nullptr.
    static const VisitRating *firstOpen(const CaseRecord &record);
};

} // namespace onetrip
