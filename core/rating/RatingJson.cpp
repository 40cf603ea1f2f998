#include "rating/RatingJson.h"

#include "cases/CaseJson.h"
#include "common/StoredValue.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject RatingJson::toJson(const SubRatings &sub)
{
    return {{QStringLiteral("efficiency"), sub.efficiency},
            {QStringLiteral("attitude"), sub.attitude},
            {QStringLiteral("guidance"), sub.guidance}};
}

SubRatings RatingJson::subFromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("efficiency")).toInt(),
            o.value(QLatin1String("attitude")).toInt(), o.value(QLatin1String("guidance")).toInt()};
}

QJsonObject RatingJson::toJson(const ComplaintFollowUpStep &s)
{
    return {{QStringLiteral("kind"), toKey(s.kind)},
            {QStringLiteral("on"), CaseJson::toJson(s.on)},
            {QStringLiteral("by"), s.by},
            {QStringLiteral("text"), s.text},
            {QStringLiteral("outcome"), s.outcome}};
}

Result<ComplaintFollowUpStep> RatingJson::stepFromJson(const QJsonObject &o, const QString &where)
{
    auto kind =
        StoredValue::key(complaintFollowUpKindFromKey(str(o, "kind")), str(o, "kind"),
                         QCoreApplication::translate("Store", "kind of follow-up step"), where);
    if (!kind)
        return kind.error();
    return ComplaintFollowUpStep{kind.value(), CaseJson::dateFromJson(o.value(QLatin1String("on"))),
                                 str(o, "by"), str(o, "text"),
                                 o.value(QLatin1String("outcome")).toBool()};
}

Result<RatingLevel> RatingJson::level(const QString &key, const QString &where)
{
    return StoredValue::key(ratingLevelFromKey(key), key,
                            QCoreApplication::translate("Store", "rating"), where);
}

QJsonArray RatingJson::toJson(const QList<VisitRating> &ratings)
{
    QJsonArray out;
    for (const VisitRating &r : ratings) {
        QJsonArray steps;
        for (const ComplaintFollowUpStep &s : r.steps)
            steps << toJson(s);
        out << QJsonObject{{QStringLiteral("trip"), r.trip},
                           {QStringLiteral("level"), toKey(r.level)},
                           {QStringLiteral("sub"), toJson(r.sub)},
                           {QStringLiteral("comment"), r.comment},
                           {QStringLiteral("clerk"), r.clerk},
                           {QStringLiteral("at"), r.ratedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("followUpDays"), r.followUpDays},
                           {QStringLiteral("followUpDue"), CaseJson::toJson(r.followUpDue)},
                           {QStringLiteral("steps"), steps}};
    }
    return out;
}

Result<QList<VisitRating>> RatingJson::ratingsFromJson(const QJsonArray &a, const QString &where)
{
    QList<VisitRating> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        VisitRating r;
        r.trip = o.value(QLatin1String("trip")).toInt();
        auto lvl = level(str(o, "level"), where);
        if (!lvl)
            return lvl.error();
        r.level = lvl.value();
        r.sub = subFromJson(o.value(QLatin1String("sub")).toObject());
        r.comment = str(o, "comment");
        r.clerk = str(o, "clerk");
        r.ratedAt = QDateTime::fromString(str(o, "at"), Qt::ISODateWithMs);
        r.followUpDays = o.value(QLatin1String("followUpDays")).toInt();
        r.followUpDue = CaseJson::dateFromJson(o.value(QLatin1String("followUpDue")));
        for (const QJsonValue &s : o.value(QLatin1String("steps")).toArray()) {
            auto step = stepFromJson(s.toObject(), where);
            if (!step)
                return step.error();
            r.steps << step.value();
        }
        out << r;
    }
    return out;
}

} // namespace onetrip
