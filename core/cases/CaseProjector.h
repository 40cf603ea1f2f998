#pragma once

#include "cases/ApplicantRepository.h"
#include "cases/CaseEvent.h"
#include "cases/CaseEvents.h"
#include "cases/CaseRecord.h"
#include "cases/CaseRepository.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace onetrip {

class Database;

// The one place where events become projections (case_record, case_check, case_visit,
// case_document, applicant). A command on this terminal, an event pulled from the server
// and `onetripctl db rebuild` all go through apply(); nothing else writes those tables.
class CaseProjector
{
public:
    explicit CaseProjector(const Database &db);

    // Applies `events` (one case, in order) to `current` (empty for a new case) and writes
    // the projections. Call inside the caller's WriteTransaction. An event that does not
    // follow (wrong case, version or transition) or cannot be read is an error and nothing
    // of this call is written. The returned record's issuedNow lists the documents of
    // `events`.
    Result<CaseRecord> apply(std::optional<CaseRecord> current, const QList<CaseEvent> &events);

    // The case after one more event (pure; validates that the event follows).
    static Status fold(CaseRecord &record, const CaseEvent &event, const CaseEvents::Body &body);
    static Status fold(CaseRecord &record, const CaseEvent &event);

private:
    CaseRepository m_cases;
    ApplicantRepository m_applicants;
};

} // namespace onetrip
