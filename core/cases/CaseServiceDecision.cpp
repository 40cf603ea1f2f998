// CaseService: after acceptance — routing to the deciding department, the decision, the
// hand-out (一口出).
#include "cases/CaseService.h"

#include "cases/CaseDeadlines.h"
#include "cases/CaseDecisionRules.h"
#include "cases/CaseEvents.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const char kRefusal[] =
    QT_TRANSLATE_NOOP("Cases", "A %1 does not route, decide or hand out cases at the window.");

} // namespace

Result<CaseRecord> CaseService::route(const QString &caseNumber, const User &user,
                                      const QString &department, QDate due, const QString &note)
{
    using namespace CaseEvents;
    return amendToday(
        caseNumber, user, Routed::kType, kRefusal,
        [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
            // The case's own due day as it stands today (stopped time included).
            const auto limit = CaseDeadlines::processing(r, today, m_calendar, {});
            if (Status s = CaseDecisionRules::mayRoute(r, department, due, today,
                                                       limit ? limit->due : QDate());
                !s)
                return s;
            return change.add(Routed{department.trimmed(), due, today, note.trimmed()});
        });
}

Result<CaseRecord> CaseService::decide(const QString &caseNumber, const User &user, bool approved,
                                       const QString &number, const QString &reason)
{
    using namespace CaseEvents;
    return amendToday(
        caseNumber, user, Decided::kType, kRefusal,
        [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
            if (Status s = CaseDecisionRules::mayDecide(r, approved, number, today, reason); !s)
                return s;
            return change.add(Decided{approved, number.trimmed(), today,
                                      approved ? QString() : reason.trimmed()});
        });
}

Result<CaseRecord> CaseService::handOutAtWindow(const QString &caseNumber, const User &user,
                                                CollectorKind collector, const QString &typedId)
{
    using namespace CaseEvents;
    return amendToday(
        caseNumber, user, HandedOut::kType, kRefusal,
        [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
            auto checked = CaseDecisionRules::checkCollector(r, collector, typedId, today);
            if (!checked)
                return checked.error();
            if (Status s = CaseDecisionRules::mayHandOut(r, checked.value(), today); !s)
                return s;
            // Coming to collect is a trip.
            if (Status s = change.add(Visit{r.trips + 1, user.login, CaseStatus::HandedOut}); !s)
                return s;
            if (Status s = change.add(HandedOut{checked.value(), today}); !s)
                return s;
            return issue(change, DocumentKind::HandOutReceipt, user); // 出件签收单, signed
        });
}

Result<CaseRecord> CaseService::sendByExpress(const QString &caseNumber, const User &user,
                                              const QString &address, const QString &carrier,
                                              const QString &tracking)
{
    using namespace CaseEvents;
    HandOut h;
    h.method = HandOutMethod::Express;
    h.address = address.trimmed();
    h.carrier = carrier.trimmed();
    h.tracking = tracking.trimmed().toUpper();
    return amendToday(caseNumber, user, HandedOut::kType, kRefusal,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          if (Status s = CaseDecisionRules::mayHandOut(r, h, today); !s)
                              return s;
                          if (Status s = change.add(HandedOut{h, today}); !s)
                              return s;
                          return issue(change, DocumentKind::HandOutReceipt,
                                       user); // kept with the waybill
                      });
}

} // namespace onetrip
