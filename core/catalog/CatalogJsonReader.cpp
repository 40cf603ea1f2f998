// CatalogJson: reading one guide or bundle record (the file level is in CatalogJson.cpp).
#include "catalog/CatalogFieldReader.h"
#include "catalog/CatalogJson.h"
#include "common/MessageText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace onetrip {

namespace {

using Presence = CatalogFieldReader::Presence;

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The fields of a record that provenance.fields may name.
const QStringList &guideFieldNames()
{
    static const QStringList names = {key("code"),
                                      key("name"),
                                      key("department"),
                                      key("itemType"),
                                      key("handlingForm"),
                                      key("handlingFormNote"),
                                      key("caseType"),
                                      key("caseTypeNote"),
                                      key("legalLimitDays"),
                                      key("legalLimitText"),
                                      key("promisedLimitDays"),
                                      key("promisedLimitText"),
                                      key("fee"),
                                      key("conditions"),
                                      key("deliveryModes"),
                                      key("legalBasis"),
                                      key("result"),
                                      key("validity"),
                                      key("aliases"),
                                      key("situations"),
                                      key("materials")};
    return names;
}

const QStringList &bundleFieldNames()
{
    static const QStringList names = {key("code"), key("name"), key("description"), key("items")};
    return names;
}

constexpr std::initializer_list<Provenance> kProvenances = {Provenance::Real, Provenance::Partial,
                                                            Provenance::Reconstructed};

// Reports an id seen before in the same list; remembers it otherwise.
void checkUnique(CatalogFieldReader &r, QHash<QString, QString> &seen, const QString &id,
                 const QString &field, const QString &where)
{
    if (id.isEmpty())
        return;
    if (seen.contains(id)) {
        r.report(field, QCoreApplication::translate(
                            "CatalogJson", "The id \"%1\" is already used by %2; ids must be "
                                           "unique here.")
                            .arg(quotedValue(id), seen.value(id)));
        return;
    }
    seen.insert(id, where);
}

// Calls read(reader, path) for each element of `array` (the list at `field`) that is an
// object, with a reader whose paths start at the element ("options[2]."); any other element
// is reported and skipped.
template <typename Read>
void forEachObject(CatalogFieldReader &r, const QJsonArray &array, const QString &field, Read read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(r.fieldPath(field), i);
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            r.report(path, CatalogFieldReader::wrongType(CatalogFieldReader::typeObject(), v));
            continue;
        }
        CatalogFieldReader element(v.toObject(), r.record(), path + u'.', r.problems());
        read(element, path);
    }
}

ProvenanceInfo readProvenance(CatalogFieldReader &parent, const QStringList &fieldNames)
{
    ProvenanceInfo p;
    const std::optional<QJsonObject> o = parent.object(key("provenance"), Presence::Required);
    if (!o)
        return p;
    CatalogFieldReader r(*o, parent.record(), parent.fieldPath(key("provenance.")),
                         parent.problems());
    p.record = r.enumValue(key("record"), provenanceFromKey, kProvenances, Provenance::Real,
                           Presence::Required);
    p.note = r.text(key("note"));
    if (const std::optional<QJsonObject> fields = r.object(key("fields"))) {
        for (auto it = fields->constBegin(); it != fields->constEnd(); ++it) {
            const QString name = key("fields.") + quotedValue(it.key());
            if (!fieldNames.contains(it.key())) {
                r.reportUnknownValue(name, it.key(), fieldNames);
                continue;
            }
            if (!it.value().isString()) {
                r.report(r.fieldPath(name),
                         CatalogFieldReader::wrongType(CatalogFieldReader::typeText(), it.value()));
                continue;
            }
            if (const std::optional<Provenance> v = provenanceFromKey(it.value().toString()))
                p.fields.insert(it.key(), *v);
            else
                r.reportUnknownValue(name, it.value().toString(),
                                     {toKey(Provenance::Real), toKey(Provenance::Partial),
                                      toKey(Provenance::Reconstructed)});
        }
    }
    p.sources = r.texts(key("sources"));
    r.rejectUnknownKeys();
    return p;
}

Situation readSituation(CatalogFieldReader &r)
{
    Situation s;
    s.id = r.key(key("id"));
    s.question = r.text(key("question"), Presence::Required);
    const QJsonArray options = r.array(key("options"));
    QHash<QString, QString> optionIds;
    forEachObject(r, options, key("options"), [&](CatalogFieldReader &ro, const QString &path) {
        SituationOption option;
        option.id = ro.key(key("id"));
        checkUnique(ro, optionIds, option.id, ro.fieldPath(key("id")), path);
        option.label = ro.text(key("label"), Presence::Required);
        ro.rejectUnknownKeys();
        s.options.append(option);
    });
    if (options.size() < 2)
        r.report(r.fieldPath(key("options")),
                 QCoreApplication::translate("CatalogJson", "A situation needs at least 2 "
                                                            "options to choose from; found %1.")
                     .arg(options.size()));
    s.defaultOption = r.key(key("default"));
    if (!s.defaultOption.isEmpty() && !s.option(s.defaultOption)) {
        QStringList ids;
        for (const SituationOption &o : std::as_const(s.options))
            ids.append(o.id);
        r.report(r.fieldPath(key("default")),
                 QCoreApplication::translate("CatalogJson",
                                             "\"%1\" is not one of this situation's options (%2).")
                     .arg(quotedValue(s.defaultOption), ids.join(QStringLiteral(", "))));
    }
    r.rejectUnknownKeys();
    return s;
}

