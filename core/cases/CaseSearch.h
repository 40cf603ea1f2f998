#pragma once

#include "cases/CaseStatus.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace onetrip {

class Database;

// Finding cases by what an applicant brings to the window: the case number (or its start, as
// on a receipt), the resident ID or unified social credit code, or the name (its start).
// Newest first. A full ID number is never handed out: hits carry it masked.
class CaseSearch
{
public:
    enum class By
    {
        Number,
        Identity, // resident ID or credit code, checked first (a bad check digit is refused)
        Name,
    };
    struct Hit
    {
        QString number;
        QString itemName;
        QString applicantName;
        QString applicantIdMasked;
        CaseStatus status = CaseStatus::Received;
        QDate receivedOn;
    };
    struct Found
    {
        By by = By::Name;
        QList<Hit> hits;
        bool more = false; // more than `limit` matched
    };

    static constexpr int kMaxNameLength = 50;
    static Result<Found> find(const Database &db, const QString &typed, int limit = 50);
};

} // namespace onetrip
