#pragma once

#include "cases/CaseRecord.h"
#include "cases/HandOut.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

namespace onetrip {

// After acceptance, in one place for the commands and for the projector (here and on the
// server): 分转 to the deciding department, recording the decision, and 一口出 — with the
// collector's check that gives the result to the applicant or an authorised agent only.
class CaseDecisionRules
{
public:
    static constexpr int kMaxDepartmentLength = 100;
    static constexpr int kMaxNumberLength = 60;
    static constexpr int kMaxReasonLength = 500;
    static constexpr int kMaxAddressLength = 200;
    static constexpr int kMaxTrackingLength = 40;

    // An accepted case (容缺 too) is sent on `on` to `department`, due there by `due`: not
    // before `on`, and not after the case's own due day `caseDue` when one runs (a case late
    // already: due there on `on`).
    static Status mayRoute(const CaseRecord &record, const QString &department, QDate due, QDate on,
                           QDate caseDue = {});
    // The decision on `on`: only an accepted case whose 容缺 materials are all in; the
    // certificate or decision number required; a refusal says why.
    static Status mayDecide(const CaseRecord &record, bool approved, const QString &number,
                            QDate on, const QString &reason);
    // The result leaves on `on`: a decided case only; at the window with the checked
    // collector, or by express with the address, carrier and waybill number.
    static Status mayHandOut(const CaseRecord &record, const HandOut &handOut, QDate on);
    // Who stands at the window: the applicant in person (a person applicant), or the case's
    // agent whose authorisation covers collecting; `typedId` is the ID they show, checked
    // and compared with the case. Anyone else is refused, the number masked in the message.
    static Result<HandOut> checkCollector(const CaseRecord &record, CollectorKind kind,
                                          const QString &typedId, QDate today);
};

} // namespace onetrip