// `listed` receives how many conditions the file lists, valid or not.
QList<SituationCondition> readConditions(CatalogFieldReader &r, const QList<Situation> &situations,
                                         qsizetype &listed)
{
    QList<SituationCondition> conditions;
    const QJsonArray list = r.array(key("appliesWhen"));
    listed = list.size();
    QStringList named;
    forEachObject(r, list, key("appliesWhen"), [&](CatalogFieldReader &rc, const QString &) {
        SituationCondition c;
        c.situationId = rc.key(key("situation"));
        c.optionIds = rc.texts(key("options"), true);
        if (!rc.has(key("options")) || c.optionIds.isEmpty())
            rc.report(rc.fieldPath(key("options")),
                      QCoreApplication::translate(
                          "CatalogJson", "List at least one option of the situation for which "
                                         "the material applies."));
        rc.rejectUnknownKeys();
        if (c.situationId.isEmpty())
            return;
        if (named.contains(c.situationId))
            rc.report(rc.fieldPath(key("situation")),
                      QCoreApplication::translate("CatalogJson",
                                                  "The situation \"%1\" is named twice; list "
                                                  "all its options in one condition.")
                          .arg(quotedValue(c.situationId)));
        named.append(c.situationId);
        // The first situation with the id, as ServiceGuide::situation() finds it.
        const auto found = std::find_if(situations.cbegin(), situations.cend(),
                                        [&](const Situation &x) { return x.id == c.situationId; });
        const Situation *s = found == situations.cend() ? nullptr : &*found;
        if (!s) {
            rc.report(
                rc.fieldPath(key("situation")),
                QCoreApplication::translate("CatalogJson", "This guide has no situation \"%1\".")
                    .arg(quotedValue(c.situationId)));
        } else {
            for (qsizetype j = 0; j < c.optionIds.size(); ++j) {
                if (!s->option(c.optionIds.at(j)))
                    rc.report(indexed(rc.fieldPath(key("options")), j),
                              QCoreApplication::translate("CatalogJson",
                                                          "The situation \"%1\" has no option "
                                                          "\"%2\".")
                                  .arg(quotedValue(c.situationId), quotedValue(c.optionIds.at(j))));
            }
        }
        conditions.append(c);
    });
    return conditions;
}

MaterialRequirement readMaterial(CatalogFieldReader &r, const QList<Situation> &situations,
                                 Provenance recordProvenance)
{
    MaterialRequirement m;
    m.id = r.key(key("id"));
    m.name = r.text(key("name"), Presence::Required);
    m.originalOrCopy = r.enumValue(key("originalOrCopy"), originalOrCopyFromKey,
                                   {OriginalOrCopy::Original, OriginalOrCopy::Copy,
                                    OriginalOrCopy::OriginalAndCopy, OriginalOrCopy::OriginalOrCopy,
                                    OriginalOrCopy::NotApplicable},
                                   OriginalOrCopy::Original, Presence::Optional);
    m.copies = r.integer(key("copies"), 0, CatalogJson::MaxCopies, 1);
    m.medium = r.enumValue(key("medium"), mediumFromKey,
                           {Medium::Paper, Medium::Electronic, Medium::PaperOrElectronic},
                           Medium::Paper, Presence::Optional);
    const qsizetype problemsBefore = r.problems().size();
    m.requirement =
        r.enumValue(key("requirement"), requirementFromKey,
                    {Requirement::Always, Requirement::Situational, Requirement::Optional},
                    Requirement::Always, Presence::Optional);
    const bool requirementValid = r.problems().size() == problemsBefore;
    qsizetype conditionsListed = 0;
    m.appliesWhen = readConditions(r, situations, conditionsListed);
    m.main = r.boolean(key("main"), true);
    m.deferrable = r.boolean(key("deferrable"), false);
    m.commitmentInLieu = r.boolean(key("commitmentInLieu"), false);
    m.obtainedBySharing = r.boolean(key("obtainedBySharing"), false);
    m.source = r.enumValue(key("source"), materialSourceFromKey,
                           {MaterialSource::Applicant, MaterialSource::Government,
                            MaterialSource::Intermediary, MaterialSource::DataSharing,
                            MaterialSource::Other},
                           MaterialSource::Applicant, Presence::Optional);
    m.sourceNote = r.text(key("sourceNote"));
    m.howToObtain = r.text(key("howToObtain"));
    m.remarks = r.text(key("remarks"));
    m.sharedKey = r.key(key("sharedKey"), Presence::Optional);
    // A material without its own mark shares the mark of its record.
    m.provenance = r.enumValue(key("provenance"), provenanceFromKey, kProvenances, recordProvenance,
                               Presence::Optional);
    r.rejectUnknownKeys();

    if (m.deferrable && m.main)
        r.report(r.fieldPath(key("deferrable")),
                 QCoreApplication::translate("CatalogJson",
                                             "Only a secondary material (\"main\": false) may be "
                                             "deferrable."));
    if (requirementValid && m.requirement == Requirement::Situational && conditionsListed == 0)
        r.report(r.fieldPath(key("appliesWhen")),
                 QCoreApplication::translate("CatalogJson",
                                             "A situational material needs \"appliesWhen\": the "
                                             "situation answers for which it is required."));
    if (requirementValid && m.requirement != Requirement::Situational && conditionsListed > 0)
        r.report(r.fieldPath(key("appliesWhen")),
                 QCoreApplication::translate("CatalogJson", "\"appliesWhen\" is only allowed when "
                                                            "\"requirement\" is \"situational\"."));
    return m;
}

} // namespace

