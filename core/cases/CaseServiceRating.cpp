// CaseService: 好差评 (the rating of a visit, the 差评 follow-up, the appeal) and showing a
// full ID number.
#include "cases/CaseService.h"

#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "rating/RatingRules.h"
#include "rating/RatingSettings.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const char kRefusal[] = QT_TRANSLATE_NOOP("Cases", "A %1 does not record ratings or their "
                                                   "follow-up.");

} // namespace

Result<CaseRecord> CaseService::rate(const QString &caseNumber, const User &user, int trip,
                                     RatingLevel level, const SubRatings &sub,
                                     const QString &comment)
{
    using namespace CaseEvents;
    // Read before the write lock: the hall's setting and the visits (written once, never
    // changed).
    auto days = RatingSettings::load(m_db);
    if (!days)
        return days.error();
    auto visits = m_cases.visits(CaseNumber::normalize(caseNumber));
    if (!visits)
        return visits.error();
    return amendToday(caseNumber, user, Rated::kType, kRefusal,
                      [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
                          if (Status s = RatingRules::mayRate(r, trip, sub, comment, today); !s)
                              return s;
                          Rated rated{trip, level, sub, comment.trimmed(), {}, 0, {}};
                          for (const CaseVisit &v : std::as_const(visits.value())) {
                              if (v.trip == trip)
                                  rated.clerk = v.clerkLogin;
                          }
                          if (isBad(level)) {
                              rated.followUpDays = days.value();
                              rated.followUpDue =
                                  m_calendar.addWorkingDays(today, days.value()).date;
                          }
                          return change.add(rated);
                      });
}

Result<CaseRecord> CaseService::followUpComplaint(const QString &caseNumber, const User &user,
                                                  int trip, ComplaintFollowUpKind kind,
                                                  const QString &text, bool satisfied)
{
    using namespace CaseEvents;
    if (kind == ComplaintFollowUpKind::Appeal)
        return Error{QCoreApplication::translate("Cases", "An appeal is decided by a supervisor, "
                                                          "not recorded as a follow-up step."),
                     {}};
    return amendToday(
        caseNumber, user, ComplaintFollowedUp::kType, kRefusal,
        [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
            const ComplaintFollowUpStep step{kind, today, user.login, text.trimmed(), satisfied};
            if (Status s = RatingRules::mayFollowUp(r, trip, step); !s)
                return s;
            return change.add(ComplaintFollowedUp{trip, kind, today, step.text, satisfied});
        });
}

Result<CaseRecord> CaseService::decideAppeal(const QString &caseNumber, const User &user, int trip,
                                             bool upheld, const QString &reason)
{
    using namespace CaseEvents;
    return amendToday(
        caseNumber, user, RatingAppealed::kType,
        QT_TRANSLATE_NOOP("Cases", "Only a supervisor decides an appeal against a rating (a %1 "
                                   "may not)."),
        [&](const CaseRecord &r, CaseChange &change, QDate today) -> Status {
            const ComplaintFollowUpStep step{ComplaintFollowUpKind::Appeal, today, user.login,
                                             reason.trimmed(), upheld};
            if (Status s = RatingRules::mayFollowUp(r, trip, step); !s)
                return s;
            return change.add(RatingAppealed{trip, upheld, today, step.text});
        });
}

Result<CaseRecord> CaseService::revealId(const QString &caseNumber, const User &user, bool agent,
                                         const QString &reason)
{
    using namespace CaseEvents;
    return amendToday(
        caseNumber, user, IdRevealed::kType,
        QT_TRANSLATE_NOOP("Cases", "A %1 may not see full ID numbers."),
        [&](const CaseRecord &r, CaseChange &change, QDate) -> Status {
            if (reason.trimmed().isEmpty())
                return Status::failure(QCoreApplication::translate(
                    "Cases", "Say why the full ID number is needed: the reason is kept with "
                             "the case."));
            if (agent && !r.agent)
                return Status::failure(
                    QCoreApplication::translate("Cases", "Case %1 has no agent.").arg(r.number));
            return change.add(IdRevealed{agent, reason.trimmed()});
        });
}

} // namespace onetrip
