#pragma once

#include "cases/Applicant.h"
#include "cases/StatementCache.h"
#include "common/Result.h"

#include <QDateTime>

#include <optional>

namespace onetrip {

class Database;

// The applicants known to this store (table applicant), by ID number or credit code: a
// returning applicant's details are filled in from here (enter once).
class ApplicantRepository
{
public:
    explicit ApplicantRepository(const Database &db);

    // The applicant with this ID number or credit code (spaces, full-width characters and a
    // lower-case x are tolerated); empty when unknown.
    Result<std::optional<Applicant>> find(const QString &idNumber) const;
    // Whether the applicant is flagged for a past false commitment (no 容缺).
    Result<bool> falseCommitmentFlagged(const QString &idNumber) const;

    // Inserts or updates the applicant with its details as of `at` (older details never
    // overwrite newer ones). Only CaseProjector calls it, inside its WriteTransaction.
    Status upsert(const Applicant &applicant, const QDateTime &at) const;
    // Flags (or clears) a past false commitment. Call inside the caller's WriteTransaction.
    Status setFalseCommitment(const QString &idNumber, bool flagged) const;

private:
    mutable StatementCache m_sql;
};

} // namespace onetrip
