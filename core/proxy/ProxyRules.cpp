#include "proxy/ProxyRules.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Status refuse(const char *text)
{
    return Status::failure(QCoreApplication::translate("Proxy", text));
}

Status running(const CaseRecord &r)
{
    if (!r.proxy)
        return Status::failure(
            QCoreApplication::translate("Proxy", "Case %1 is not carried by an agent (代办).")
                .arg(r.number));
    if (r.proxy->completed())
        return Status::failure(
            QCoreApplication::translate("Proxy", "The 代办 of case %1 ended on %2.")
                .arg(r.number, r.proxy->completedOn.toString(Qt::ISODate)));
    return {};
}

Status text(const QString &t, const char *missing)
{
    if (t.trimmed().isEmpty())
        return refuse(missing);
    if (t.trimmed().size() > ProxyRules::kMaxTextLength)
        return Status::failure(
            QCoreApplication::translate("Proxy", "The text is longer than %1 characters.")
                .arg(ProxyRules::kMaxTextLength));
    return {};
}

QString named(const Party &p)
{
    return p.name.isEmpty() ? displayName(p.kind) : displayName(p.kind) + u' ' + p.name;
}

} // namespace

Status ProxyRules::mayBeTaken(const CaseRecord &r)
{
    switch (r.status) {
    case CaseStatus::Declined:
    case CaseStatus::Withdrawn:
    case CaseStatus::Terminated:
    case CaseStatus::HandedOut:
        return Status::failure(
            QCoreApplication::translate("Proxy", "Case %1 is \"%2\": there is nothing left to "
                                                 "carry for the applicant.")
                .arg(r.number, displayName(r.status)));
    default:
        break;
    }
    if (r.proxy && !r.proxy->completed())
        return Status::failure(
            QCoreApplication::translate("Proxy", "Case %1 is carried by %2 already; a supervisor "
                                                 "may give it to another agent.")
                .arg(r.number, r.proxy->agentName));
    return {};
}

Status ProxyRules::mayTake(const CaseRecord &r, const ProxyCase &p, QDate on)
{
    if (Status s = mayBeTaken(r); !s)
        return s;
    if (p.agentLogin.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "Choose the agent who carries the case."));
    if (!p.scope.any())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "Say what the applicant delegates: submission, "
                                                 "corrections or pickup."));
    if (p.applicantPhone.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "The applicant's phone is needed: the agent "
                                                 "reaches them by it."));
    if (!p.commitDate.isValid() || p.commitDate < on)
        return refuse(QT_TRANSLATE_NOOP("Proxy", "The agent's commitment date is today or "
                                                 "later."));
    return {};
}

Status ProxyRules::mayHandOver(const CaseRecord &r, const Handover &h)
{
    if (Status s = running(r); !s)
        return s;
    const ProxyCase &p = *r.proxy;
    const Party holder = p.holder();
    if (!h.from.sameAs(holder))
        return Status::failure(
            QCoreApplication::translate("Proxy", "The materials of case %1 are with %2 now: a "
                                                 "handover starts from whoever holds them.")
                .arg(r.number, named(holder)));
    if (h.to.sameAs(h.from))
        return refuse(QT_TRANSLATE_NOOP("Proxy", "A handover goes to someone else."));
    // The agent carries: one side of every handover is the case's agent.
    const bool fromAgent = h.from.kind == Party::Kind::Agent;
    const bool toAgent = h.to.kind == Party::Kind::Agent;
    if (fromAgent == toAgent)
        return refuse(QT_TRANSLATE_NOOP("Proxy", "The case's agent gives or takes the materials "
                                                 "in every handover."));
    const Party &agent = fromAgent ? h.from : h.to;
    if (agent.id != p.agentLogin)
        return Status::failure(
            QCoreApplication::translate("Proxy", "Case %1 is carried by %2, not %3.")
                .arg(r.number, p.agentName, agent.name));
    const Party &other = fromAgent ? h.to : h.from;
    if (other.kind == Party::Kind::Department && other.id.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "Name the department's window."));
    if (fromAgent && other.kind == Party::Kind::Department && !p.scope.submission &&
        !p.scope.corrections)
        return refuse(QT_TRANSLATE_NOOP("Proxy", "The 代办委托书 does not delegate submitting "
                                                 "materials."));
    if (h.materials.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "List the materials handed over, with their "
                                                 "copies."));
    for (const HandedMaterial &m : h.materials) {
        if (m.name.trimmed().isEmpty() || m.copies < 1 || m.copies > kMaxCopies)
            return refuse(QT_TRANSLATE_NOOP("Proxy", "Each material handed over has a name and "
                                                     "1 to 99 copies."));
    }
    if (h.note.trimmed().size() > kMaxTextLength)
        return Status::failure(
            QCoreApplication::translate("Proxy", "The text is longer than %1 characters.")
                .arg(kMaxTextLength));
    return {};
}

