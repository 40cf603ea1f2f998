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
    auto committed = m_writer.commit([&]() -> Result<QList<CaseChange>> {
        // Under the write lock: another window of this terminal may have changed it.
        auto locked = m_cases.find(current->number);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return Error{QCoreApplication::translate("Cases", "There is no case %1 in this store.")
                             .arg(current->number),
                         {}};
        const CaseRecord &r = *locked.value();
        if (Status s = CaseClockRules::mayPause(r, today, reason); !s)
            return s.error();
        CaseChange change(r, r.number, m_terminal, user.login, m_clock.now());
        if (Status s = change.add(ClockPaused{kind, reason.trimmed(), today}); !s)
            return s.error();
        return QList<CaseChange>{change};
    });
    if (!committed)
        return committed.error();
    return committed->constFirst();
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
    auto committed = m_writer.commit([&]() -> Result<QList<CaseChange>> {
        auto locked = m_cases.find(current->number);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return Error{QCoreApplication::translate("Cases", "There is no case %1 in this store.")
                             .arg(current->number),
                         {}};
        const CaseRecord &r = *locked.value();
        if (Status s = CaseClockRules::mayResume(r, today); !s)
            return s.error();
        CaseChange change(r, r.number, m_terminal, user.login, m_clock.now());
        if (Status s = change.add(ClockResumed{today}); !s)
            return s.error();
        return QList<CaseChange>{change};
    });
    if (!committed)
        return committed.error();
    return committed->constFirst();
}

} // namespace onetrip
