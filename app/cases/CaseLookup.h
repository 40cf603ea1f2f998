#pragma once

#include "cases/CaseRecord.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace onetrip {
class CaseService;
}

namespace onetrip {
namespace gui {

// What a number typed (or scanned) into the "open case" field names: a case, or one of its
// documents. A correction notice of a case still waiting for the corrections means the
// applicant is back with them: the case is resumed in the intake page.
struct CaseLookup
{
    CaseRecord record;
    QString documentNumber;                   // empty when a case number was given
    std::optional<DocumentKind> documentKind; // the kind of that document

    // Whether `typed` is a whole case or document number (else it is something to search
    // for: a name, an ID, the start of a number).
    static bool isNumber(const QString &typed);
    // Finds the case of a case number or document number (trimmed, any case). Unknown or
    // malformed numbers are refused with a message saying what a number looks like.
    static Result<CaseLookup> find(const CaseService &service, const QString &typed);

    // True when the number is a correction notice of a case still waiting for the
    // corrections: the intake page should reopen it for resubmission.
    bool resumesIntake() const;
};

} // namespace gui
} // namespace onetrip
