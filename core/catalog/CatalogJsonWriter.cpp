// CatalogJson: writing records and files. QJsonObject keeps its keys sorted, so the same
// guide always gives the same bytes: the store hashes them to see whether a guide changed.
#include "catalog/CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onetrip {

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Optional text and lists are left out when empty, as the reader allows.
void putText(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key(name), value);
}

void putList(QJsonObject &o, const char *name, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key(name), QJsonArray::fromStringList(values));
}

QJsonValue limit(const std::optional<int> &days)
{
    return days ? QJsonValue(*days) : QJsonValue(QJsonValue::Null);
}

QJsonObject provenanceToJson(const ProvenanceInfo &p)
{
    QJsonObject o;
    o.insert(key("record"), toKey(p.record));
    putText(o, "note", p.note);
    if (!p.fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = p.fields.constBegin(); it != p.fields.constEnd(); ++it)
            fields.insert(it.key(), toKey(it.value()));
        o.insert(key("fields"), fields);
    }
    putList(o, "sources", p.sources);
    return o;
}

QJsonObject situationToJson(const Situation &s)
{
    QJsonObject o;
    o.insert(key("id"), s.id);
    o.insert(key("question"), s.question);
    QJsonArray options;
    for (const SituationOption &option : s.options)
        options.append(QJsonObject{{key("id"), option.id}, {key("label"), option.label}});
    o.insert(key("options"), options);
    o.insert(key("default"), s.defaultOption);
    return o;
}

QJsonObject materialToJson(const MaterialRequirement &m)
{
    QJsonObject o;
    o.insert(key("id"), m.id);
    o.insert(key("name"), m.name);
    o.insert(key("originalOrCopy"), toKey(m.originalOrCopy));
    o.insert(key("copies"), m.copies);
    o.insert(key("medium"), toKey(m.medium));
    o.insert(key("requirement"), toKey(m.requirement));
    if (!m.appliesWhen.isEmpty()) {
        QJsonArray conditions;
        for (const SituationCondition &c : m.appliesWhen)
            conditions.append(
                QJsonObject{{key("situation"), c.situationId},
                            {key("options"), QJsonArray::fromStringList(c.optionIds)}});
        o.insert(key("appliesWhen"), conditions);
    }
    o.insert(key("main"), m.main);
    o.insert(key("deferrable"), m.deferrable);
    o.insert(key("commitmentInLieu"), m.commitmentInLieu);
    o.insert(key("obtainedBySharing"), m.obtainedBySharing);
    o.insert(key("source"), toKey(m.source));
    putText(o, "sourceNote", m.sourceNote);
    putText(o, "howToObtain", m.howToObtain);
    putText(o, "remarks", m.remarks);
    putText(o, "sharedKey", m.sharedKey);
    o.insert(key("provenance"), toKey(m.provenance));
    return o;
}

} // namespace

QJsonObject CatalogJson::guideToJson(const ServiceGuide &g)
{
    QJsonObject o;
    o.insert(key("code"), g.code);
    o.insert(key("name"), g.name);
    o.insert(key("department"), g.department);
    putText(o, "itemType", g.itemType);
    o.insert(key("handlingForm"), toKey(g.handlingForm));
    putText(o, "handlingFormNote", g.handlingFormNote);
    o.insert(key("caseType"), toKey(g.caseType));
    putText(o, "caseTypeNote", g.caseTypeNote);
    o.insert(key("legalLimitDays"), limit(g.legalLimitDays));
    putText(o, "legalLimitText", g.legalLimitText);
    o.insert(key("promisedLimitDays"), limit(g.promisedLimitDays));
    putText(o, "promisedLimitText", g.promisedLimitText);
    putText(o, "fee", g.fee);
    putText(o, "conditions", g.conditions);
    QStringList modes;
    for (DeliveryMode mode : g.deliveryModes)
        modes.append(toKey(mode));
    putList(o, "deliveryModes", modes);
    putList(o, "legalBasis", g.legalBasis);
    putText(o, "result", g.result);
    putText(o, "validity", g.validity);
    putList(o, "aliases", g.aliases);
    o.insert(key("provenance"), provenanceToJson(g.provenance));
    if (!g.situations.isEmpty()) {
        QJsonArray situations;
        for (const Situation &s : g.situations)
            situations.append(situationToJson(s));
        o.insert(key("situations"), situations);
    }
    if (!g.materials.isEmpty()) {
        QJsonArray materials;
        for (const MaterialRequirement &m : g.materials)
            materials.append(materialToJson(m));
        o.insert(key("materials"), materials);
    }
    return o;
}

QJsonObject CatalogJson::bundleToJson(const Bundle &b)
{
    QJsonObject o;
    o.insert(key("code"), b.code);
    o.insert(key("name"), b.name);
    putText(o, "description", b.description);
    o.insert(key("items"), QJsonArray::fromStringList(b.itemCodes));
    o.insert(key("provenance"), provenanceToJson(b.provenance));
    return o;
}

QByteArray CatalogJson::write(const Catalog &catalog)
{
    QJsonArray items;
    for (const ServiceGuide &g : catalog.guides)
        items.append(guideToJson(g));
    QJsonArray bundles;
    for (const Bundle &b : catalog.bundles)
        bundles.append(bundleToJson(b));
    const QJsonObject file{{key("format"), QLatin1String(FormatName)},
                           {key("formatVersion"), FormatVersion},
                           {key("source"), catalog.source},
                           {key("items"), items},
                           {key("bundles"), bundles}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

} // namespace onetrip
