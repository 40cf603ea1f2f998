#include "intake/VerdictEngine.h"

#include "catalog/CatalogEnums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace onetrip {

namespace {

// What the applicant must do to bring a usable material: the defect's fix, then the guide's
// how-to-obtain text.
QString howToFix(const MaterialRequirement &m, const QString &fix)
{
    if (m.howToObtain.trimmed().isEmpty())
        return fix;
    return fix + QLatin1Char(' ') +
           QCoreApplication::translate("Intake", "How to obtain: %1").arg(m.howToObtain.trimmed());
}

QString bringIt()
{
    return QCoreApplication::translate("Intake", "Bring this material.");
}

// What is wrong with a defective material, and what the applicant must do about it.
struct DefectText
{
    QString problem;
    QString fix;
};

// One case a reason, so that no reason can get a problem without its fix.
DefectText defectText(DefectReason reason, const MaterialRequirement &m)
{
    switch (reason) {
    case DefectReason::Expired:
        return {QCoreApplication::translate("Intake", "Expired."),
                QCoreApplication::translate("Intake", "Bring one that is still valid.")};
    case DefectReason::Unsigned:
        return {
            QCoreApplication::translate("Intake", "Not signed or not sealed."),
            QCoreApplication::translate("Intake", "Have it signed, and sealed where required.")};
    case DefectReason::Unclear:
        return {QCoreApplication::translate("Intake", "Unclear or illegible."),
                QCoreApplication::translate("Intake", "Bring a clear, legible one.")};
    case DefectReason::WrongForm:
        return {QCoreApplication::translate("Intake", "Not in the required form."),
                QCoreApplication::translate("Intake", "Bring it as required: %1, %2.")
                    .arg(displayName(m.originalOrCopy), displayName(m.medium))};
    case DefectReason::NotEnoughCopies:
        return {QCoreApplication::translate("Intake", "Not enough copies."),
                QCoreApplication::translate("Intake", "Bring %1 copies in all.").arg(m.copies)};
    case DefectReason::DataMismatch:
        return {QCoreApplication::translate(
                    "Intake", "Does not match the application or the other materials."),
                QCoreApplication::translate(
                    "Intake",
                    "Correct it so that it matches the application and the other materials.")};
    case DefectReason::Other:
        break;
    }
    return {QCoreApplication::translate("Intake", "Defective."),
            QCoreApplication::translate("Intake", "Correct it as noted.")};
}

// For a state the guide may or may not allow: nothing when it is allowed, else `d` with
// `problem`.
std::optional<Deficiency> unlessAllowed(bool allowed, Deficiency d, const QString &problem)
{
    if (allowed)
        return std::nullopt;
    d.problem = problem;
    return d;
}

// The deficiency a check reveals, or nothing when the check is acceptable.
std::optional<Deficiency> deficiencyOf(const ChecklistRow &row, const MaterialCheck &check)
{
    const MaterialRequirement &m = row.material;
    Deficiency d;
    d.rowKey = row.key;
    d.materialName = m.name;
    d.state = check.state;
    d.note = check.note;
    d.main = m.main;
    d.deferrable = m.deferrable;
    d.howToFix = howToFix(m, bringIt());
    switch (check.state) {
    case MaterialState::Pending:
        return std::nullopt;
    case MaterialState::Provided:
        if (check.copiesReceived >= m.copies)
            return std::nullopt;
        d.defect = DefectReason::NotEnoughCopies;
        d.problem =
            QCoreApplication::translate("Intake", "Not enough copies: %1 received, %2 required.")
                .arg(check.copiesReceived)
                .arg(m.copies);
        d.howToFix =
            howToFix(m, QCoreApplication::translate("Intake", "Bring %n more copies.", nullptr,
                                                    m.copies - check.copiesReceived));
        return d;
    case MaterialState::ObtainedBySharing:
        return unlessAllowed(
            m.obtainedBySharing, d,
            QCoreApplication::translate(
                "Intake", "The guide does not list this material as obtainable by data sharing; "
                          "the applicant must provide it."));
    case MaterialState::ReplacedByCommitment:
        return unlessAllowed(
            m.commitmentInLieu, d,
            QCoreApplication::translate(
                "Intake", "The guide does not allow a commitment in place of this material."));
    case MaterialState::NotApplicable:
        return unlessAllowed(
            m.requirement == Requirement::Optional, d,
            QCoreApplication::translate(
                "Intake", "This material is required and cannot be marked not applicable; if the "
                          "applicant's situation differs, change the situation answers."));
    case MaterialState::Missing:
        // An optional material may be left out: it is asked for, never demanded.
        return unlessAllowed(m.requirement == Requirement::Optional, d,
                             QCoreApplication::translate("Intake", "Not provided."));
    case MaterialState::Defective: {
        const DefectReason reason = check.defect.value_or(DefectReason::Other);
        d.defect = reason;
        const DefectText text = defectText(reason, m);
        d.problem = text.problem;
        d.howToFix = howToFix(m, text.fix);
        return d;
    }
    case MaterialState::Deferred:
        if (m.main)
            d.problem = QCoreApplication::translate(
                "Intake", "A main material (主审要件) cannot be deferred.");
        else if (!m.deferrable)
            d.problem = QCoreApplication::translate(
                "Intake", "The guide does not allow deferring this material (容缺).");
        else
            d.problem = QCoreApplication::translate(
                "Intake", "Not provided; the guide allows it to be brought later under a "
                          "signed commitment (容缺).");
        return d;
    }
    return std::nullopt;
}

QString names(const QList<Deficiency> &list)
{
    QStringList n;
    for (const Deficiency &d : list)
        n.append(d.materialName);
    return n.join(QCoreApplication::translate("Intake", ", "));
}

// Every reason 容缺 is not possible; empty when it is.
QStringList deferralBlockers(const IntakeRequest &request, const QList<Deficiency> &deficiencies,
                             std::optional<int> limit)
{
    QStringList reasons;
    QList<Deficiency> mainOnes;
    QList<Deficiency> notDeferrable;
    for (const Deficiency &d : deficiencies) {
        if (d.main)
            mainOnes.append(d);
        else if (!d.deferrable)
            notDeferrable.append(d);
    }
    if (!mainOnes.isEmpty())
        reasons.append(QCoreApplication::translate(
                           "Intake", "No deferral (容缺): main materials are not complete: %1.")
                           .arg(names(mainOnes)));
    if (!notDeferrable.isEmpty())
        reasons.append(QCoreApplication::translate(
                           "Intake", "No deferral (容缺): the guide does not allow deferring %1.")
                           .arg(names(notDeferrable)));
    for (const ServiceGuide &g : request.guides) {
        if (g.caseType == CaseType::Immediate)
            reasons.append(QCoreApplication::translate(
                               "Intake", "No deferral (容缺): %1 is an on-the-spot item (即办件).")
                               .arg(g.name));
    }
    if (request.falseCommitmentFlagged)
        reasons.append(QCoreApplication::translate(
            "Intake", "No deferral (容缺): the applicant is flagged for a past false "
                      "commitment."));
    if (!request.commitmentSigned)
        reasons.append(QCoreApplication::translate(
            "Intake", "No deferral (容缺): the applicant has not signed the commitment."));
    if (!limit) {
        reasons.append(QCoreApplication::translate(
            "Intake", "No deferral (容缺): no time limit is published, so no supplement "
                      "period can be set."));
    } else if (*limit < 1) {
        reasons.append(QCoreApplication::translate(
            "Intake", "No deferral (容缺): the time limit is 0 working days (done on the spot), "
                      "so no supplement period can be set."));
    } else if (request.supplementDays < 1) {
        reasons.append(QCoreApplication::translate(
            "Intake", "No deferral (容缺): set a supplement period of 1 to %n working days.",
            nullptr, *limit));
    } else if (request.supplementDays > *limit) {
        reasons.append(QCoreApplication::translate(
                           "Intake",
                           "No deferral (容缺): the supplement period of %1 working days exceeds "
                           "the time limit of %2 working days.")
                           .arg(request.supplementDays)
                           .arg(*limit));
    }
    return reasons;
}

} // namespace

