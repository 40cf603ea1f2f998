#pragma once

#include <functional>

#include "calendar/WorkdayCalendar.h"
#include "cases/ApplicantRepository.h"
#include "cases/CaseChange.h"
#include "cases/CaseQueries.h"
#include "cases/CaseRecord.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWriter.h"
#include "cases/HallInfo.h"
#include "cases/IntakeConfirmation.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace onetrip {

class Database;

// The commands on cases at the window: confirming intakes (new cases and resubmissions),
// receiving materials, the status changes after intake. Each command checks what it can
// before the write lock, then builds typed events (CaseEvents) under it and commits them
// through CaseWriter, the one commit path. Reads are in queries(). One service per store
// connection (thread); it must not outlive the Database. Nothing is printed here: the
// caller prints `issuedNow` after the call returned (the transaction has committed then).
class CaseService
{
public:
    CaseService(const Database &db, const Clock &clock, WorkdayCalendar calendar, HallInfo hall,
                TerminalInfo terminal);

    // Confirms the clerk's outcome: creates the case (or updates the reopened one named by
    // `caseNumber`), its events, checks, visit, documents (numbers + data, IDs masked) and
    // due dates. Refused with a message when the verdict (evaluated again) does not allow the
    // outcome, a decline lacks reason or redirect, the applicant is invalid, the transition
    // is illegal, or a second notice lacks a supervisor's approval.
    Result<CaseRecord> confirm(const IntakeConfirmation &confirmation);
    // Records materials received without a decision yet (status Received, a 材料接收清单);
    // the Art. 32 five-working-day window starts. The decision follows with confirm().
    Result<CaseRecord> receive(const IntakeConfirmation &confirmation);
    // Confirms several intakes in ONE transaction: all are saved or none (bulk entry of
    // applications received online or by mail; test drivers). Stops at the first refusal.
    Result<QList<CaseRecord>> confirmAll(const QList<IntakeConfirmation> &confirmations);

    // 容缺: the deferred materials were brought; the case becomes Accepted.
    Result<CaseRecord> completeSupplement(const QString &caseNumber, const User &clerk);
    // 容缺 supplement overdue: the case is terminated and the applicant flagged for a false
    // commitment (no 容缺 again).
    Result<CaseRecord> terminate(const QString &caseNumber, const User &clerk,
                                 const QString &reason);
    // The applicant withdrew before a decision.
    Result<CaseRecord> withdraw(const QString &caseNumber, const User &clerk,
                                const QString &reason);

    // 特殊环节: the case's time limit stops today (hearing, testing, expert review …; the
    // reason is required) and runs again. CaseClockRules says when; staff who handle cases
    // only (Permissions).
    Result<CaseRecord> pauseClock(const QString &caseNumber, const User &user, PauseKind kind,
                                  const QString &reason);
    Result<CaseRecord> resumeClock(const QString &caseNumber, const User &user);

    // 分转: an accepted case sent today to the deciding department, due there by `due` (not
    // after the case's own due day). CaseDecisionRules says when, for all four below.
    Result<CaseRecord> route(const QString &caseNumber, const User &user, const QString &department,
                             QDate due, const QString &note = {});
    // The department's decision recorded today: approved with the certificate or licence
    // number, or refused with the decision number and the reason.
    Result<CaseRecord> decide(const QString &caseNumber, const User &user, bool approved,
                              const QString &number, const QString &reason = {});
    // 一口出 at the window: the collector shows `typedId`; the applicant's or an authorised
    // agent's (CaseDecisionRules::checkCollector), anyone else is refused. Collecting is a
    // visit (a trip) of the applicant's side.
    Result<CaseRecord> handOutAtWindow(const QString &caseNumber, const User &user,
                                       CollectorKind collector, const QString &typedId);
    // 一口出 by express mail: no trip.
    Result<CaseRecord> sendByExpress(const QString &caseNumber, const User &user,
                                     const QString &address, const QString &carrier,
                                     const QString &tracking);

