#pragma once

#include "catalog/ServiceGuide.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace onetrip {

// 一件事: several items handled as one application.
struct Bundle
{
    QString code;
    QString name;
    QString description;
    QStringList itemCodes;
    ProvenanceInfo provenance;

    bool operator==(const Bundle &) const = default;
};

// One row of a bundle's merged material list: a material asked for once, and the items
// (with the material's id in each) that need it.
struct BundleMaterial
{
    MaterialRequirement material;
    QList<QPair<QString, QString>> usedBy; // (item code, material id)
};

// Merges the guides' materials; materials sharing a sharedKey appear once, keeping the
// strictest attributes (main over secondary, not deferrable over deferrable, most copies).
QList<BundleMaterial> mergeBundleMaterials(const QList<ServiceGuide> &guides);

} // namespace onetrip
