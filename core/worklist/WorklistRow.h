#pragma once

#include "cases/CaseDeadlines.h"
#include "cases/CaseStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace onetrip {

// One case as a worklist shows it. The ID is masked; the light is counted when the row is
// read (CaseDeadlines), never taken from the index.
struct WorklistRow
{
    QString number;
    CaseStatus status = CaseStatus::Received;
    QString itemName;
    QString applicantName;
    QString applicantIdMasked;
    QString clerkName;
    QString terminalCode;
    QDate receivedOn;
    QDateTime updatedAt;
    int trips = 0;
    std::optional<CaseDeadlines::Running> deadline; // the list's deadline, if it runs
};

} // namespace onetrip