    // 好差评: the applicant's rating of visit `trip` (RatingRules: one per visit). A 差评 opens
    // a follow-up due in the hall's working days (RatingSettings), counted today.
    Result<CaseRecord> rate(const QString &caseNumber, const User &user, int trip,
                            RatingLevel level, const SubRatings &sub = {},
                            const QString &comment = {});
    // A step of the 差评 follow-up of visit `trip` today: 回访, 整改, or the rater's view
    // (`satisfied` closes it). Not an appeal: see decideAppeal.
    Result<CaseRecord> followUpComplaint(const QString &caseNumber, const User &user, int trip,
                                         ComplaintFollowUpKind kind, const QString &text,
                                         bool satisfied = false);
    // 申诉: a supervisor upholds (the rating no longer counts) or refuses an appeal against
    // the rating of visit `trip`, with the reason.
    Result<CaseRecord> decideAppeal(const QString &caseNumber, const User &user, int trip,
                                    bool upheld, const QString &reason);
    // The full ID number of the applicant (or the agent) is to be shown: recorded (who,
    // when, why) before the caller shows it from the returned record.
    Result<CaseRecord> revealId(const QString &caseNumber, const User &user, bool agent,
                                const QString &reason);

    // 代办 (CaseServiceProxy.cpp; ProxyRules says when): the hall gives the case to the agent
    // `agentLogin` (a user with the agent role) for the applicant; materials change hands from
    // whoever holds them; a step of the agent's relay; a supervisor gives the case to another
    // agent; the 代办 ends with the materials back with the applicant. An agent changes only
    // the cases they carry.
    Result<CaseRecord> takeAsProxy(const QString &caseNumber, const User &user,
                                   const QString &agentLogin, const ProxyScope &scope,
                                   const QString &applicantPhone, QDate commitDate);
    Result<CaseRecord> handOver(const QString &caseNumber, const User &user, const Party &from,
                                const Party &to, const QList<HandedMaterial> &materials,
                                const QString &note = {});
    Result<CaseRecord> recordProxyStep(const QString &caseNumber, const User &user,
                                       const QString &department, const QString &text);
    Result<CaseRecord> reassignProxy(const QString &caseNumber, const User &user,
                                     const QString &agentLogin, const QString &reason);
    Result<CaseRecord> completeProxy(const QString &caseNumber, const User &user,
                                     const QString &summary);

    // The read side: open, documents, events, the second-notice and Art. 32 checks.
    const CaseQueries &queries() const { return m_queries; }

    const HallInfo &hall() const { return m_hall; }
    const TerminalInfo &terminal() const { return m_terminal; }
    const WorkdayCalendar &calendar() const { return m_calendar; }

private:
    struct Prepared;
    Result<Prepared> prepare(const IntakeConfirmation &confirmation, bool decide) const;
    Result<CaseChange> write(const Prepared &prepared);
    Result<CaseRecord> record(const IntakeConfirmation &confirmation, bool decide);
    Result<QList<CaseRecord>> confirmAll(const QList<IntakeConfirmation> &confirmations,
                                         bool decide);
    Result<CaseRecord> changeStatus(const QString &caseNumber, const User &clerk, CaseStatus to,
                                    const QString &reason);
    // Numbers a document of the case as `change` leaves it and adds it (its data fixed now
    // for every reprint): the hand-out receipt, the withdrawal confirmation, the termination
    // notice.
    Status issue(CaseChange &change, DocumentKind kind, const User &user,
                 const QString &reason = {});
    // One change to an existing case by `user`: the case is read again under the write lock
    // (another window of this terminal may have changed it) and `build` adds the events to
    // the change (or refuses); committed as one transaction.
    Result<CaseRecord> amend(const QString &caseNumber, const User &user,
                             const std::function<Status(const CaseRecord &, CaseChange &)> &build);
    // amend() for a command of the case desk: `user` must be allowed to record `eventType`
    // (Permissions; else `refusal`, a QT_TRANSLATE_NOOP("Cases", …) with %1 the role), the
    // case must exist, and `build` gets today's date.
    Result<CaseRecord>
    amendToday(const QString &caseNumber, const User &user, const char *eventType,
               const char *refusal,
               const std::function<Status(const CaseRecord &, CaseChange &, QDate)> &build);

    // The user `login` with the agent role, or the refusal naming it.
    Result<User> agentUser(const QString &login) const;
    // amendToday() for a 代办 command: an agent only on the cases they carry.
    Result<CaseRecord>
    amendProxy(const QString &caseNumber, const User &user, const char *eventType,
               const std::function<Status(const CaseRecord &, CaseChange &, QDate)> &build);

    const Database &m_db;
    const Clock &m_clock;
    WorkdayCalendar m_calendar;
    HallInfo m_hall;
    TerminalInfo m_terminal;
    // Kept for the service's life: their statements are prepared once.
    CaseRepository m_cases;
    ApplicantRepository m_applicants;
    CaseQueries m_queries;
    CaseWriter m_writer;
    StatementCache m_sql;
};

} // namespace onetrip
