#pragma once

#include "cases/CaseRecord.h"
#include "cases/StatementCache.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

class Database;

// The case projections (case_record, case_check, case_document, case_visit): read by the
// queries; written only by CaseProjector, inside the transaction that appends the events.
// A stored value outside its fixed set (status, state, kind ...) is a read error naming it.
// Keep one instance for many calls: its statements are prepared once.
class CaseRepository
{
public:
    explicit CaseRepository(const Database &db);

    // The case with its checks and documents; empty when there is none with this number.
    Result<std::optional<CaseRecord>> find(const QString &number) const;
    // The case number of a document; empty when the document is unknown.
    Result<QString> caseOfDocument(const QString &documentNumber) const;
    Result<QList<CaseDocument>> documents(const QString &caseNumber) const;
    // How many documents of this kind the case has (for the next document's ordinal).
    Result<int> documentCount(const QString &caseNumber, DocumentKind kind) const;

    // Writes the record and replaces its checks (inside the caller's WriteTransaction), each
    // with its material name from record.materialNames.
    // The case row, and its material checks unless `checksUnchanged` (the rows stored are
    // already those of `record`: most steps after intake do not touch them).
    Status save(const CaseRecord &record, bool checksUnchanged = false) const;
    Status addDocument(const QString &caseNumber, const CaseDocument &document) const;
    // The case's visits, first first.
    Result<QList<CaseVisit>> visits(const QString &caseNumber) const;
    Status addVisit(const QString &caseNumber, int trip, const QDateTime &at,
                    const QString &clerkLogin, const QString &outcome) const;

private:
    const Database &m_db;
    mutable StatementCache m_sql; // this repository's statements, prepared once
};

} // namespace onetrip
