#include "cases/CaseDocuments.h"

#include "catalog/CatalogEnums.h"
#include "proxy/ProxyRules.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

QString lawArt32()
{
    return QCoreApplication::translate("Cases",
                                       "Administrative Licensing Law of the People's Republic of "
                                       "China, Article 32");
}

// The received materials: everything checked as provided, shared or replaced.
QList<DocumentLine> receivedLines(const QList<ChecklistRow> &rows,
                                  const QList<MaterialCheck> &checks)
{
    QList<DocumentLine> out;
    for (const ChecklistRow &row : rows) {
        for (const MaterialCheck &c : checks) {
            if (c.rowKey != row.key)
                continue;
            DocumentLine line;
            line.name = row.material.name;
            line.note = c.note;
            switch (c.state) {
            case MaterialState::Provided:
                line.detail = QCoreApplication::translate("Cases", "%1, %2 received")
                                  .arg(displayName(row.material.originalOrCopy))
                                  .arg(c.copiesReceived);
                break;
            case MaterialState::ObtainedBySharing:
            case MaterialState::ReplacedByCommitment:
                line.detail = displayName(c.state);
                break;
            default:
                continue;
            }
            out << line;
        }
    }
    return out;
}

QList<DocumentLine> deficiencyLines(const QList<Deficiency> &deficiencies)
{
    QList<DocumentLine> out;
    for (const Deficiency &d : deficiencies)
        out << DocumentLine{d.materialName, d.problem, d.howToFix, d.note};
    return out;
}

QList<DocumentLine> commitmentLines(const QList<ChecklistRow> &rows,
                                    const QList<MaterialCheck> &checks)
{
    QList<DocumentLine> out;
    for (const MaterialCheck &c : checks) {
        if (c.state != MaterialState::ReplacedByCommitment)
            continue;
        if (const ChecklistRow *row = Checklist::find(rows, c.rowKey))
            out << DocumentLine{row->material.name, displayName(c.state), {}, c.note};
    }
    return out;
}

} // namespace

QList<DocumentKind> CaseDocuments::kindsFor(CaseStatus status, const QList<MaterialCheck> &checks)
{
    QList<DocumentKind> kinds;
    switch (status) {
    case CaseStatus::Received:
        kinds << DocumentKind::MaterialReceipt;
        break;
    case CaseStatus::Accepted:
        kinds << DocumentKind::AcceptanceNotice << DocumentKind::MaterialReceipt;
        break;
    case CaseStatus::AcceptedWithDeferral:
        kinds << DocumentKind::DeferralNotice << DocumentKind::MaterialReceipt;
        break;
    case CaseStatus::CorrectionRequested:
        return {DocumentKind::CorrectionNotice};
    case CaseStatus::Declined:
        return {DocumentKind::DeclineNotice};
    case CaseStatus::Terminated:
    case CaseStatus::Withdrawn:
    // Not intake outcomes: their documents come with the decision and the hand-out.
    case CaseStatus::Approved:
    case CaseStatus::Refused:
    case CaseStatus::HandedOut:
        return {};
    }
    for (const MaterialCheck &c : checks) {
        if (c.state == MaterialState::ReplacedByCommitment) {
            kinds << DocumentKind::CommitmentInLieu;
            break;
        }
    }
    return kinds;
}

