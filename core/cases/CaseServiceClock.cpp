// CaseService: stopping and restarting a case's time limit (特殊环节).
#include "cases/CaseService.h"

#include "cases/CaseClockRules.h"
#include "cases/CaseEvents.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const char kRefusal[] =
    QT_TRANSLATE_NOOP("Cases", "A %1 cannot stop or restart a case's time limit.");

} // namespace

Result<CaseRecord> CaseService::pauseClock(const QString &caseNumber, const User &user,
                                           PauseKind kind, const QString &reason)
{
    using namespace CaseEvents;
    return amendToday(caseNumber, user, ClockPaused::kType, kRefusal,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          if (Status s = CaseClockRules::mayPause(r, today, reason); !s)
                              return s;
                          return change.add(ClockPaused{kind, reason.trimmed(), today});
                      });
}

Result<CaseRecord> CaseService::resumeClock(const QString &caseNumber, const User &user)
{
    using namespace CaseEvents;
    return amendToday(caseNumber, user, ClockResumed::kType, kRefusal,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          if (Status s = CaseClockRules::mayResume(r, today); !s)
                              return s;
                          return change.add(ClockResumed{today});
                      });
}

} // namespace onetrip
