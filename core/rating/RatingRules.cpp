#include "rating/RatingRules.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Status refuse(const char *text)
{
    return Status::failure(QCoreApplication::translate("Ratings", text));
}

} // namespace

const VisitRating *RatingRules::find(const CaseRecord &r, int trip)
{
    for (const VisitRating &rating : r.ratings) {
        if (rating.trip == trip)
            return &rating;
    }
    return nullptr;
}

Status RatingRules::mayRate(const CaseRecord &r, int trip, const SubRatings &sub,
                            const QString &comment, QDate on)
{
    if (trip < 1 || trip > r.trips)
        return Status::failure(
            QCoreApplication::translate("Ratings",
                                        "Case %1 has no visit %2 to rate (it has %n "
                                        "visit(s)).",
                                        nullptr, r.trips)
                .arg(r.number)
                .arg(trip));
    if (find(r, trip))
        return Status::failure(
            QCoreApplication::translate("Ratings",
                                        "Visit %1 of case %2 is rated already: one rating per "
                                        "visit.")
                .arg(trip)
                .arg(r.number));
    for (int value : {sub.efficiency, sub.attitude, sub.guidance}) {
        if (value < 0 || value > 5)
            return refuse(QT_TRANSLATE_NOOP("Ratings", "A sub-rating is 1 to 5 stars, or not "
                                                       "given."));
    }
    if (comment.trimmed().size() > kMaxCommentLength)
        return Status::failure(
            QCoreApplication::translate("Ratings", "The comment is longer than %1 characters.")
                .arg(kMaxCommentLength));
    if (!on.isValid() || (r.receivedOn.isValid() && on < r.receivedOn))
        return refuse(QT_TRANSLATE_NOOP("Ratings", "A visit is rated after it, not before."));
    return {};
}

Status RatingRules::mayFollowUp(const CaseRecord &r, int trip, const ComplaintFollowUpStep &step)
{
    const VisitRating *rating = find(r, trip);
    if (!rating)
        return Status::failure(
            QCoreApplication::translate("Ratings", "Visit %1 of case %2 has no rating.")
                .arg(trip)
                .arg(r.number));
    switch (rating->state()) {
    case ComplaintFollowUpState::None:
        return refuse(QT_TRANSLATE_NOOP("Ratings", "Only a 不满意 or 非常不满意 rating is "
                                                   "followed up."));
    case ComplaintFollowUpState::Closed:
        return refuse(QT_TRANSLATE_NOOP("Ratings", "This follow-up is closed: the rater was "
                                                   "satisfied with the fix."));
    case ComplaintFollowUpState::AppealUpheld:
        return refuse(QT_TRANSLATE_NOOP("Ratings", "This rating was set aside on appeal: there "
                                                   "is nothing to follow up."));
    case ComplaintFollowUpState::Open:
        break;
    }
    if (step.text.trimmed().isEmpty())
        return step.kind == ComplaintFollowUpKind::Appeal
                   ? refuse(QT_TRANSLATE_NOOP("Ratings", "Say why the appeal is upheld or "
                                                         "refused: the reason is kept with the "
                                                         "case."))
                   : refuse(QT_TRANSLATE_NOOP("Ratings", "Write down what was done: it is kept "
                                                         "with the rating."));
    if (step.text.trimmed().size() > kMaxTextLength)
        return Status::failure(
            QCoreApplication::translate("Ratings", "The text is longer than %1 characters.")
                .arg(kMaxTextLength));
    if (!step.on.isValid() || step.on < rating->ratedAt.date())
        return refuse(QT_TRANSLATE_NOOP("Ratings", "A follow-up step comes after the rating."));
    bool visited = false;
    bool fixPending = false; // a 整改 the rater has not yet been asked about
    for (const ComplaintFollowUpStep &s : rating->steps) {
        if (s.kind == ComplaintFollowUpKind::ReturnVisit)
            visited = true;
        else if (s.kind == ComplaintFollowUpKind::Rectification)
            fixPending = true;
        else if (s.kind == ComplaintFollowUpKind::RaterView)
            fixPending = false;
    }
    const bool rated = !rating->clerk.isEmpty() && step.by == rating->clerk;
    switch (step.kind) {
    case ComplaintFollowUpKind::ReturnVisit:
        if (rated)
            return refuse(QT_TRANSLATE_NOOP("Ratings", "The clerk who was rated does not make "
                                                       "the return visit: a colleague or the "
                                                       "supervisor asks the rater."));
        break;
    case ComplaintFollowUpKind::Rectification:
        if (!visited)
            return refuse(QT_TRANSLATE_NOOP("Ratings", "Make the return visit first: the fix "
                                                       "answers what the rater said."));
        break;
    case ComplaintFollowUpKind::RaterView:
        if (rated)
            return refuse(QT_TRANSLATE_NOOP("Ratings", "The clerk who was rated does not record "
                                                       "the rater's view of the fix."));
        if (!fixPending)
            return refuse(QT_TRANSLATE_NOOP("Ratings", "Record the rectification first: the "
                                                       "rater is asked about a fix."));
        break;
    case ComplaintFollowUpKind::Appeal:
        break;
    }
    return {};
}

std::optional<DeadlineStatus> RatingRules::followUp(const VisitRating &rating, QDate today,
                                                    const WorkdayCalendar &calendar,
                                                    const WarningPolicy &policy)
{
    if (rating.state() != ComplaintFollowUpState::Open || !rating.followUpDue.isValid())
        return std::nullopt;
    return followUpDeadline(rating.followUpDue, rating.followUpDays, today, calendar, policy);
}

DeadlineStatus RatingRules::followUpDeadline(QDate due, int days, QDate today,
                                             const WorkdayCalendar &calendar,
                                             const WarningPolicy &policy)
{
    return CaseClock::evaluateFixed(due, days, today, calendar, policy);
}

const VisitRating *RatingRules::firstOpen(const CaseRecord &r)
{
    const VisitRating *first = nullptr;
    for (const VisitRating &rating : r.ratings) {
        if (rating.state() == ComplaintFollowUpState::Open && rating.followUpDue.isValid() &&
            (!first || rating.followUpDue < first->followUpDue))
            first = &rating;
    }
    return first;
}

} // namespace onetrip
