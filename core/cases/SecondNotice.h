#pragma once

#include "cases/CaseStatus.h"
#include "intake/Verdict.h"

#include <QStringList>

namespace onetrip {

// What a resubmission's new checks mean against the correction notice (一次性告知).
struct SecondNoticeCheck
{
    QStringList outsideNotice; // new deficiencies in materials the notice did not list
    QStringList outstanding;   // notice rows still deficient
    QStringList cleared;       // notice rows now in order
    // A deficiency outside the notice is a second notice: a supervisor must sign it off.
    bool needsSupervisor() const { return !outsideNotice.isEmpty(); }
};

// 二次告知 (docs/rules.md): on the visit after a one-time notice the applicant may be held only
// to what the notice listed. The one implementation, used by the case service when it
// records the outcome and by the intake screen before it asks for a supervisor.
class SecondNotice
{
public:
    // Whether the rule holds: a case awaiting correction is checked again and the outcome
    // holds the applicant to materials (a decline does not: it names no material).
    static bool applies(CaseStatus status, Outcome outcome);
    // The verdict's deficiencies sorted against the notice's rows. When the rule does not
    // apply (`applies` false) nothing is outside the notice.
    static SecondNoticeCheck classify(CaseStatus status, Outcome outcome,
                                      const QStringList &noticeRows, const Verdict &verdict);
};

} // namespace onetrip
