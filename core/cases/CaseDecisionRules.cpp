#include "cases/CaseDecisionRules.h"

#include "identity/ResidentId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onetrip {

namespace {

Status tooLong(const QString &what, int max)
{
    return Status::failure(
        QCoreApplication::translate("Cases", "%1: at most %2 characters.").arg(what).arg(max));
}

} // namespace

Status CaseDecisionRules::mayRoute(const CaseRecord &r, const QString &department, QDate due,
                                   QDate on, QDate caseDue)
{
    if (r.status != CaseStatus::Accepted && r.status != CaseStatus::AcceptedWithDeferral)
        return Status::failure(
            QCoreApplication::translate("Cases",
                                        "Case %1 is \"%2\": only an accepted case is sent to the "
                                        "deciding department.")
                .arg(r.number, displayName(r.status)));
    const QString d = department.trimmed();
    if (d.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Cases", "Name the department the case is sent to."));
    if (d.size() > kMaxDepartmentLength)
        return tooLong(QCoreApplication::translate("Cases", "The department"),
                       kMaxDepartmentLength);
    if (!on.isValid() || (r.acceptedOn.isValid() && on < r.acceptedOn))
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "Case %1 cannot be sent on %2, before it was accepted.")
                                   .arg(r.number, on.toString(Qt::ISODate)));
    if (!due.isValid() || due < on)
        return Status::failure(QCoreApplication::translate(
            "Cases", "The department's due day must be today or later."));
    // A case late already goes to the department due the same day.
    if (caseDue.isValid() && due > std::max(caseDue, on))
        return Status::failure(QCoreApplication::translate(
                                   "Cases",
                                   "The department's due day (%1) is after the case's own (%2): "
                                   "the applicant was promised %2.")
                                   .arg(due.toString(Qt::ISODate), caseDue.toString(Qt::ISODate)));
    return {};
}

Status CaseDecisionRules::mayDecide(const CaseRecord &r, bool approved, const QString &number,
                                    QDate on, const QString &reason)
{
    if (r.status == CaseStatus::AcceptedWithDeferral)
        return Status::failure(QCoreApplication::translate(
                                   "Cases",
                                   "The 容缺 materials of case %1 are still outstanding (due %2): "
                                   "record them before the decision.")
                                   .arg(r.number, r.supplementDue.toString(Qt::ISODate)));
    if (r.status != CaseStatus::Accepted)
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "Case %1 is \"%2\": only an accepted case is decided.")
                                   .arg(r.number, displayName(r.status)));
    const QString n = number.trimmed();
    if (n.isEmpty())
        return Status::failure(
            approved ? QCoreApplication::translate(
                           "Cases", "Enter the number of the certificate or licence.")
                     : QCoreApplication::translate("Cases", "Enter the number of the decision."));
    if (n.size() > kMaxNumberLength)
        return tooLong(QCoreApplication::translate("Cases", "The number"), kMaxNumberLength);
    if (!on.isValid() || (r.acceptedOn.isValid() && on < r.acceptedOn))
        return Status::failure(
            QCoreApplication::translate("Cases",
                                        "Case %1 cannot be decided on %2, before it was accepted.")
                .arg(r.number, on.toString(Qt::ISODate)));
    if (!approved) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            return Status::failure(QCoreApplication::translate(
                "Cases", "A refusal states its reason: it is printed on the "
                         "decision with the applicant's rights."));
        if (why.size() > kMaxReasonLength)
            return tooLong(QCoreApplication::translate("Cases", "The reason"), kMaxReasonLength);
    }
    return {};
}

Status CaseDecisionRules::mayHandOut(const CaseRecord &r, const HandOut &h, QDate on)
{
    if (r.status != CaseStatus::Approved && r.status != CaseStatus::Refused)
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "Case %1 is \"%2\": only a decided case is handed out.")
                                   .arg(r.number, displayName(r.status)));
    if (!on.isValid() || (r.decidedOn.isValid() && on < r.decidedOn))
        return Status::failure(
            QCoreApplication::translate("Cases",
                                        "Case %1 cannot be handed out on %2, before its decision.")
                .arg(r.number, on.toString(Qt::ISODate)));
    if (h.method == HandOutMethod::Window) {
        if (h.collectorName.trimmed().isEmpty() || h.collectorIdMasked.isEmpty())
            return Status::failure(QCoreApplication::translate(
                "Cases", "Check the collector's ID before handing out."));
        return {};
    }
    if (h.address.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Cases", "Enter the address the result is sent to."));
    if (h.address.size() > kMaxAddressLength)
        return tooLong(QCoreApplication::translate("Cases", "The address"), kMaxAddressLength);
    if (h.carrier.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Cases", "Enter the express company."));
    static const QRegularExpression kWaybill(QStringLiteral("^[A-Za-z0-9-]{6,40}$"));
    if (!kWaybill.match(h.tracking.trimmed()).hasMatch())
        return Status::failure(QCoreApplication::translate(
            "Cases", "Enter the waybill number: 6 to 40 letters, digits or "
                     "hyphens."));
    return {};
}

Result<HandOut> CaseDecisionRules::checkCollector(const CaseRecord &r, CollectorKind kind,
                                                  const QString &typedId, QDate today)
{
    auto id = ResidentId::validate(typedId.trimmed(), today);
    if (!id)
        return Error{QCoreApplication::translate("Cases", "The collector's ID %1 is not valid: %2")
                         .arg(ResidentId::mask(typedId.trimmed().toUpper()), id.message()),
                     QStringLiteral("collector")};
    const QString number = id->normalized;
    HandOut h;
    h.method = HandOutMethod::Window;
    h.collector = kind;
    h.collectorIdMasked = ResidentId::mask(number);
    const QString refused =
        QCoreApplication::translate("Cases",
                                    "The ID %1 is not that of the %2 of case %3: the result is not "
                                    "handed out.")
            .arg(h.collectorIdMasked, displayName(kind), r.number);
    if (kind == CollectorKind::Applicant) {
        if (r.applicant.kind != ApplicantKind::Person)
            return Error{QCoreApplication::translate(
                             "Cases",
                             "The applicant of case %1 is an organisation: its result is "
                             "collected by an agent whose authorisation covers collecting.")
                             .arg(r.number),
                         QStringLiteral("collector")};
        if (number != r.applicant.idNumber)
            return Error{refused, QStringLiteral("collector")};
        h.collectorName = r.applicant.name;
        return h;
    }
    if (!r.agent)
        return Error{QCoreApplication::translate(
                         "Cases", "Case %1 has no agent: only the applicant collects.")
                         .arg(r.number),
                     QStringLiteral("collector")};
    if (number != r.agent->idNumber)
        return Error{refused, QStringLiteral("collector")};
    if (!r.agent->mayCollect)
        return Error{QCoreApplication::translate(
                         "Cases",
                         "The authorisation of %1 (%2) does not cover collecting the result: the "
                         "applicant collects, or brings an authorisation that does.")
                         .arg(r.agent->name, r.agent->authorisation),
                     QStringLiteral("collector")};
    h.collectorName = r.agent->name;
    return h;
}

} // namespace onetrip
