#include "intake/MaterialState.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

#include <utility>

namespace onetrip {

namespace {

const std::pair<MaterialState, const char *> kStateKeys[] = {
    {MaterialState::Pending, "pending"},
    {MaterialState::Provided, "provided"},
    {MaterialState::ObtainedBySharing, "obtained-by-sharing"},
    {MaterialState::ReplacedByCommitment, "replaced-by-commitment"},
    {MaterialState::Missing, "missing"},
    {MaterialState::Defective, "defective"},
    {MaterialState::Deferred, "deferred"},
    {MaterialState::NotApplicable, "not-applicable"},
};
const std::pair<DefectReason, const char *> kDefectKeys[] = {
    {DefectReason::Expired, "expired"},
    {DefectReason::Unsigned, "unsigned"},
    {DefectReason::Unclear, "unclear"},
    {DefectReason::WrongForm, "wrong-form"},
    {DefectReason::NotEnoughCopies, "not-enough-copies"},
    {DefectReason::DataMismatch, "data-mismatch"},
    {DefectReason::Other, "other"},
};
// The fast keys 1-7, in order.
const MaterialState kFastKeys[] = {
    MaterialState::Provided,
    MaterialState::ObtainedBySharing,
    MaterialState::ReplacedByCommitment,
    MaterialState::Missing,
    MaterialState::Defective,
    MaterialState::Deferred,
    MaterialState::NotApplicable,
};

} // namespace

QString toKey(MaterialState v)
{
    return enumKey(v, kStateKeys);
}

QString toKey(DefectReason v)
{
    return enumKey(v, kDefectKeys);
}

std::optional<MaterialState> materialStateFromKey(const QString &key)
{
    return enumFromKey(key, kStateKeys);
}

std::optional<DefectReason> defectReasonFromKey(const QString &key)
{
    return enumFromKey(key, kDefectKeys);
}

QString displayName(MaterialState v)
{
    switch (v) {
    case MaterialState::Pending:
        return QCoreApplication::translate("Intake", "Not checked");
    case MaterialState::Provided:
        return QCoreApplication::translate("Intake", "Provided");
    case MaterialState::ObtainedBySharing:
        return QCoreApplication::translate("Intake", "Obtained by data sharing");
    case MaterialState::ReplacedByCommitment:
        return QCoreApplication::translate("Intake", "Replaced by commitment");
    case MaterialState::Missing:
        return QCoreApplication::translate("Intake", "Missing");
    case MaterialState::Defective:
        return QCoreApplication::translate("Intake", "Defective");
    case MaterialState::Deferred:
        return QCoreApplication::translate("Intake", "Deferred");
    case MaterialState::NotApplicable:
        return QCoreApplication::translate("Intake", "Not applicable");
    }
    return {};
}

QString displayName(DefectReason v)
{
    switch (v) {
    case DefectReason::Expired:
        return QCoreApplication::translate("Intake", "Expired");
    case DefectReason::Unsigned:
        return QCoreApplication::translate("Intake", "Unsigned or unsealed");
    case DefectReason::Unclear:
        return QCoreApplication::translate("Intake", "Unclear");
    case DefectReason::WrongForm:
        return QCoreApplication::translate("Intake", "Wrong form");
    case DefectReason::NotEnoughCopies:
        return QCoreApplication::translate("Intake", "Not enough copies");
    case DefectReason::DataMismatch:
        return QCoreApplication::translate("Intake", "Data mismatch");
    case DefectReason::Other:
        return QCoreApplication::translate("Intake", "Other");
    }
    return {};
}

MaterialState stateForKey(int digit)
{
    if (digit < 1 || digit > int(std::size(kFastKeys)))
        return MaterialState::Pending;
    return kFastKeys[digit - 1];
}

int keyForState(MaterialState state)
{
    for (std::size_t i = 0; i < std::size(kFastKeys); ++i) {
        if (kFastKeys[i] == state)
            return int(i) + 1;
    }
    return 0;
}

} // namespace onetrip
