#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// 好差评: the applicant's rating of one visit (trip) of a case, five levels from 非常满意 to
// 非常不满意.
enum class RatingLevel
{
    VerySatisfied,
    Satisfied,
    Basic, // 基本满意
    Dissatisfied,
    VeryDissatisfied,
};

QString toKey(RatingLevel level); // "very-satisfied" …
std::optional<RatingLevel> ratingLevelFromKey(const QString &key);
QString displayName(RatingLevel level); // 非常满意 … (context "Ratings")
QList<RatingLevel> allRatingLevels();   // best first
// 差评: 不满意 and 非常不满意 open a follow-up (回访, 整改, the rater's view).
bool isBad(RatingLevel level);

// What the applicant may rate besides the whole visit: 1 (worst) to 5 (best); 0: not given.
struct SubRatings
{
    int efficiency = 0; // 办事效率
    int attitude = 0;   // 服务态度
    int guidance = 0;   // 指引准确
    bool operator==(const SubRatings &) const = default;
};

// A step of a 差评 follow-up.
enum class ComplaintFollowUpKind
{
    ReturnVisit,   // 回访: the rater contacted, what they said
    Rectification, // 整改: what was put right
    RaterView,     // the rater's view of the fix: satisfied closes the follow-up
    Appeal,        // 申诉 decided by a supervisor: upheld, the rating no longer counts
};

QString
toKey(ComplaintFollowUpKind kind); // "return-visit", "rectification", "rater-view", "appeal"
std::optional<ComplaintFollowUpKind> complaintFollowUpKindFromKey(const QString &key);
QString displayName(ComplaintFollowUpKind kind);

struct ComplaintFollowUpStep
{
    ComplaintFollowUpKind kind = ComplaintFollowUpKind::ReturnVisit;
    QDate on;
    QString by; // login
    QString text;
    bool outcome = false; // rater's view: satisfied; appeal: upheld
    bool operator==(const ComplaintFollowUpStep &) const = default;
};

enum class ComplaintFollowUpState
{
    None,         // a good rating: nothing to follow up
    Open,         // a 差评 waiting for its follow-up
    Closed,       // the rater satisfied with the fix
    AppealUpheld, // a supervisor found the rating wrong: it no longer counts
};

QString toKey(ComplaintFollowUpState state);
QString displayName(ComplaintFollowUpState state);

// One visit's rating, bound to the case and the visit: one per visit.
struct VisitRating
{
    int trip = 0;
    RatingLevel level = RatingLevel::Satisfied;
    SubRatings sub;
    QString comment;
    QString clerk; // login of the clerk who served the visit (rated)
    QDateTime ratedAt;
    int followUpDays = 0; // working days for the follow-up (a 差评 only; the hall's setting)
    QDate followUpDue;    // counted when rated (a 差评 only)
    QList<ComplaintFollowUpStep> steps;

    ComplaintFollowUpState state() const;
    // Whether it counts in the hall's satisfaction figures (not after an upheld appeal).
    bool counts() const { return state() != ComplaintFollowUpState::AppealUpheld; }
    bool operator==(const VisitRating &) const = default;
};

} // namespace onetrip
