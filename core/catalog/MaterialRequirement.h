#pragma once

#include "catalog/CatalogEnums.h"
#include "catalog/Situation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace onetrip {

// One required document of a guide (申请材料) with every attribute the window checks.
struct MaterialRequirement
{
    QString id; // unique within the guide, stable across versions
    QString name;
    OriginalOrCopy originalOrCopy = OriginalOrCopy::Original;
    int copies = 1;
    Medium medium = Medium::Paper;
    Requirement requirement = Requirement::Always;
    // Situational materials apply when every condition holds (answers are AND-ed).
    QList<SituationCondition> appliesWhen;
    bool main = true;               // 主审要件; a secondary material may be deferred
    bool deferrable = false;        // 容缺: may be brought later under a signed commitment
    bool commitmentInLieu = false;  // 告知承诺: a signed commitment may replace it
    bool obtainedBySharing = false; // 免提交: the government fetches it itself
    MaterialSource source = MaterialSource::Applicant;
    QString sourceNote;  // the source as published, when more specific than the key
    QString howToObtain; // told to the applicant in notices
    QString remarks;
    // Materials with the same key in the items of a bundle are asked for once.
    QString sharedKey;
    Provenance provenance = Provenance::Real;

    // Whether this material applies given the situation answers (situation id -> option id).
    bool appliesTo(const QHash<QString, QString> &answers) const;
    bool operator==(const MaterialRequirement &) const = default;
};

} // namespace onetrip