Status ProxyRules::mayStep(const CaseRecord &r, const ProxyStep &s)
{
    if (Status st = running(r); !st)
        return st;
    if (s.department.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "Name the department of this step."));
    return text(s.text, QT_TRANSLATE_NOOP("Proxy", "Write down what was done there."));
}

Status ProxyRules::mayReassign(const CaseRecord &r, const QString &toLogin, const QString &reason)
{
    if (Status s = running(r); !s)
        return s;
    if (toLogin.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Proxy", "Choose the agent who carries the case."));
    if (toLogin == r.proxy->agentLogin)
        return refuse(QT_TRANSLATE_NOOP("Proxy", "The case is carried by that agent already."));
    return text(reason, QT_TRANSLATE_NOOP("Proxy", "Say why the case goes to another agent: the "
                                                   "reason is kept with the case."));
}

Status ProxyRules::mayComplete(const CaseRecord &r, const QString &summary)
{
    if (Status s = running(r); !s)
        return s;
    const Party holder = r.proxy->holder();
    if (r.proxy->handovers.isEmpty() || holder.kind != Party::Kind::Applicant)
        return Status::failure(
            QCoreApplication::translate("Proxy", "The materials of case %1 are with %2: the 代办 "
                                                 "ends when they are back with the applicant.")
                .arg(r.number, named(holder)));
    return text(summary, QT_TRANSLATE_NOOP("Proxy", "Sum up what the agent did: it is kept with "
                                                    "the case."));
}

bool ProxyRules::commitmentKept(const ProxyCase &p)
{
    return p.completed() && p.completedOn <= p.commitDate;
}

std::optional<DeadlineStatus> ProxyRules::commitment(const ProxyCase &p, QDate today,
                                                     const WorkdayCalendar &calendar,
                                                     const WarningPolicy &policy)
{
    if (p.completed() || !p.commitDate.isValid())
        return std::nullopt;
    return commitmentDeadline(p.takenOn, p.commitDate, today, calendar, policy);
}

DeadlineStatus ProxyRules::commitmentDeadline(QDate takenOn, QDate commitDate, QDate today,
                                              const WorkdayCalendar &calendar,
                                              const WarningPolicy &policy)
{
    const int days = takenOn.isValid() && takenOn < commitDate
                         ? calendar.workingDaysBetween(takenOn, commitDate).count
                         : 0;
    return CaseClock::evaluateFixed(commitDate, days, today, calendar, policy);
}

bool ProxyRules::mayHandle(const CaseRecord &r, const User &user)
{
    if (user.role != Role::Agent)
        return true;
    return r.proxy && r.proxy->agentLogin == user.login;
}

std::optional<Handover> ProxyRules::reassignmentLink(const ProxyCase &p, const Party &to,
                                                     const QString &reason)
{
    if (!p.holder().sameAs(p.agent()))
        return std::nullopt;
    Handover h;
    h.from = p.agent();
    h.to = to;
    h.materials =
        p.handovers.isEmpty() ? QList<HandedMaterial>{} : p.handovers.constLast().materials;
    h.note = reason;
    h.reassignment = true;
    return h;
}

} // namespace onetrip
