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

const std::pair<FollowUpStepKind, const char *> kSteps[] = {
    {FollowUpStepKind::ReturnVisit, "return-visit"},
    {FollowUpStepKind::Rectification, "rectification"},
    {FollowUpStepKind::RaterView, "rater-view"},
    {FollowUpStepKind::Appeal, "appeal"},
};

const std::pair<FollowUpState, const char *> kStates[] = {
    {FollowUpState::None, "none"},
    {FollowUpState::Open, "open"},
    {FollowUpState::Closed, "closed"},
    {FollowUpState::AppealUpheld, "appeal-upheld"},
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

QString toKey(FollowUpStepKind kind)
{
    return enumKey(kind, kSteps);
}

std::optional<FollowUpStepKind> followUpStepKindFromKey(const QString &key)
{
    return enumFromKey(key, kSteps);
}

QString displayName(FollowUpStepKind kind)
{
    switch (kind) {
    case FollowUpStepKind::ReturnVisit:
        return QCoreApplication::translate("Ratings", "Return visit");
    case FollowUpStepKind::Rectification:
        return QCoreApplication::translate("Ratings", "Rectification");
    case FollowUpStepKind::RaterView:
        return QCoreApplication::translate("Ratings", "Rater's view of the fix");
    case FollowUpStepKind::Appeal:
        return QCoreApplication::translate("Ratings", "Appeal");
    }
    return QString();
}

QString toKey(FollowUpState state)
{
    return enumKey(state, kStates);
}

QString displayName(FollowUpState state)
{
    switch (state) {
    case FollowUpState::None:
        return QCoreApplication::translate("Ratings", "No follow-up");
    case FollowUpState::Open:
        return QCoreApplication::translate("Ratings", "Follow-up open");
    case FollowUpState::Closed:
        return QCoreApplication::translate("Ratings", "Follow-up closed");
    case FollowUpState::AppealUpheld:
        return QCoreApplication::translate("Ratings", "Appeal upheld: not counted");
    }
    return QString();
}

FollowUpState VisitRating::state() const
{
    if (!isBad(level))
        return FollowUpState::None;
    for (const FollowUpStep &step : steps) {
        if (step.kind == FollowUpStepKind::Appeal && step.outcome)
            return FollowUpState::AppealUpheld;
        if (step.kind == FollowUpStepKind::RaterView && step.outcome)
            return FollowUpState::Closed;
    }
    return FollowUpState::Open;
}

} // namespace onetrip