DocumentData CaseDocuments::build(DocumentKind kind, const Context &c)
{
    const CaseRecord &r = c.record;
    DocumentData d;
    d.kind = kind;
    d.caseNumber = r.number;
    d.hallName = c.hall.name;
    d.hallAddress = c.hall.address;
    d.hallPhone = c.hall.phone;
    d.terminalCode = c.terminalCode;
    d.applicantName = r.applicant.name;
    d.applicantIdMasked = r.applicant.maskedId();
    if (r.agent) {
        d.agentName = r.agent->name;
        d.agentIdMasked = r.agent->maskedId();
    }
    d.itemName = r.itemDisplayName();
    if (r.bundleCode.isEmpty() && r.items.size() == 1) {
        d.itemCode = r.items.constFirst().code;
        d.guideVersion = r.items.constFirst().guideVersion;
    } else {
        d.itemCode = r.bundleCode;
    }
    d.issuedOn = c.today;
    d.receivedOn = r.receivedOn;
    d.clerkName = c.clerkName;
    for (const ServiceGuide &g : c.guides) {
        for (const QString &basis : g.legalBasis) {
            if (!d.legalBasis.contains(basis))
                d.legalBasis << basis;
        }
    }

    switch (kind) {
    case DocumentKind::AcceptanceNotice:
        d.dueDate = r.dueDate;
        d.dueDateWarning = r.dueDateWarning;
        d.lines = receivedLines(c.rows, r.checks);
        d.legalBasis << lawArt32();
        break;
    case DocumentKind::DeferralNotice:
        // The deferred materials and the date they are due: the applicant's 承诺书.
        d.dueDate = r.supplementDue;
        d.dueDateWarning = r.dueDateWarning;
        d.lines = deficiencyLines(c.verdict.deficiencies);
        d.whereToBring = c.hall.name + QLatin1Char(' ') + c.hall.address;
        d.legalBasis << lawArt32();
        break;
    case DocumentKind::CorrectionNotice:
        d.lines = deficiencyLines(c.verdict.deficiencies);
        d.whereToBring = c.hall.name + QLatin1Char(' ') + c.hall.address;
        d.legalBasis << lawArt32();
        break;
    case DocumentKind::DeclineNotice:
        d.declineReason = r.declineReason;
        d.declineRedirect = r.declineRedirect;
        d.legalBasis << lawArt32() << DeclineDecision::rightsNotice();
        break;
    case DocumentKind::CommitmentInLieu:
        d.lines = commitmentLines(c.rows, r.checks);
        break;
    case DocumentKind::MaterialReceipt:
    case DocumentKind::ConsultationList:
        d.lines = receivedLines(c.rows, r.checks);
        break;
    case DocumentKind::HandOutReceipt:
        d.decisionResult =
            !r.refusalReason.isEmpty() ? QStringLiteral("refused") : QStringLiteral("approved");
        d.decisionNumber = r.decisionNumber;
        d.decidedOn = r.decidedOn;
        d.handedOutOn = r.handedOutOn;
        if (r.handOut) {
            d.handOutMethod = toKey(r.handOut->method);
            if (r.handOut->method == HandOutMethod::Window) {
                d.collectorRole = toKey(r.handOut->collector);
                d.collectorName = r.handOut->collectorName;
                d.collectorIdMasked = r.handOut->collectorIdMasked;
            } else {
                d.expressAddress = r.handOut->address;
                d.expressCarrier = r.handOut->carrier;
                d.expressTracking = r.handOut->tracking;
            }
        }
        break;
    case DocumentKind::WithdrawalConfirmation:
        d.reason = c.reason;
        d.lines = receivedLines(c.rows, r.checks); // handed back
        break;
    case DocumentKind::TerminationNotice:
        d.reason = c.reason;
        d.dueDate = r.supplementDue; // the date the materials were promised for
        for (const MaterialCheck &check : r.checks) {
            if (check.state != MaterialState::Deferred)
                continue;
            const ChecklistRow *row = Checklist::find(c.rows, check.rowKey);
            d.lines << DocumentLine{row ? row->material.name : r.materialNames.value(check.rowKey),
                                    QCoreApplication::translate("Cases", "not brought"),
                                    {},
                                    check.note};
        }
        break;
    case DocumentKind::ProxyAuthorisation:
    case DocumentKind::HandoverSlip:
    case DocumentKind::ProxyCompletion:
        // The 代办 as it stands now, printed as it was even after later links.
        d.proxy = r.proxy;
        d.legalBasis.clear(); // the hall's service, not an administrative act
        if (r.proxy && kind == DocumentKind::HandoverSlip)
            d.proxyLink = int(r.proxy->handovers.size()) - 1; // the link just recorded
        if (r.proxy && kind == DocumentKind::ProxyCompletion)
            d.proxyLate = !ProxyRules::commitmentKept(*r.proxy);
        break;
    }
    return d;
}

} // namespace onetrip
