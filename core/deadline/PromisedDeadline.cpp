#include "deadline/PromisedDeadline.h"

#include <QCoreApplication>
#include <QLocale>

namespace onetrip {

PromisedDeadline PromisedDeadline::forGuide(const ServiceGuide &guide, QDate acceptedOn,
                                            const WorkdayCalendar &calendar)
{
    PromisedDeadline d;
    if (guide.caseType == CaseType::Immediate || guide.promisedLimitDays == 0) {
        d.basis = Basis::OnTheSpot;
    } else if (guide.promisedLimitDays) {
        d.basis = Basis::PromisedLimit;
        d.workingDays = *guide.promisedLimitDays;
    } else if (guide.legalLimitDays) {
        d.basis = Basis::LegalLimit;
        d.workingDays = *guide.legalLimitDays;
    } else {
        return d;
    }
    d.due = calendar.addWorkingDays(acceptedOn, d.workingDays);
    return d;
}

PromisedDeadline PromisedDeadline::forGuides(const QList<ServiceGuide> &guides, QDate acceptedOn,
                                             const WorkdayCalendar &calendar)
{
    PromisedDeadline latest;
    QList<int> missing;
    for (const ServiceGuide &g : guides) {
        const PromisedDeadline d = forGuide(g, acceptedOn, calendar);
        if (d.basis == Basis::Unknown)
            continue;
        if (latest.basis == Basis::Unknown || d.due.date > latest.due.date)
            latest = d;
        for (int year : d.due.missingYears) {
            if (!missing.contains(year))
                missing << year;
        }
    }
    latest.due.missingYears = missing;
    return latest;
}

QString PromisedDeadline::basisKey(Basis basis)
{
    switch (basis) {
    case Basis::OnTheSpot:
        return QStringLiteral("on-the-spot");
    case Basis::PromisedLimit:
        return QStringLiteral("promised-limit");
    case Basis::LegalLimit:
        return QStringLiteral("legal-limit");
    case Basis::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString PromisedDeadline::describe(QDate acceptedOn) const
{
    const QString day = QLocale().toString(acceptedOn, QStringLiteral("yyyy-MM-dd"));
    const QString dueDay = QLocale().toString(due.date, QStringLiteral("yyyy-MM-dd"));
    switch (basis) {
    case Basis::OnTheSpot:
        return QCoreApplication::translate("PromisedDeadline",
                                           "Accepted today (%1): done on the spot (即办件).")
            .arg(day);
    case Basis::PromisedLimit:
        return QCoreApplication::translate(
                   "PromisedDeadline",
                   "Accepted today (%1): due on %2, %3 working days (promised limit).")
            .arg(day, dueDay)
            .arg(workingDays);
    case Basis::LegalLimit:
        return QCoreApplication::translate("PromisedDeadline",
                                           "Accepted today (%1): due on %2, %3 working days "
                                           "(legal limit; no promised limit is published).")
            .arg(day, dueDay)
            .arg(workingDays);
    case Basis::Unknown:
        break;
    }
    return QCoreApplication::translate("PromisedDeadline",
                                       "The guide publishes no time limit: ask the deciding "
                                       "department before promising a date.");
}

} // namespace onetrip
