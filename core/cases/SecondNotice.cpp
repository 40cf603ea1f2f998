#include "cases/SecondNotice.h"

namespace onetrip {

bool SecondNotice::applies(CaseStatus status, Outcome outcome)
{
    return status == CaseStatus::CorrectionRequested && outcome != Outcome::Decline;
}

SecondNoticeCheck SecondNotice::classify(CaseStatus status, Outcome outcome,
                                         const QStringList &noticeRows, const Verdict &verdict)
{
    SecondNoticeCheck out;
    const bool holds = applies(status, outcome);
    QStringList deficient;
    for (const Deficiency &d : verdict.deficiencies) {
        deficient << d.rowKey;
        if (noticeRows.contains(d.rowKey))
            out.outstanding << d.rowKey;
        else if (holds)
            out.outsideNotice << d.rowKey;
    }
    for (const QString &row : noticeRows) {
        if (!deficient.contains(row) && !verdict.pendingRows.contains(row))
            out.cleared << row;
    }
    return out;
}

} // namespace onetrip
