// CaseService: stopping and restarting a case's time limit (特殊环节).
#include "cases/CaseService.h"

#include "auth/Permissions.h"
#include "cases/CaseClockRules.h"
#include "cases/CaseEvents.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Status mayChange(const User &user, const char *eventType)
{
    if (user.login.isEmpty())
        return Status::failure(QCoreApplication::translate("Cases", "No clerk is logged in."));
    if (!Permissions::mayRecord(user.role, QLatin1String(eventType)))
        return Status::failure(
            QCoreApplication::translate("Cases", "A %1 cannot stop or restart a case's time "
                                                 "limit.")
                .arg(displayName(user.role)));
    return {};
}

} // namespace

Result<CaseRecord> CaseService::pauseClock(const QString &caseNumber, const User &user,
                                           PauseKind kind, const QString &reason)
{
    using namespace CaseEvents;
    if (Status s = mayChange(user, ClockPaused::kType); !s)
        return s.error();
    auto current = m_queries.open(caseNumber);
    if (!current)
        return current;
    const QDate today = m_clock.now().date();
    return amend(current->number, user, [&](const CaseRecord &r, CaseChange &change) -> Status {
        if (Status s = CaseClockRules::mayPause(r, today, reason); !s)
            return s;
        return change.add(ClockPaused{kind, reason.trimmed(), today});
    });
}

Result<CaseRecord> CaseService::resumeClock(const QString &caseNumber, const User &user)
{
    using namespace CaseEvents;
    if (Status s = mayChange(user, ClockResumed::kType); !s)
        return s.error();
    auto current = m_queries.open(caseNumber);
    if (!current)
        return current;
    const QDate today = m_clock.now().date();
    return amend(current->number, user, [&](const CaseRecord &r, CaseChange &change) -> Status {
        if (Status s = CaseClockRules::mayResume(r, today); !s)
            return s;
        return change.add(ClockResumed{today});
    });
}

} // namespace onetrip
