#pragma once

#include <QString>

#include <optional>

namespace onetrip {

// The published handling form of an item (办理形式, 跑动次数).
enum class HandlingForm
{
    ZeroTrip,
    OneTrip,
    WeRunForYou
};
// 即办件 (done on the spot), 承诺件 (done within the promised limit), 联办件 (several organs).
enum class CaseType
{
    Immediate,
    Promised,
    Joint
};
enum class DeliveryMode
{
    WindowPickup,
    Express,
    Electronic
};
// Where a record's value came from: real (as published), partial, or reconstructed.
enum class Provenance
{
    Real,
    Partial,
    Reconstructed
};

enum class OriginalOrCopy
{
    Original,
    Copy,
    OriginalAndCopy,
    OriginalOrCopy,
    NotApplicable
};
enum class Medium
{
    Paper,
    Electronic,
    PaperOrElectronic
};
// 必要 / 情形必要 (decided by a situation) / 非必要.
enum class Requirement
{
    Always,
    Situational,
    Optional
};
enum class MaterialSource
{
    Applicant,
    Government,
    Intermediary,
    DataSharing,
    Other
};

// Stable keys used in catalog files and the store; never translated.
QString toKey(HandlingForm v);
QString toKey(CaseType v);
QString toKey(DeliveryMode v);
QString toKey(Provenance v);
QString toKey(OriginalOrCopy v);
QString toKey(Medium v);
QString toKey(Requirement v);
QString toKey(MaterialSource v);

std::optional<HandlingForm> handlingFormFromKey(const QString &key);
std::optional<CaseType> caseTypeFromKey(const QString &key);
std::optional<DeliveryMode> deliveryModeFromKey(const QString &key);
std::optional<Provenance> provenanceFromKey(const QString &key);
std::optional<OriginalOrCopy> originalOrCopyFromKey(const QString &key);
std::optional<Medium> mediumFromKey(const QString &key);
std::optional<Requirement> requirementFromKey(const QString &key);
std::optional<MaterialSource> materialSourceFromKey(const QString &key);

// Names shown to people, in the UI language (context "Catalog").
QString displayName(HandlingForm v);
QString displayName(CaseType v);
QString displayName(DeliveryMode v);
QString displayName(Provenance v);
QString displayName(OriginalOrCopy v);
QString displayName(Medium v);
QString displayName(Requirement v);
QString displayName(MaterialSource v);

} // namespace onetrip
