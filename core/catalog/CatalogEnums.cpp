#include "catalog/CatalogEnums.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const std::pair<HandlingForm, const char *> kHandlingFormKeys[] = {
    {HandlingForm::ZeroTrip, "zero-trip"},
    {HandlingForm::OneTrip, "one-trip"},
    {HandlingForm::WeRunForYou, "we-run-for-you"},
};
const std::pair<CaseType, const char *> kCaseTypeKeys[] = {
    {CaseType::Immediate, "immediate"},
    {CaseType::Promised, "promised"},
    {CaseType::Joint, "joint"},
};
const std::pair<DeliveryMode, const char *> kDeliveryModeKeys[] = {
    {DeliveryMode::WindowPickup, "window-pickup"},
    {DeliveryMode::Express, "express"},
    {DeliveryMode::Electronic, "electronic"},
};
const std::pair<Provenance, const char *> kProvenanceKeys[] = {
    {Provenance::Real, "real"},
    {Provenance::Partial, "partial"},
    {Provenance::Reconstructed, "reconstructed"},
};
const std::pair<OriginalOrCopy, const char *> kOriginalOrCopyKeys[] = {
    {OriginalOrCopy::Original, "original"},
    {OriginalOrCopy::Copy, "copy"},
    {OriginalOrCopy::OriginalAndCopy, "original-and-copy"},
    {OriginalOrCopy::OriginalOrCopy, "original-or-copy"},
    {OriginalOrCopy::NotApplicable, "not-applicable"},
};
const std::pair<Medium, const char *> kMediumKeys[] = {
    {Medium::Paper, "paper"},
    {Medium::Electronic, "electronic"},
    {Medium::PaperOrElectronic, "paper-or-electronic"},
};
const std::pair<Requirement, const char *> kRequirementKeys[] = {
    {Requirement::Always, "always"},
    {Requirement::Situational, "situational"},
    {Requirement::Optional, "optional"},
};
const std::pair<MaterialSource, const char *> kMaterialSourceKeys[] = {
    {MaterialSource::Applicant, "applicant"},
    {MaterialSource::Government, "government"},
    {MaterialSource::Intermediary, "intermediary"},
    {MaterialSource::DataSharing, "data-sharing"},
    {MaterialSource::Other, "other"},
};

} // namespace

QString toKey(HandlingForm v)
{
    return enumKey(v, kHandlingFormKeys);
}
std::optional<HandlingForm> handlingFormFromKey(const QString &key)
{
    return enumFromKey(key, kHandlingFormKeys);
}
QString displayName(HandlingForm v)
{
    switch (v) {
    case HandlingForm::ZeroTrip:
        return QCoreApplication::translate("Catalog", "Zero trips (零跑腿)");
    case HandlingForm::OneTrip:
        return QCoreApplication::translate("Catalog", "One trip at most (只跑一次)");
    case HandlingForm::WeRunForYou:
        return QCoreApplication::translate("Catalog", "We run for you (你不用跑我来跑)");
    }
    return {};
}

QString toKey(CaseType v)
{
    return enumKey(v, kCaseTypeKeys);
}
std::optional<CaseType> caseTypeFromKey(const QString &key)
{
    return enumFromKey(key, kCaseTypeKeys);
}
QString displayName(CaseType v)
{
    switch (v) {
    case CaseType::Immediate:
        return QCoreApplication::translate("Catalog", "On the spot (即办件)");
    case CaseType::Promised:
        return QCoreApplication::translate("Catalog", "Within the promised limit (承诺件)");
    case CaseType::Joint:
        return QCoreApplication::translate("Catalog", "Joint handling (联办件)");
    }
    return {};
}

