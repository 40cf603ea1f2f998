#pragma once

#include <QString>

#include <optional>

namespace onetrip {

// What the clerk found for one material of the checklist.
enum class MaterialState
{
    Pending,              // not checked yet: the check is not finished
    Provided,             // received (with the copies counted)
    ObtainedBySharing,    // 免提交: the government fetches it by data sharing
    ReplacedByCommitment, // 告知承诺: a signed commitment replaces the certificate
    Missing,
    Defective, // see DefectReason
    Deferred,  // 容缺: brought later under the signed commitment
    NotApplicable
};

// Why a material that was brought cannot be used.
enum class DefectReason
{
    Expired,
    Unsigned, // unsigned or unsealed
    Unclear,
    WrongForm,
    NotEnoughCopies,
    DataMismatch,
    Other // the note says what
};

// Stable keys for files and the store ("provided", "not-enough-copies" ...); never translated.
QString toKey(MaterialState v);
QString toKey(DefectReason v);
std::optional<MaterialState> materialStateFromKey(const QString &key);
std::optional<DefectReason> defectReasonFromKey(const QString &key);

// Names shown to people, in the UI language (context "Intake").
QString displayName(MaterialState v);
QString displayName(DefectReason v);

// The screen's fast keys: 1 Provided, 2 ObtainedBySharing, 3 ReplacedByCommitment,
// 4 Missing, 5 Defective, 6 Deferred, 7 NotApplicable; any other digit gives Pending.
MaterialState stateForKey(int digit);
// The fast key of a state (1-7), or 0 for Pending.
int keyForState(MaterialState state);

// The clerk's check of one checklist row.
struct MaterialCheck
{
    QString rowKey; // ChecklistRow::key, "ITEMCODE/materialId"
    MaterialState state = MaterialState::Pending;
    int copiesReceived = 0;             // counted for Provided
    std::optional<DefectReason> defect; // for Defective
    QString note;

    bool operator==(const MaterialCheck &) const = default;
};

} // namespace onetrip
