// CaseService: checking a confirmation before anything is written (CaseService.cpp writes).
#include "auth/UserRepository.h"
#include "cases/CaseNumber.h"
#include "cases/CaseServicePrepared.h"
#include "cases/SecondNotice.h"
#include "identity/CreditCode.h"
#include "identity/ResidentId.h"
#include "intake/Intake.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

CaseStatus statusFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accept:
        return CaseStatus::Accepted;
    case Outcome::AcceptWithDeferral:
        return CaseStatus::AcceptedWithDeferral;
    case Outcome::CorrectionNeeded:
        return CaseStatus::CorrectionRequested;
    case Outcome::Decline:
        return CaseStatus::Declined;
    }
    return CaseStatus::Received;
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error{message, detail};
}

} // namespace

Result<CaseService::Prepared> CaseService::prepare(const IntakeConfirmation &confirmation,
                                                   bool decide) const
{
    Prepared p;
    p.conf = confirmation;
    p.decide = decide;
    IntakeConfirmation &c = p.conf;
    const QDate today = m_clock.today();

    if (m_terminal.hallCode.isEmpty() || m_terminal.terminalCode.isEmpty())
        return refused(QCoreApplication::translate(
            "Cases", "This terminal has no hall and terminal code yet: set them up first."));
    if (c.guides.isEmpty())
        return refused(QCoreApplication::translate("Cases", "The intake names no service item."));
    for (const ServiceGuide &g : c.guides) {
        if (g.version < 1)
            return refused(QCoreApplication::translate(
                               "Cases", "The guide of %1 has no stored version; open the item "
                                        "from the catalog and check again.")
                               .arg(g.code));
    }
    if (c.clerk.login.isEmpty())
        return refused(QCoreApplication::translate("Cases", "No clerk is logged in."));

    // Validate and normalize identities: the store keys applicants by the normalized number.
    QStringList problems = c.applicant.problems(today);
    if (c.agent)
        problems << c.agent->problems(today);
    if (!problems.isEmpty())
        return refused(problems.join(QLatin1Char('\n')));
    if (c.applicant.kind == ApplicantKind::Person)
        c.applicant.idNumber = ResidentId::check(c.applicant.idNumber, today).info.normalized;
    else
        c.applicant.idNumber = CreditCode::check(c.applicant.idNumber).info.normalized;
    if (c.agent)
        c.agent->idNumber = ResidentId::check(c.agent->idNumber, today).info.normalized;

    auto flagged = m_applicants.falseCommitmentFlagged(c.applicant.idNumber);
    if (!flagged)
        return flagged.error();

    // The verdict is evaluated again here, with every rule an outcome must pass (Intake):
    // the screen's may be stale, and the command line or the server may be calling.
    Intake intake(c.guides, c.answers);
    intake.setChecks(c.checks);
    intake.setApplicant(c.applicant);
    intake.setAgent(c.agent);
    intake.setDeferral(c.commitmentSigned, c.supplementDays);
    intake.setFalseCommitmentFlagged(flagged.value());
    p.rows = intake.rows();
    p.verdict = intake.verdict();
    p.target = decide ? statusFor(c.outcome) : CaseStatus::Received;
    const QList<IntakeIssue> issues =
        decide ? intake.issuesFor(c.outcome, today, c.decline) : intake.checkIssues();
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const IntakeIssue &issue : issues)
            messages << issue.message;
        return refused(messages.join(u'\n'));
    }

    if (!c.caseNumber.isEmpty()) {
        const QString number = CaseNumber::normalize(c.caseNumber);
        auto found = m_cases.find(number);
        if (!found)
            return found.error();
        if (!found.value())
            return refused(
                QCoreApplication::translate("Cases", "There is no case %1 in this store.")
                    .arg(number));
        p.existing = *found.value();
        c.caseNumber = number;
        // The applicant's details may be corrected on a later visit; who it is may not.
        if (p.existing->applicant.idNumber != c.applicant.idNumber)
            return refused(QCoreApplication::translate(
                               "Cases", "Case %1 belongs to another applicant (ID %2). Check "
                                        "the ID number, or start a new intake.")
                               .arg(number, p.existing->applicant.maskedId()));
        if (!decide)
            return refused(QCoreApplication::translate(
                               "Cases", "The materials of case %1 were already received.")
                               .arg(number));
        QList<CaseItem> pinned;
        for (const ServiceGuide &g : c.guides)
            pinned << CaseItem{g.code, g.version, g.name};
        for (const CaseItem &item : pinned) {
            bool same = false;
            for (const CaseItem &own : p.existing->items)
                same = same || (own.code == item.code && own.guideVersion == item.guideVersion);
            if (!same || pinned.size() != p.existing->items.size())
                return refused(QCoreApplication::translate(
                                   "Cases", "Case %1 was checked against other guide versions; "
                                            "reopen it from its number to check it again.")
                                   .arg(number));
        }
        if (Status s = CaseTransitions::check(p.existing->status, p.target); !s)
            return s.error();
    }

    // 二次告知: on a resubmission only the notice's items may be held against the applicant.
    if (p.existing)
        p.outsideNotice =
            SecondNotice::classify(p.existing->status, c.outcome, p.existing->noticeRows, p.verdict)
                .outsideNotice;
    if (!p.outsideNotice.isEmpty()) {
        QStringList names;
        for (const Deficiency &d : p.verdict.deficiencies) {
            if (p.outsideNotice.contains(d.rowKey))
                names << d.materialName;
        }
        const QString listed = names.join(QCoreApplication::translate("Cases", ", "));
        const auto &approval = c.secondNoticeApproval;
        if (!approval || approval->login.isEmpty())
            return refused(QCoreApplication::translate(
                               "Cases", "The notice did not list %1. Holding the applicant to "
                                        "it is a second notice (二次告知): a supervisor must "
                                        "approve it with their login, password and a written "
                                        "reason.")
                               .arg(listed));
        if (approval->reason.trimmed().isEmpty())
            return refused(QCoreApplication::translate(
                "Cases", "A second notice needs a written reason from the supervisor."));
        auto supervisor = UserRepository(m_db).authenticate(approval->login, approval->password);
        if (!supervisor)
            return supervisor.error();
        if (supervisor->role != Role::Supervisor)
            return refused(QCoreApplication::translate(
                               "Cases", "%1 is not a supervisor: only a supervisor can approve a "
                                        "second notice.")
                               .arg(supervisor->displayName));
        p.approver = supervisor.value();
    }
    return p;
}

} // namespace onetrip
