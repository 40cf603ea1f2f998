#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/Applicant.h"
#include "catalog/ServiceGuide.h"
#include "deadline/PromisedDeadline.h"
#include "intake/Checklist.h"
#include "intake/IntakeRequest.h"
#include "intake/Verdict.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// A reason an outcome cannot be confirmed yet, and where to put it right.
struct IntakeIssue
{
    enum class Where
    {
        Row,       // a checklist row (rowKey)
        Applicant, // the applicant's name, ID number or credit code
        Agent,     // the agent's name or ID number
        Outcome,   // the verdict does not allow the outcome
        Decline,   // a decline lacks its reason or where to go
    };
    Where where = Where::Row;
    QString rowKey;  // for Where::Row
    QString message; // translated
};

// One intake (收件) of an item or a bundle: the pinned guides, the situation answers, the
// applicant and agent, the clerk's checks. It builds the checklist, computes the verdict and
// holds every rule an outcome must pass before it is confirmed, so the intake screen,
// `onetripctl intake check`, the case service and the coming server enforce the same ones.
// Pure: no store, no clock (the day is handed in).
class Intake
{
public:
    // Unanswered questions take their defaults.
    explicit Intake(QList<ServiceGuide> guides, QHash<QString, QString> answers = {});

    const QList<ServiceGuide> &guides() const { return m_guides; }
    const QHash<QString, QString> &answers() const { return m_answers; }
    // Other answers give another checklist; the checks of rows that stay are kept.
    void setAnswers(const QHash<QString, QString> &answers);
    const QList<ChecklistRow> &rows() const { return m_rows; }

    // One check per row, in row order; Pending where none was given.
    QList<MaterialCheck> checks() const;
    // Sets the check of its row; false (nothing changed) when the row is not on the list.
    bool setCheck(const MaterialCheck &check);
    // Sets several; returns the row keys not on the checklist. Those are kept aside and
    // handed to the verdict, which names them among its reasons (a typo never passes).
    QStringList setChecks(const QList<MaterialCheck> &checks);

    const Applicant &applicant() const { return m_applicant; }
    void setApplicant(const Applicant &applicant) { m_applicant = applicant; }
    const std::optional<Agent> &agent() const { return m_agent; }
    void setAgent(const std::optional<Agent> &agent) { m_agent = agent; }

    // 容缺: the signed commitment and the working days granted; a past false commitment.
    void setDeferral(bool commitmentSigned, int supplementDays);
    void setFalseCommitmentFlagged(bool flagged) { m_flagged = flagged; }
    bool commitmentSigned() const { return m_commitmentSigned; }
    int supplementDays() const { return m_supplementDays; }

    IntakeRequest request() const;
    Verdict verdict() const;

    // The checks the clerk must finish before any outcome: a defective material names its
    // defect; the defect "other" says in the note what is wrong.
    QList<IntakeIssue> checkIssues() const;
    // Everything that stops `outcome` today: checkIssues, an invalid applicant or agent (as
    // of `today`), an outcome the verdict does not allow (with its reasons), a decline
    // without reason or without where to go. Empty: the outcome may be confirmed.
    QList<IntakeIssue> issuesFor(Outcome outcome, QDate today,
                                 const DeclineDecision &decline = {}) const;

    // When a case accepted on `acceptedOn` would be due (the last of its items), with the
    // calendar's warning for unloaded years; Basis::Unknown when no limit is published.
    PromisedDeadline acceptanceDue(QDate acceptedOn, const WorkdayCalendar &calendar) const;

private:
    QList<ServiceGuide> m_guides;
    QHash<QString, QString> m_answers;
    QList<ChecklistRow> m_rows;
    QHash<QString, MaterialCheck> m_checks; // by row key
    QList<MaterialCheck> m_unknown;         // checks of rows not on the checklist
    Applicant m_applicant;
    std::optional<Agent> m_agent;
    bool m_commitmentSigned = false;
    int m_supplementDays = 0;
    bool m_flagged = false;
};

} // namespace onetrip