ServiceGuide CatalogJson::guideFromJson(const QJsonObject &o, const QString &record,
                                        CatalogProblems &problems)
{
    CatalogFieldReader r(o, record, {}, problems);
    ServiceGuide g;
    g.code = r.key(key("code"));
    g.name = r.text(key("name"), Presence::Required);
    g.department = r.text(key("department"), Presence::Required);
    g.itemType = r.text(key("itemType"));
    g.handlingForm =
        r.enumValue(key("handlingForm"), handlingFormFromKey,
                    {HandlingForm::ZeroTrip, HandlingForm::OneTrip, HandlingForm::WeRunForYou},
                    HandlingForm::OneTrip, Presence::Required);
    g.handlingFormNote = r.text(key("handlingFormNote"));
    g.caseType = r.enumValue(key("caseType"), caseTypeFromKey,
                             {CaseType::Immediate, CaseType::Promised, CaseType::Joint},
                             CaseType::Promised, Presence::Required);
    g.caseTypeNote = r.text(key("caseTypeNote"));
    g.legalLimitDays = r.nullableInt(key("legalLimitDays"), 0, MaxLimitDays);
    g.legalLimitText = r.text(key("legalLimitText"));
    g.promisedLimitDays = r.nullableInt(key("promisedLimitDays"), 0, MaxLimitDays);
    g.promisedLimitText = r.text(key("promisedLimitText"));
    g.fee = r.text(key("fee"));
    g.conditions = r.text(key("conditions"));
    g.deliveryModes =
        r.enumList(key("deliveryModes"), deliveryModeFromKey,
                   {DeliveryMode::WindowPickup, DeliveryMode::Express, DeliveryMode::Electronic});
    g.legalBasis = r.texts(key("legalBasis"));
    g.result = r.text(key("result"));
    g.validity = r.text(key("validity"));
    g.aliases = r.texts(key("aliases"), true);
    const qsizetype own = g.aliases.indexOf(g.code);
    if (!g.code.isEmpty() && own >= 0)
        r.report(indexed(r.fieldPath(key("aliases")), own),
                 QCoreApplication::translate("CatalogJson",
                                             "An alias must differ from the item's own code."));
    g.provenance = readProvenance(r, guideFieldNames());

    const QJsonArray situations = r.array(key("situations"));
    QHash<QString, QString> situationIds;
    forEachObject(r, situations, key("situations"),
                  [&](CatalogFieldReader &rs, const QString &path) {
                      g.situations.append(readSituation(rs));
                      checkUnique(rs, situationIds, g.situations.constLast().id,
                                  rs.fieldPath(key("id")), path);
                  });

    const QJsonArray materials = r.array(key("materials"));
    QHash<QString, QString> materialIds;
    forEachObject(r, materials, key("materials"), [&](CatalogFieldReader &rm, const QString &path) {
        g.materials.append(readMaterial(rm, g.situations, g.provenance.record));
        checkUnique(rm, materialIds, g.materials.constLast().id, rm.fieldPath(key("id")), path);
    });
    r.rejectUnknownKeys();
    return g;
}

Bundle CatalogJson::bundleFromJson(const QJsonObject &o, const QString &record,
                                   CatalogProblems &problems)
{
    CatalogFieldReader r(o, record, {}, problems);
    Bundle b;
    b.code = r.key(key("code"));
    b.name = r.text(key("name"), Presence::Required);
    b.description = r.text(key("description"));
    const qsizetype listed = r.array(key("items")).size();
    b.itemCodes = r.texts(key("items"), true);
    if (listed < 2)
        r.report(
            r.fieldPath(key("items")),
            QCoreApplication::translate("CatalogJson", "A bundle needs at least 2 items; found %1.")
                .arg(listed));
    b.provenance = readProvenance(r, bundleFieldNames());
    r.rejectUnknownKeys();
    return b;
}

} // namespace onetrip
