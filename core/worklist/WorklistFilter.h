#pragma once

#include "cases/CaseStatus.h"
#include "deadline/DeadlineLight.h"

#include <QDate>
#include <QString>

#include <optional>

namespace onetrip {

// What narrows a worklist; every field empty means "any". The light is that of the list's
// deadline (WorklistClock).
struct WorklistFilter
{
    QDate receivedFrom;  // materials first received on or after
    QDate receivedUntil; // ... on or before
    QString itemCode;    // one of the case's items
    QString department;  // sent to this department, or (not sent) one of its items is its
    QDate dueFrom;       // the list's deadline (its due day) on or after
    QDate dueUntil;      // ... on or before
    std::optional<CaseStatus> status;
    std::optional<DeadlineLight> light;
    QString clerkLogin;   // the clerk of the last intake
    QString terminalCode; // the window (terminal) that took the case in

    bool operator==(const WorklistFilter &) const = default;
};

// How a worklist is ordered. Ties are broken by the case number, so pages never overlap.
struct WorklistSort
{
    enum class Column
    {
        Number,
        ReceivedOn,
        Due, // the list's deadline
        Updated,
    };
    Column column = Column::ReceivedOn;
    bool descending = true;

    bool operator==(const WorklistSort &) const = default;
};

} // namespace onetrip
