#include "cases/CaseClockRules.h"

#include <QCoreApplication>

namespace onetrip {

bool CaseClockRules::isPaused(const CaseRecord &record)
{
    return !record.pauses.isEmpty() && record.pauses.constLast().isOpen();
}

bool CaseClockRules::limitRuns(const CaseRecord &r)
{
    return (r.status == CaseStatus::Accepted || r.status == CaseStatus::AcceptedWithDeferral) &&
           r.acceptedOn.isValid() && (r.limitDays >= 0 || r.dueDate.isValid());
}

int CaseClockRules::limitDays(const CaseRecord &r, const WorkdayCalendar &calendar)
{
    if (r.limitDays >= 0)
        return r.limitDays;
    if (!r.acceptedOn.isValid() || !r.dueDate.isValid())
        return -1;
    return calendar.workingDaysBetween(r.acceptedOn, r.dueDate).count;
}

Status CaseClockRules::mayPause(const CaseRecord &r, QDate on, const QString &reason)
{
    if (r.status != CaseStatus::Accepted && r.status != CaseStatus::AcceptedWithDeferral)
        return Status::failure(
            QCoreApplication::translate("Cases", "Case %1 is \"%2\": only an accepted case's "
                                                 "time limit can be stopped.")
                .arg(r.number, displayName(r.status)));
    if (!limitRuns(r))
        return Status::failure(
            QCoreApplication::translate("Cases", "Case %1 has no time limit that could be stopped.")
                .arg(r.number));
    if (isPaused(r))
        return Status::failure(
            QCoreApplication::translate("Cases", "The time limit of case %1 is stopped already "
                                                 "(since %2).")
                .arg(r.number, r.pauses.constLast().from.toString(Qt::ISODate)));
    if (!on.isValid() || on < r.acceptedOn ||
        (!r.pauses.isEmpty() && on < r.pauses.constLast().until))
        return Status::failure(
            QCoreApplication::translate("Cases", "The time limit of case %1 cannot stop on %2: "
                                                 "not before the acceptance or the end of the "
                                                 "last stop.")
                .arg(r.number, on.toString(Qt::ISODate)));
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxReasonLength)
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "Enter why the time limit stops (at most %1 "
                                            "characters): it is printed in the case's history.")
                                   .arg(kMaxReasonLength));
    return {};
}

Status CaseClockRules::mayResume(const CaseRecord &r, QDate on)
{
    if (!isPaused(r))
        return Status::failure(
            QCoreApplication::translate("Cases", "The time limit of case %1 is not stopped.")
                .arg(r.number));
    if (!on.isValid() || on < r.pauses.constLast().from)
        return Status::failure(
            QCoreApplication::translate("Cases", "The time limit of case %1 cannot run again "
                                                 "on %2, before it stopped (%3).")
                .arg(r.number, on.toString(Qt::ISODate),
                     r.pauses.constLast().from.toString(Qt::ISODate)));
    return {};
}

} // namespace onetrip
