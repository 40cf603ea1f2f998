#pragma once

#include "calendar/WorkdayCalendar.h"
#include "catalog/ServiceGuide.h"

#include <QDate>
#include <QList>
#include <QString>

namespace onetrip {

// When a case accepted on a given day is due, from its guide: 即办件 the same day; 承诺件 the
// promised limit in working days (the legal limit when no promise is published), counted
// from the next working day after acceptance (《行政许可法》 Art. 82).
struct PromisedDeadline
{
    enum class Basis
    {
        OnTheSpot,
        PromisedLimit,
        LegalLimit,
        Unknown
    };

    Basis basis = Basis::Unknown;
    int workingDays = 0;
    DueDate due; // empty date for Basis::Unknown; carries the missing-calendar warning

    static PromisedDeadline forGuide(const ServiceGuide &guide, QDate acceptedOn,
                                     const WorkdayCalendar &calendar);
    // A case of several items (一件事) is due when the last of them is: that item's deadline,
    // with the unloaded years of every item's count in its warning. Basis::Unknown when no
    // item publishes a limit.
    static PromisedDeadline forGuides(const QList<ServiceGuide> &guides, QDate acceptedOn,
                                      const WorkdayCalendar &calendar);
    // "on-the-spot", "promised-limit", "legal-limit", "unknown" (files, JSON).
    static QString basisKey(Basis basis);
    // One translated sentence for the clerk, e.g. "Accepted today (2026-11-23): due on
    // 2026-11-30, 5 working days (promised limit)."
    QString describe(QDate acceptedOn) const;
};

} // namespace onetrip
