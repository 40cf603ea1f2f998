#include "cases/CaseStatus.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const std::pair<CaseStatus, const char *> kStatusKeys[] = {
    {CaseStatus::Received, "received"},
    {CaseStatus::CorrectionRequested, "correction-requested"},
    {CaseStatus::Accepted, "accepted"},
    {CaseStatus::AcceptedWithDeferral, "accepted-with-deferral"},
    {CaseStatus::Declined, "declined"},
    {CaseStatus::Terminated, "terminated"},
    {CaseStatus::Withdrawn, "withdrawn"},
    {CaseStatus::Approved, "approved"},
    {CaseStatus::Refused, "refused"},
    {CaseStatus::HandedOut, "handed-out"},
};

// The transition table of docs/cases.md; anything not listed is illegal.
const std::pair<CaseStatus, CaseStatus> kTransitions[] = {
    {CaseStatus::Received, CaseStatus::CorrectionRequested},
    {CaseStatus::Received, CaseStatus::Accepted},
    {CaseStatus::Received, CaseStatus::AcceptedWithDeferral},
    {CaseStatus::Received, CaseStatus::Declined},
    {CaseStatus::Received, CaseStatus::Withdrawn},
    {CaseStatus::CorrectionRequested, CaseStatus::Accepted},
    {CaseStatus::CorrectionRequested, CaseStatus::AcceptedWithDeferral},
    {CaseStatus::CorrectionRequested, CaseStatus::CorrectionRequested},
    {CaseStatus::CorrectionRequested, CaseStatus::Declined},
    {CaseStatus::CorrectionRequested, CaseStatus::Withdrawn},
    {CaseStatus::AcceptedWithDeferral, CaseStatus::Accepted},
    {CaseStatus::AcceptedWithDeferral, CaseStatus::Terminated},
    {CaseStatus::Accepted, CaseStatus::Approved},
    {CaseStatus::Accepted, CaseStatus::Refused},
    {CaseStatus::Approved, CaseStatus::HandedOut},
    {CaseStatus::Refused, CaseStatus::HandedOut},
};

} // namespace

QString toKey(CaseStatus status)
{
    for (const auto &[s, key] : kStatusKeys) {
        if (s == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    for (const auto &[s, k] : kStatusKeys) {
        if (key == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QString displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QCoreApplication::translate("Cases", "Received");
    case CaseStatus::CorrectionRequested:
        return QCoreApplication::translate("Cases", "Correction requested");
    case CaseStatus::Accepted:
        return QCoreApplication::translate("Cases", "Accepted");
    case CaseStatus::AcceptedWithDeferral:
        return QCoreApplication::translate("Cases", "Accepted with deferral");
    case CaseStatus::Declined:
        return QCoreApplication::translate("Cases", "Declined");
    case CaseStatus::Terminated:
        return QCoreApplication::translate("Cases", "Terminated");
    case CaseStatus::Withdrawn:
        return QCoreApplication::translate("Cases", "Withdrawn");
    case CaseStatus::Approved:
        return QCoreApplication::translate("Cases", "Approved");
    case CaseStatus::Refused:
        return QCoreApplication::translate("Cases", "Refused");
    case CaseStatus::HandedOut:
        return QCoreApplication::translate("Cases", "Handed out");
    }
    return {};
}

bool CaseTransitions::allowed(CaseStatus from, CaseStatus to)
{
    for (const auto &[f, t] : kTransitions) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

Status CaseTransitions::check(CaseStatus from, CaseStatus to)
{
    if (allowed(from, to))
        return {};
    QStringList possible;
    for (CaseStatus t : targets(from))
        possible << displayName(t);
    if (possible.isEmpty()) {
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "A case that is \"%1\" cannot become \"%2\": the case "
                                            "is finished.")
                                   .arg(displayName(from), displayName(to)),
                               toKey(from) + QLatin1String(" -> ") + toKey(to));
    }
    return Status::failure(
        QCoreApplication::translate(
            "Cases", "A case that is \"%1\" cannot become \"%2\". Possible next: %3.")
            .arg(displayName(from), displayName(to),
                 possible.join(QCoreApplication::translate("Cases", ", "))),
        toKey(from) + QLatin1String(" -> ") + toKey(to));
}

QList<CaseStatus> CaseTransitions::targets(CaseStatus from)
{
    QList<CaseStatus> out;
    for (const auto &[f, t] : kTransitions) {
        if (f == from)
            out << t;
    }
    return out;
}

QList<CaseStatus> CaseTransitions::all()
{
    QList<CaseStatus> out;
    for (const auto &[s, key] : kStatusKeys)
        out << s;
    return out;
}

} // namespace onetrip
