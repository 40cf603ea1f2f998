#pragma once

#include "catalog/CatalogEnums.h"
#include "catalog/MaterialRequirement.h"
#include "catalog/Situation.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace onetrip {

struct ProvenanceInfo
{
    Provenance record = Provenance::Real;
    QString note;
    QMap<QString, Provenance> fields; // field name -> provenance, where it differs
    QStringList sources;

    bool operator==(const ProvenanceInfo &) const = default;
};

// The published requirements of one service item (办事指南), as one version. Cases pin the
// version they were checked against; a later import never changes an older version.
struct ServiceGuide
{
    QString code; // 事项编码: opaque, up to 64 characters
    QString name;
    QString department;
    QString itemType; // 行政许可, 行政确认, 公共服务 ...
    HandlingForm handlingForm = HandlingForm::OneTrip;
    QString handlingFormNote;
    CaseType caseType = CaseType::Promised;
    QString caseTypeNote;
    std::optional<int> legalLimitDays; // working days; empty when the source has none
    QString legalLimitText;
    std::optional<int> promisedLimitDays; // working days; 0 = on the spot
    QString promisedLimitText;
    QString fee;
    QString conditions;
    QList<DeliveryMode> deliveryModes;
    QStringList legalBasis;
    QString result;
    QString validity;
    QStringList aliases; // other codes the item is known by
    ProvenanceInfo provenance;
    QList<Situation> situations;
    QList<MaterialRequirement> materials;

    int version = 0; // assigned by the store; 0 for a guide read from a file

    bool hasGuideText() const { return !materials.isEmpty(); }
    const Situation *situation(const QString &id) const;
    const MaterialRequirement *material(const QString &id) const;
    // The default answer to every situation question.
    QHash<QString, QString> defaultAnswers() const;
    // Equality of content, ignoring the store-assigned version.
    bool sameContent(const ServiceGuide &other) const;
};

} // namespace onetrip
