#include "intake/Intake.h"

#include "intake/VerdictEngine.h"

#include <QCoreApplication>

namespace onetrip {

Intake::Intake(QList<ServiceGuide> guides, QHash<QString, QString> answers)
    : m_guides(std::move(guides))
{
    setAnswers(answers);
}

void Intake::setAnswers(const QHash<QString, QString> &answers)
{
    m_answers = Checklist::mergedDefaultAnswers(m_guides);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        m_answers.insert(it.key(), it.value());
    m_rows = Checklist::build(m_guides, m_answers);
    // Checks of rows the new answers dropped are not held against the applicant.
    for (auto it = m_checks.begin(); it != m_checks.end();) {
        if (Checklist::find(m_rows, it.key()))
            ++it;
        else
            it = m_checks.erase(it);
    }
}

QList<MaterialCheck> Intake::checks() const
{
    QList<MaterialCheck> out;
    for (const ChecklistRow &row : m_rows) {
        MaterialCheck c = m_checks.value(row.key);
        c.rowKey = row.key;
        out << c;
    }
    return out;
}

bool Intake::setCheck(const MaterialCheck &check)
{
    if (!Checklist::find(m_rows, check.rowKey))
        return false;
    m_checks.insert(check.rowKey, check);
    return true;
}

QStringList Intake::setChecks(const QList<MaterialCheck> &checks)
{
    QStringList ignored;
    for (const MaterialCheck &c : checks) {
        if (!setCheck(c)) {
            ignored << c.rowKey;
            m_unknown << c;
        }
    }
    return ignored;
}

void Intake::setDeferral(bool commitmentSigned, int supplementDays)
{
    m_commitmentSigned = commitmentSigned;
    m_supplementDays = supplementDays;
}

IntakeRequest Intake::request() const
{
    return IntakeRequest{m_guides,  m_answers,          checks() + m_unknown,
                         m_flagged, m_commitmentSigned, m_supplementDays};
}

Verdict Intake::verdict() const
{
    return VerdictEngine::evaluate(request(), m_rows);
}

QList<IntakeIssue> Intake::checkIssues() const
{
    QList<IntakeIssue> out;
    for (const ChecklistRow &row : m_rows) {
        const MaterialCheck c = m_checks.value(row.key);
        if (c.state == MaterialState::Defective && !c.defect)
            out << IntakeIssue{
                IntakeIssue::Where::Row, row.key,
                QCoreApplication::translate("Intake", "Say what is wrong with \"%1\" (defect).")
                    .arg(row.material.name)};
        else if (c.state == MaterialState::Defective && c.defect == DefectReason::Other &&
                 c.note.trimmed().isEmpty())
            out << IntakeIssue{IntakeIssue::Where::Row, row.key,
                               QCoreApplication::translate(
                                   "Intake", "Write in the note what is wrong with \"%1\".")
                                   .arg(row.material.name)};
    }
    return out;
}

QList<IntakeIssue> Intake::issuesFor(Outcome outcome, QDate today,
                                     const DeclineDecision &decline) const
{
    QList<IntakeIssue> out = checkIssues();
    for (const QString &p : m_applicant.problems(today))
        out << IntakeIssue{IntakeIssue::Where::Applicant, {}, p};
    if (m_agent) {
        for (const QString &p : m_agent->problems(today))
            out << IntakeIssue{IntakeIssue::Where::Agent, {}, p};
    }
    const Verdict v = verdict();
    if (!v.allows(outcome)) {
        QStringList why = v.reasons;
        if (why.isEmpty() && !v.deficiencies.isEmpty())
            why << QCoreApplication::translate("Intake", "The check found deficiencies.");
        out << IntakeIssue{
            IntakeIssue::Where::Outcome,
            {},
            QCoreApplication::translate("Intake", "\"%1\" is not possible for this intake.")
                    .arg(displayName(outcome)) +
                (why.isEmpty() ? QString() : u'\n' + why.join(u'\n'))};
    }
    if (outcome == Outcome::Decline) {
        // 窗口无否决权: a decline says why and where to go instead.
        if (Status s = decline.validate(); !s)
            out << IntakeIssue{IntakeIssue::Where::Decline, {}, s.message()};
    }
    return out;
}

PromisedDeadline Intake::acceptanceDue(QDate acceptedOn, const WorkdayCalendar &calendar) const
{
    return PromisedDeadline::forGuides(m_guides, acceptedOn, calendar);
}

} // namespace onetrip