QString toKey(DeliveryMode v)
{
    return enumKey(v, kDeliveryModeKeys);
}
std::optional<DeliveryMode> deliveryModeFromKey(const QString &key)
{
    return enumFromKey(key, kDeliveryModeKeys);
}
QString displayName(DeliveryMode v)
{
    switch (v) {
    case DeliveryMode::WindowPickup:
        return QCoreApplication::translate("Catalog", "Pickup at the window");
    case DeliveryMode::Express:
        return QCoreApplication::translate("Catalog", "Express mail");
    case DeliveryMode::Electronic:
        return QCoreApplication::translate("Catalog", "Electronic licence / download");
    }
    return {};
}

QString toKey(Provenance v)
{
    return enumKey(v, kProvenanceKeys);
}
std::optional<Provenance> provenanceFromKey(const QString &key)
{
    return enumFromKey(key, kProvenanceKeys);
}
QString displayName(Provenance v)
{
    switch (v) {
    case Provenance::Real:
        return QCoreApplication::translate("Catalog", "Published value");
    case Provenance::Partial:
        return QCoreApplication::translate("Catalog", "Partly reconstructed");
    case Provenance::Reconstructed:
        return QCoreApplication::translate("Catalog", "Reconstructed, for testing");
    }
    return {};
}

QString toKey(OriginalOrCopy v)
{
    return enumKey(v, kOriginalOrCopyKeys);
}
std::optional<OriginalOrCopy> originalOrCopyFromKey(const QString &key)
{
    return enumFromKey(key, kOriginalOrCopyKeys);
}
QString displayName(OriginalOrCopy v)
{
    switch (v) {
    case OriginalOrCopy::Original:
        return QCoreApplication::translate("Catalog", "Original");
    case OriginalOrCopy::Copy:
        return QCoreApplication::translate("Catalog", "Copy");
    case OriginalOrCopy::OriginalAndCopy:
        return QCoreApplication::translate("Catalog", "Original and copy");
    case OriginalOrCopy::OriginalOrCopy:
        return QCoreApplication::translate("Catalog", "Original or copy");
    case OriginalOrCopy::NotApplicable:
        return QCoreApplication::translate("Catalog", "—");
    }
    return {};
}

QString toKey(Medium v)
{
    return enumKey(v, kMediumKeys);
}
std::optional<Medium> mediumFromKey(const QString &key)
{
    return enumFromKey(key, kMediumKeys);
}
QString displayName(Medium v)
{
    switch (v) {
    case Medium::Paper:
        return QCoreApplication::translate("Catalog", "Paper");
    case Medium::Electronic:
        return QCoreApplication::translate("Catalog", "Electronic");
    case Medium::PaperOrElectronic:
        return QCoreApplication::translate("Catalog", "Paper or electronic");
    }
    return {};
}

QString toKey(Requirement v)
{
    return enumKey(v, kRequirementKeys);
}
std::optional<Requirement> requirementFromKey(const QString &key)
{
    return enumFromKey(key, kRequirementKeys);
}
QString displayName(Requirement v)
{
    switch (v) {
    case Requirement::Always:
        return QCoreApplication::translate("Catalog", "Required");
    case Requirement::Situational:
        return QCoreApplication::translate("Catalog", "Required in some situations");
    case Requirement::Optional:
        return QCoreApplication::translate("Catalog", "Optional");
    }
    return {};
}

QString toKey(MaterialSource v)
{
    return enumKey(v, kMaterialSourceKeys);
}
std::optional<MaterialSource> materialSourceFromKey(const QString &key)
{
    return enumFromKey(key, kMaterialSourceKeys);
}
QString displayName(MaterialSource v)
{
    switch (v) {
    case MaterialSource::Applicant:
        return QCoreApplication::translate("Catalog", "Prepared by the applicant");
    case MaterialSource::Government:
        return QCoreApplication::translate("Catalog", "Issued by a government department");
    case MaterialSource::Intermediary:
        return QCoreApplication::translate("Catalog", "Issued by an intermediary");
    case MaterialSource::DataSharing:
        return QCoreApplication::translate("Catalog", "Obtained by data sharing");
    case MaterialSource::Other:
        return QCoreApplication::translate("Catalog", "Other");
    }
    return {};
}

} // namespace onetrip
