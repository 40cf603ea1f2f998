#include "cases/CaseLookup.h"

#include "cases/CaseNumber.h"
#include "cases/CaseService.h"

#include <QCoreApplication>

namespace onetrip {
namespace gui {

bool CaseLookup::isNumber(const QString &typed)
{
    const QString n = CaseNumber::normalize(typed);
    return CaseNumber::parse(n).has_value() || !CaseNumber::caseOfDocument(n).isEmpty();
}

Result<CaseLookup> CaseLookup::find(const CaseService &service, const QString &typed)
{
    const QString number = CaseNumber::normalize(typed);
    if (number.isEmpty()) {
        return Result<CaseLookup>::failure(QCoreApplication::translate(
            "CaseLookup", "Type or scan a case number (like JNLX-20261123-T01-00042) or the "
                          "number of a notice."));
    }
    CaseLookup found;
    if (CaseNumber::parse(number)) {
        Result<CaseRecord> record = service.queries().open(number);
        if (!record)
            return record.error();
        found.record = std::move(record).value();
        return found;
    }
    if (CaseNumber::caseOfDocument(number).isEmpty()) {
        return Result<CaseLookup>::failure(
            QCoreApplication::translate(
                "CaseLookup",
                "“%1” is neither a case number (like JNLX-20261123-T01-00042) nor a document "
                "number (the case number and a code, like JNLX-20261123-T01-00042-GZ1).")
                .arg(typed.trimmed()));
    }
    Result<CaseRecord> record = service.queries().openByDocument(number);
    if (!record)
        return record.error();
    found.record = std::move(record).value();
    found.documentNumber = number;
    for (const CaseDocument &document : std::as_const(found.record.documents)) {
        if (document.number == number)
            found.documentKind = document.kind;
    }
    return found;
}

bool CaseLookup::resumesIntake() const
{
    return documentKind == DocumentKind::CorrectionNotice &&
           record.status == CaseStatus::CorrectionRequested;
}

} // namespace gui
} // namespace onetrip
