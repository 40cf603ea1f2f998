// The payloads of the 好差评 and ID-reveal events (CaseEvents.h).
#include "cases/CaseEvents.h"

#include "cases/CaseJson.h"
#include "cases/EventPayload.h"
#include "common/StoredValue.h"
#include "rating/RatingJson.h"

#include <QCoreApplication>

namespace onetrip::CaseEvents {

using namespace payload;

QJsonObject Rated::toPayload() const
{
    QJsonObject o{{QStringLiteral("trip"), trip},
                  {QStringLiteral("level"), toKey(level)},
                  {QStringLiteral("sub"), RatingJson::toJson(sub)},
                  {QStringLiteral("comment"), comment},
                  {QStringLiteral("clerk"), clerk}};
    if (followUpDue.isValid()) {
        o.insert(QStringLiteral("followUpDays"), followUpDays);
        o.insert(QStringLiteral("followUpDue"), CaseJson::toJson(followUpDue));
    }
    return versioned(o);
}

QJsonObject ComplaintFollowedUp::toPayload() const
{
    QJsonObject o{{QStringLiteral("trip"), trip},
                  {QStringLiteral("step"), toKey(kind)},
                  {QStringLiteral("on"), CaseJson::toJson(on)},
                  {QStringLiteral("text"), text}};
    if (kind == ComplaintFollowUpKind::RaterView)
        o.insert(QStringLiteral("satisfied"), satisfied);
    return versioned(o);
}

QJsonObject RatingAppealed::toPayload() const
{
    return versioned(
        {{QStringLiteral("trip"), trip},
         {QStringLiteral("result"), upheld ? QStringLiteral("upheld") : QStringLiteral("refused")},
         {QStringLiteral("on"), CaseJson::toJson(on)},
         {QStringLiteral("reason"), reason}});
}

QJsonObject IdRevealed::toPayload() const
{
    return versioned(
        {{QStringLiteral("whose"), agent ? QStringLiteral("agent") : QStringLiteral("applicant")},
         {QStringLiteral("reason"), reason}});
}

std::optional<Result<Body>> decodeRating(const CaseEvent &e, const QString &where)
{
    const QJsonObject &o = e.payload;
    const QString &type = e.type;
    if (type == QLatin1String(Rated::kType)) {
        auto level = RatingJson::level(str(o, "level"), where);
        if (!level)
            return Result<Body>(level.error());
        return Result<Body>(
            Body(Rated{integer(o, "trip"), level.value(),
                       RatingJson::subFromJson(o.value(QLatin1String("sub")).toObject()),
                       str(o, "comment"), str(o, "clerk"), integer(o, "followUpDays"),
                       CaseJson::dateFromJson(o.value(QLatin1String("followUpDue")))}));
    }
    if (type == QLatin1String(ComplaintFollowedUp::kType)) {
        const auto kind = complaintFollowUpKindFromKey(str(o, "step"));
        if (!kind || *kind == ComplaintFollowUpKind::Appeal)
            return Result<Body>(
                StoredValue::unknown(QCoreApplication::translate("Store", "kind of follow-up step"),
                                     str(o, "step"), where));
        return Result<Body>(Body(ComplaintFollowedUp{
            integer(o, "trip"), *kind, CaseJson::dateFromJson(o.value(QLatin1String("on"))),
            str(o, "text"), o.value(QLatin1String("satisfied")).toBool()}));
    }
    if (type == QLatin1String(RatingAppealed::kType)) {
        const QString result = str(o, "result");
        if (result != QLatin1String("upheld") && result != QLatin1String("refused"))
            return Result<Body>(StoredValue::unknown(
                QCoreApplication::translate("Store", "appeal decision"), result, where));
        return Result<Body>(Body(RatingAppealed{
            integer(o, "trip"), result == QLatin1String("upheld"),
            CaseJson::dateFromJson(o.value(QLatin1String("on"))), str(o, "reason")}));
    }
    if (type == QLatin1String(IdRevealed::kType)) {
        const QString whose = str(o, "whose");
        if (whose != QLatin1String("agent") && whose != QLatin1String("applicant"))
            return Result<Body>(StoredValue::unknown(
                QCoreApplication::translate("Store", "whose ID"), whose, where));
        return Result<Body>(Body(IdRevealed{whose == QLatin1String("agent"), str(o, "reason")}));
    }
    return std::nullopt;
}

} // namespace onetrip::CaseEvents
