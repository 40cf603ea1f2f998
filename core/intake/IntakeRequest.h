#pragma once

#include "catalog/ServiceGuide.h"
#include "intake/MaterialState.h"

#include <QHash>
#include <QList>
#include <QString>

namespace onetrip {

// Everything the verdict depends on: the pinned guide versions (one item, or the items of a
// bundle), the situation answers, the clerk's checks and the applicant's eligibility.
struct IntakeRequest
{
    QList<ServiceGuide> guides;
    QHash<QString, QString> answers;     // situation id -> option id (shared by all items)
    QList<MaterialCheck> checks;         // one per checklist row; a row without one is Pending
    bool falseCommitmentFlagged = false; // a past false commitment: no 容缺
    bool commitmentSigned = false;       // the 容缺 承诺书 is signed
    int supplementDays = 0;              // 容缺: working days to bring the deferred materials
};

} // namespace onetrip
