// CaseService: 代办 — the case carried for the applicant by an agent, the chain of custody of
// its materials (材料交接单), the agent's relay, reassignment and the end.
#include "cases/CaseService.h"

#include "auth/UserRepository.h"
#include "cases/CaseEvents.h"
#include "proxy/ProxyRules.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const char kRefusal[] = QT_TRANSLATE_NOOP("Cases", "A %1 does not record this step of a 代办.");

} // namespace

Result<User> CaseService::agentUser(const QString &login) const
{
    auto found = UserRepository(m_db).find(login);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{
            QCoreApplication::translate("Cases", "There is no user %1.").arg(login.trimmed()), {}};
    const User &u = *found.value();
    if (u.role != Role::Agent)
        return Error{QCoreApplication::translate("Cases", "%1 (%2) is not an agent.")
                         .arg(u.displayName, u.login),
                     {}};
    return u;
}

Result<CaseRecord>
CaseService::amendProxy(const QString &caseNumber, const User &user, const char *eventType,
                        const std::function<Status(const CaseRecord &, CaseChange &, QDate)> &build)
{
    return amendToday(caseNumber, user, eventType, kRefusal,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          if (!ProxyRules::mayHandle(r, user))
                              return Status::failure(
                                  QCoreApplication::translate("Cases", "Case %1 is not carried "
                                                                       "by you (%2).")
                                      .arg(r.number, user.login));
                          return build(r, change, today);
                      });
}

Result<CaseRecord> CaseService::takeAsProxy(const QString &caseNumber, const User &user,
                                            const QString &agentLogin, const ProxyScope &scope,
                                            const QString &applicantPhone, QDate commitDate)
{
    using namespace CaseEvents;
    auto agent = agentUser(agentLogin);
    if (!agent)
        return agent.error();
    return amendProxy(caseNumber, user, ProxyTaken::kType,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          ProxyCase p;
                          p.agentLogin = agent->login;
                          p.agentName = agent->displayName;
                          p.scope = scope;
                          p.applicantPhone = applicantPhone.trimmed();
                          p.commitDate = commitDate;
                          if (Status s = ProxyRules::mayTake(r, p, today); !s)
                              return s;
                          if (Status s = change.add(ProxyTaken{p.agentLogin, p.agentName, scope,
                                                               p.applicantPhone, commitDate});
                              !s)
                              return s;
                          // 代办委托书, signed by the applicant and the agent.
                          return issue(change, DocumentKind::ProxyAuthorisation, user);
                      });
}

Result<CaseRecord> CaseService::handOver(const QString &caseNumber, const User &user,
                                         const Party &from, const Party &to,
                                         const QList<HandedMaterial> &materials,
                                         const QString &note)
{
    using namespace CaseEvents;
    QList<HandedMaterial> trimmed;
    for (const HandedMaterial &m : materials)
        trimmed << HandedMaterial{m.name.trimmed(), m.copies};
    return amendProxy(caseNumber, user, HandedOver::kType,
                      [&](const CaseRecord &r, CaseChange &change, QDate) -> Status {
                          const Handover h{m_clock.now(), user.login,     from, to,
                                           trimmed,       note.trimmed(), false};
                          if (Status s = ProxyRules::mayHandOver(r, h); !s)
                              return s;
                          if (Status s = change.add(HandedOver{from, to, trimmed, h.note}); !s)
                              return s;
                          // 材料交接单, signed by both sides.
                          return issue(change, DocumentKind::HandoverSlip, user);
                      });
}

Result<CaseRecord> CaseService::recordProxyStep(const QString &caseNumber, const User &user,
                                                const QString &department, const QString &text)
{
    using namespace CaseEvents;
    return amendProxy(
        caseNumber, user, ProxyStepped::kType,
        [&](const CaseRecord &r, CaseChange &change, QDate) -> Status {
            const ProxyStep s{m_clock.now(), user.login, department.trimmed(), text.trimmed()};
            if (Status may = ProxyRules::mayStep(r, s); !may)
                return may;
            return change.add(ProxyStepped{s.department, s.text});
        });
}

Result<CaseRecord> CaseService::reassignProxy(const QString &caseNumber, const User &user,
                                              const QString &agentLogin, const QString &reason)
{
    using namespace CaseEvents;
    auto agent = agentUser(agentLogin);
    if (!agent)
        return agent.error();
    return amendProxy(caseNumber, user, ProxyReassigned::kType,
                      [&](const CaseRecord &r, CaseChange &change, QDate) -> Status {
                          if (Status s = ProxyRules::mayReassign(r, agent->login, reason); !s)
                              return s;
                          const qsizetype links = r.proxy ? r.proxy->handovers.size() : 0;
                          if (Status s = change.add(ProxyReassigned{
                                  agent->login, agent->displayName, reason.trimmed()});
                              !s)
                              return s;
                          // The old agent's materials moved to the new one: a 交接单 for both to
                          // sign.
                          if (change.record().proxy->handovers.size() > links)
                              return issue(change, DocumentKind::HandoverSlip, user);
                          return {};
                      });
}

Result<CaseRecord> CaseService::completeProxy(const QString &caseNumber, const User &user,
                                              const QString &summary)
{
    using namespace CaseEvents;
    return amendProxy(caseNumber, user, ProxyCompleted::kType,
                      [&](const CaseRecord &r, CaseChange &change, QDate) -> Status {
                          if (Status s = ProxyRules::mayComplete(r, summary); !s)
                              return s;
                          if (Status s = change.add(ProxyCompleted{summary.trimmed()}); !s)
                              return s;
                          // 代办办结单: the chain and the relay, signed by the applicant.
                          return issue(change, DocumentKind::ProxyCompletion, user);
                      });
}

} // namespace onetrip
