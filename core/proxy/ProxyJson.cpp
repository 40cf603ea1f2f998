#include "proxy/ProxyJson.h"

#include "cases/CaseJson.h"
#include "common/StoredValue.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString time(const QDateTime &at)
{
    return at.toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}

} // namespace

QJsonObject ProxyJson::toJson(const ProxyScope &s)
{
    return {{QStringLiteral("submission"), s.submission},
            {QStringLiteral("corrections"), s.corrections},
            {QStringLiteral("pickup"), s.pickup}};
}

ProxyScope ProxyJson::scopeFromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("submission")).toBool(),
            o.value(QLatin1String("corrections")).toBool(),
            o.value(QLatin1String("pickup")).toBool()};
}

QJsonObject ProxyJson::toJson(const Party &p)
{
    return {{QStringLiteral("kind"), toKey(p.kind)},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name}};
}

Result<Party> ProxyJson::partyFromJson(const QJsonObject &o, const QString &where)
{
    auto kind =
        StoredValue::key(partyKindFromKey(str(o, "kind")), str(o, "kind"),
                         QCoreApplication::translate("Store", "holder of the materials"), where);
    if (!kind)
        return kind.error();
    return Party{kind.value(), str(o, "id"), str(o, "name")};
}

QJsonArray ProxyJson::toJson(const QList<HandedMaterial> &materials)
{
    QJsonArray out;
    for (const HandedMaterial &m : materials)
        out << QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("copies"), m.copies}};
    return out;
}

QList<HandedMaterial> ProxyJson::materialsFromJson(const QJsonArray &a)
{
    QList<HandedMaterial> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out << HandedMaterial{str(o, "name"), o.value(QLatin1String("copies")).toInt()};
    }
    return out;
}

QJsonObject ProxyJson::toJson(const ProxyCase &p)
{
    QJsonArray handovers;
    for (const Handover &h : p.handovers)
        handovers << QJsonObject{{QStringLiteral("at"), time(h.at)},
                                 {QStringLiteral("by"), h.by},
                                 {QStringLiteral("from"), toJson(h.from)},
                                 {QStringLiteral("to"), toJson(h.to)},
                                 {QStringLiteral("materials"), toJson(h.materials)},
                                 {QStringLiteral("note"), h.note},
                                 {QStringLiteral("reassignment"), h.reassignment}};
    QJsonArray steps;
    for (const ProxyStep &s : p.steps)
        steps << QJsonObject{{QStringLiteral("at"), time(s.at)},
                             {QStringLiteral("by"), s.by},
                             {QStringLiteral("department"), s.department},
                             {QStringLiteral("text"), s.text}};
    QJsonArray reassignments;
    for (const ProxyReassignment &r : p.reassignments)
        reassignments << QJsonObject{{QStringLiteral("at"), time(r.at)},
                                     {QStringLiteral("by"), r.by},
                                     {QStringLiteral("from"), toJson(r.from)},
                                     {QStringLiteral("to"), toJson(r.to)},
                                     {QStringLiteral("reason"), r.reason}};
    return {{QStringLiteral("agent"), p.agentLogin},
            {QStringLiteral("agentName"), p.agentName},
            {QStringLiteral("scope"), toJson(p.scope)},
            {QStringLiteral("phone"), p.applicantPhone},
            {QStringLiteral("commitDate"), CaseJson::toJson(p.commitDate)},
            {QStringLiteral("takenOn"), CaseJson::toJson(p.takenOn)},
            {QStringLiteral("applicantName"), p.applicantName},
            {QStringLiteral("handovers"), handovers},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("reassignments"), reassignments},
            {QStringLiteral("completedOn"), CaseJson::toJson(p.completedOn)},
            {QStringLiteral("summary"), p.summary}};
}

Result<ProxyCase> ProxyJson::proxyFromJson(const QJsonObject &o, const QString &where)
{
    ProxyCase p;
    p.agentLogin = str(o, "agent");
    p.agentName = str(o, "agentName");
    p.scope = scopeFromJson(o.value(QLatin1String("scope")).toObject());
    p.applicantPhone = str(o, "phone");
    p.commitDate = CaseJson::dateFromJson(o.value(QLatin1String("commitDate")));
    p.takenOn = CaseJson::dateFromJson(o.value(QLatin1String("takenOn")));
    p.applicantName = str(o, "applicantName");
    for (const QJsonValue &v : o.value(QLatin1String("handovers")).toArray()) {
        const QJsonObject h = v.toObject();
        auto from = partyFromJson(h.value(QLatin1String("from")).toObject(), where);
        if (!from)
            return from.error();
        auto to = partyFromJson(h.value(QLatin1String("to")).toObject(), where);
        if (!to)
            return to.error();
        p.handovers << Handover{timeFrom(h, "at"),
                                str(h, "by"),
                                from.value(),
                                to.value(),
                                materialsFromJson(h.value(QLatin1String("materials")).toArray()),
                                str(h, "note"),
                                h.value(QLatin1String("reassignment")).toBool()};
    }
    for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        p.steps << ProxyStep{timeFrom(s, "at"), str(s, "by"), str(s, "department"), str(s, "text")};
    }
    for (const QJsonValue &v : o.value(QLatin1String("reassignments")).toArray()) {
        const QJsonObject r = v.toObject();
        auto from = partyFromJson(r.value(QLatin1String("from")).toObject(), where);
        if (!from)
            return from.error();
        auto to = partyFromJson(r.value(QLatin1String("to")).toObject(), where);
        if (!to)
            return to.error();
        p.reassignments << ProxyReassignment{timeFrom(r, "at"), str(r, "by"), from.value(),
                                             to.value(), str(r, "reason")};
    }
    p.completedOn = CaseJson::dateFromJson(o.value(QLatin1String("completedOn")));
    p.summary = str(o, "summary");
    return p;
}

} // namespace onetrip
