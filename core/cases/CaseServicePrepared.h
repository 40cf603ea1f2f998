#pragma once

// Private to CaseService's sources: what prepare() hands to write().

#include "cases/CaseService.h"
#include "intake/Checklist.h"

#include <optional>

namespace onetrip {

// Everything decided before the transaction starts: validation, the verdict, the
// supervisor's authentication (slow by design: Argon2id) never hold the write lock.
struct CaseService::Prepared
{
    IntakeConfirmation conf;
    bool decide = false;
    CaseStatus target = CaseStatus::Received;
    QList<ChecklistRow> rows;
    Verdict verdict;
    std::optional<CaseRecord> existing;
    QStringList outsideNotice;
    std::optional<User> approver;
};

} // namespace onetrip
