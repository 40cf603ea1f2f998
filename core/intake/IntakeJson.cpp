// IntakeJson: writing the verdict (docs/intake-format.md). Reading is in IntakeJsonReader.cpp.
#include "intake/IntakeJson.h"

#include "catalog/CatalogEnums.h"

#include <QJsonArray>
#include <QStringList>

namespace onetrip {

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The check that applies to a row: the last one naming the row or any item using it.
const MaterialCheck *checkFor(const ChecklistRow &row, const QList<MaterialCheck> &checks)
{
    const MaterialCheck *found = nullptr;
    for (const MaterialCheck &c : checks) {
        if (c.rowKey == row.key)
            found = &c;
        for (const auto &[code, id] : row.usedBy) {
            if (c.rowKey == Checklist::rowKey(code, id))
                found = &c;
        }
    }
    return found;
}

} // namespace

QString IntakeProblem::toString() const
{
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

QJsonObject IntakeJson::checklistRowToJson(const ChecklistRow &row)
{
    const MaterialRequirement &m = row.material;
    QStringList usedBy;
    for (const auto &[code, id] : row.usedBy)
        usedBy.append(Checklist::rowKey(code, id));
    return QJsonObject{
        {key("row"), row.key},
        {key("material"), m.name},
        {key("usedBy"), toArray(usedBy)},
        {key("requirement"), toKey(m.requirement)},
        {key("originalOrCopy"), toKey(m.originalOrCopy)},
        {key("copies"), m.copies},
        {key("medium"), toKey(m.medium)},
        {key("main"), m.main},
        {key("deferrable"), m.deferrable},
        {key("commitmentInLieu"), m.commitmentInLieu},
        {key("obtainedBySharing"), m.obtainedBySharing},
        {key("howToObtain"), m.howToObtain},
    };
}

QJsonObject IntakeJson::deficiencyToJson(const Deficiency &d)
{
    return QJsonObject{
        {key("row"), d.rowKey},
        {key("material"), d.materialName},
        {key("state"), toKey(d.state)},
        {key("defect"), d.defect ? QJsonValue(toKey(*d.defect)) : QJsonValue()},
        {key("note"), d.note},
        {key("problem"), d.problem},
        {key("howToFix"), d.howToFix},
        {key("main"), d.main},
        {key("deferrable"), d.deferrable},
    };
}

QJsonObject IntakeJson::verdictToJson(const Verdict &verdict, const IntakeRequest &request,
                                      const QList<ChecklistRow> &rows)
{
    QJsonArray guides;
    for (const ServiceGuide &g : request.guides) {
        guides.append(QJsonObject{{key("code"), g.code},
                                  {key("name"), g.name},
                                  {key("version"), g.version},
                                  {key("caseType"), toKey(g.caseType)}});
    }
    QJsonArray allowed;
    for (Outcome o : verdict.allowed)
        allowed.append(toKey(o));
    QJsonArray deficiencies;
    for (const Deficiency &d : verdict.deficiencies)
        deficiencies.append(deficiencyToJson(d));
    QJsonArray checklist;
    for (const ChecklistRow &row : rows) {
        QJsonObject o = checklistRowToJson(row);
        const MaterialCheck *check = checkFor(row, request.checks);
        o.insert(key("state"), toKey(check ? check->state : MaterialState::Pending));
        checklist.append(o);
    }
    return QJsonObject{
        {key("format"), key("onetrip-verdict")},
        {key("guides"), guides},
        {key("outcome"), toKey(verdict.recommended)},
        {key("outcomeName"), displayName(verdict.recommended)},
        {key("allowed"), allowed},
        {key("complete"), verdict.complete()},
        {key("supplementLimitDays"),
         verdict.supplementLimitDays ? QJsonValue(*verdict.supplementLimitDays) : QJsonValue()},
        {key("deficiencies"), deficiencies},
        {key("reasons"), toArray(verdict.reasons)},
        {key("pending"), toArray(verdict.pendingRows)},
        {key("checklist"), checklist},
    };
}

} // namespace onetrip
