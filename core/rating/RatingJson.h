#pragma once

#include "common/Result.h"
#include "rating/VisitRating.h"

#include <QJsonArray>
#include <QJsonObject>

namespace onetrip {

// Ratings as the events and case_record.ratings carry them. An unknown level or step kind
// is an error naming where it was found.
class RatingJson
{
public:
    static QJsonObject toJson(const SubRatings &sub);
    static SubRatings subFromJson(const QJsonObject &o);
    static QJsonObject toJson(const ComplaintFollowUpStep &step);
    static Result<ComplaintFollowUpStep> stepFromJson(const QJsonObject &o, const QString &where);
    static QJsonArray toJson(const QList<VisitRating> &ratings);
    static Result<QList<VisitRating>> ratingsFromJson(const QJsonArray &a, const QString &where);
    static Result<RatingLevel> level(const QString &key, const QString &where);
};

} // namespace onetrip
