#include "rating/VisitRating.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const std::pair<RatingLevel, const char *> kLevels[] = {
    {RatingLevel::VerySatisfied, "very-satisfied"},
    {RatingLevel::Satisfied, "satisfied"},
    {RatingLevel::Basic, "basic"},
    {RatingLevel::Dissatisfied, "dissatisfied"},
    {RatingLevel::VeryDissatisfied, "very-dissatisfied"},
};

const std::pair<ComplaintFollowUpKind, const char *> kSteps[] = {
    {ComplaintFollowUpKind::ReturnVisit, "return-visit"},
    {ComplaintFollowUpKind::Rectification, "rectification"},
    {ComplaintFollowUpKind::RaterView, "rater-view"},
    {ComplaintFollowUpKind::Appeal, "appeal"},
};

const std::pair<ComplaintFollowUpState, const char *> kStates[] = {
    {ComplaintFollowUpState::None, "none"},
    {ComplaintFollowUpState::Open, "open"},
    {ComplaintFollowUpState::Closed, "closed"},
    {ComplaintFollowUpState::AppealUpheld, "appeal-upheld"},
};

} // namespace

QString toKey(RatingLevel level)
{
    return enumKey(level, kLevels);
}

std::optional<RatingLevel> ratingLevelFromKey(const QString &key)
{
    return enumFromKey(key, kLevels);
}

QList<RatingLevel> allRatingLevels()
{
    QList<RatingLevel> out;
    for (const auto &[level, key] : kLevels)
        out << level;
    return out;
}

QString displayName(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QCoreApplication::translate("Ratings", "Very satisfied");
    case RatingLevel::Satisfied:
        return QCoreApplication::translate("Ratings", "Satisfied");
    case RatingLevel::Basic:
        return QCoreApplication::translate("Ratings", "Basically satisfied");
    case RatingLevel::Dissatisfied:
        return QCoreApplication::translate("Ratings", "Dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QCoreApplication::translate("Ratings", "Very dissatisfied");
    }
    return QString();
}

bool isBad(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

QString toKey(ComplaintFollowUpKind kind)
{
    return enumKey(kind, kSteps);
}

std::optional<ComplaintFollowUpKind> complaintFollowUpKindFromKey(const QString &key)
{
    return enumFromKey(key, kSteps);
}

QString displayName(ComplaintFollowUpKind kind)
{
    switch (kind) {
    case ComplaintFollowUpKind::ReturnVisit:
        return QCoreApplication::translate("Ratings", "Return visit");
    case ComplaintFollowUpKind::Rectification:
        return QCoreApplication::translate("Ratings", "Rectification");
    case ComplaintFollowUpKind::RaterView:
        return QCoreApplication::translate("Ratings", "Rater's view of the fix");
    case ComplaintFollowUpKind::Appeal:
        return QCoreApplication::translate("Ratings", "Appeal");
    }
    return QString();
}

QString toKey(ComplaintFollowUpState state)
{
    return enumKey(state, kStates);
}

QString displayName(ComplaintFollowUpState state)
{
    switch (state) {
    case ComplaintFollowUpState::None:
        return QCoreApplication::translate("Ratings", "No follow-up");
    case ComplaintFollowUpState::Open:
        return QCoreApplication::translate("Ratings", "Follow-up open");
    case ComplaintFollowUpState::Closed:
        return QCoreApplication::translate("Ratings", "Follow-up closed");
    case ComplaintFollowUpState::AppealUpheld:
        return QCoreApplication::translate("Ratings", "Appeal upheld: not counted");
    }
    return QString();
}

ComplaintFollowUpState VisitRating::state() const
{
    if (!isBad(level))
        return ComplaintFollowUpState::None;
    for (const ComplaintFollowUpStep &step : steps) {
        if (step.kind == ComplaintFollowUpKind::Appeal && step.outcome)
            return ComplaintFollowUpState::AppealUpheld;
        if (step.kind == ComplaintFollowUpKind::RaterView && step.outcome)
            return ComplaintFollowUpState::Closed;
    }
    return ComplaintFollowUpState::Open;
}

} // namespace onetrip