std::optional<int> VerdictEngine::supplementLimitDays(const QList<ServiceGuide> &guides)
{
    std::optional<int> limit;
    for (const ServiceGuide &g : guides) {
        const std::optional<int> own = g.promisedLimitDays ? g.promisedLimitDays : g.legalLimitDays;
        if (!own)
            return std::nullopt; // an item without a limit: no period can be promised
        limit = limit ? std::min(*limit, *own) : *own;
    }
    return limit;
}

Verdict VerdictEngine::evaluate(const IntakeRequest &request)
{
    return evaluate(request, Checklist::build(request.guides, request.answers));
}

Verdict VerdictEngine::evaluate(const IntakeRequest &request, const QList<ChecklistRow> &rows)
{
    Verdict v;
    v.supplementLimitDays = supplementLimitDays(request.guides);

    // A check may name a shared row by any item that uses it.
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rowOf.insert(rows.at(i).key, i);
        for (const auto &[code, id] : rows.at(i).usedBy)
            rowOf.insert(Checklist::rowKey(code, id), i);
    }
    QList<std::optional<MaterialCheck>> checkOf(rows.size());
    for (const MaterialCheck &check : request.checks) {
        const auto found = rowOf.constFind(check.rowKey);
        if (found == rowOf.cend()) {
            v.reasons.append(QCoreApplication::translate(
                                 "Intake",
                                 "The check of %1 was ignored: no such material applies to this "
                                 "application.")
                                 .arg(check.rowKey));
            continue;
        }
        if (checkOf[*found])
            v.reasons.append(QCoreApplication::translate(
                                 "Intake", "%1 was checked twice; the last check counts.")
                                 .arg(rows.at(*found).material.name));
        checkOf[*found] = check;
    }

    for (qsizetype i = 0; i < rows.size(); ++i) {
        MaterialCheck check;
        check.rowKey = rows.at(i).key;
        if (checkOf.at(i))
            check = *checkOf.at(i);
        if (check.state == MaterialState::Pending)
            v.pendingRows.append(rows.at(i).key);
        else if (std::optional<Deficiency> d = deficiencyOf(rows.at(i), check))
            v.deficiencies.append(std::move(*d));
    }

    if (!v.pendingRows.isEmpty()) {
        v.recommended = Outcome::Decline;
        v.allowed = {Outcome::Decline};
        v.reasons.prepend(QCoreApplication::translate(
            "Intake", "The check is not finished: %n material(s) not checked yet.", nullptr,
            int(v.pendingRows.size())));
        return v;
    }
    if (v.deficiencies.isEmpty()) {
        v.recommended = Outcome::Accept;
        v.allowed = {Outcome::Accept, Outcome::Decline};
        return v;
    }
    const QStringList blockers = deferralBlockers(request, v.deficiencies, v.supplementLimitDays);
    v.reasons.append(blockers);
    if (blockers.isEmpty()) {
        v.recommended = Outcome::AcceptWithDeferral;
        v.allowed = {Outcome::AcceptWithDeferral, Outcome::CorrectionNeeded, Outcome::Decline};
    } else {
        v.recommended = Outcome::CorrectionNeeded;
        v.allowed = {Outcome::CorrectionNeeded, Outcome::Decline};
    }
    return v;
}

} // namespace onetrip
