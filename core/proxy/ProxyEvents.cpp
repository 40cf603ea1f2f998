// The payloads of the 代办 events (CaseEvents.h).
#include "cases/CaseEvents.h"

#include "cases/CaseJson.h"
#include "cases/EventPayload.h"
#include "proxy/ProxyJson.h"

namespace onetrip::CaseEvents {

using namespace payload;

QJsonObject ProxyTaken::toPayload() const
{
    return versioned({{QStringLiteral("agent"), agent},
                      {QStringLiteral("agentName"), agentName},
                      {QStringLiteral("scope"), ProxyJson::toJson(scope)},
                      {QStringLiteral("phone"), phone},
                      {QStringLiteral("commitDate"), CaseJson::toJson(commitDate)}});
}

QJsonObject HandedOver::toPayload() const
{
    return versioned({{QStringLiteral("from"), ProxyJson::toJson(from)},
                      {QStringLiteral("to"), ProxyJson::toJson(to)},
                      {QStringLiteral("materials"), ProxyJson::toJson(materials)},
                      {QStringLiteral("note"), note}});
}

QJsonObject ProxyStepped::toPayload() const
{
    return versioned({{QStringLiteral("department"), department}, {QStringLiteral("text"), text}});
}

QJsonObject ProxyReassigned::toPayload() const
{
    return versioned({{QStringLiteral("agent"), agent},
                      {QStringLiteral("agentName"), agentName},
                      {QStringLiteral("reason"), reason}});
}

QJsonObject ProxyCompleted::toPayload() const
{
    return versioned({{QStringLiteral("summary"), summary}});
}

std::optional<Result<Body>> decodeProxy(const CaseEvent &e, const QString &where)
{
    const QJsonObject &o = e.payload;
    const QString &type = e.type;
    if (type == QLatin1String(ProxyTaken::kType))
        return Result<Body>(Body(ProxyTaken{
            str(o, "agent"), str(o, "agentName"),
            ProxyJson::scopeFromJson(o.value(QLatin1String("scope")).toObject()), str(o, "phone"),
            CaseJson::dateFromJson(o.value(QLatin1String("commitDate")))}));
    if (type == QLatin1String(HandedOver::kType)) {
        auto from = ProxyJson::partyFromJson(o.value(QLatin1String("from")).toObject(), where);
        if (!from)
            return Result<Body>(from.error());
        auto to = ProxyJson::partyFromJson(o.value(QLatin1String("to")).toObject(), where);
        if (!to)
            return Result<Body>(to.error());
        return Result<Body>(Body(
            HandedOver{from.value(), to.value(),
                       ProxyJson::materialsFromJson(o.value(QLatin1String("materials")).toArray()),
                       str(o, "note")}));
    }
    if (type == QLatin1String(ProxyStepped::kType))
        return Result<Body>(Body(ProxyStepped{str(o, "department"), str(o, "text")}));
    if (type == QLatin1String(ProxyReassigned::kType))
        return Result<Body>(
            Body(ProxyReassigned{str(o, "agent"), str(o, "agentName"), str(o, "reason")}));
    if (type == QLatin1String(ProxyCompleted::kType))
        return Result<Body>(Body(ProxyCompleted{str(o, "summary")}));
    return std::nullopt;
}

} // namespace onetrip::CaseEvents
