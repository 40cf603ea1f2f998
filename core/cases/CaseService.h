#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/ApplicantRepository.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseRecord.h"
#include "cases/CaseRepository.h"
#include "cases/HallInfo.h"
#include "cases/IntakeConfirmation.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace onetrip {

class Database;

// What a resubmission's new checks mean against the correction notice (一次性告知).
struct SecondNoticeCheck
{
    QStringList outsideNotice; // new deficiencies in materials the notice did not list
    QStringList outstanding;   // notice rows still deficient
    QStringList cleared;       // notice rows now in order
    // A deficiency outside the notice is a second notice: a supervisor must sign it off.
    bool needsSupervisor() const { return !outsideNotice.isEmpty(); }
};

// Art. 32 《行政许可法》: materials received and neither a notice nor an acceptance within
// five working days: the application counts as accepted from the day of receipt.
struct DeemedAcceptance
{
    bool deemed = false;
    QDate acceptedFrom;       // the day of receipt, when deemed
    QDate windowEnd;          // the last day a notice could have been given
    QString warning;          // the calendar's warning when the window reaches an unloaded year
    QString describe() const; // translated sentence for the case screen; empty when not deemed
};

// Cases at the window: confirms intakes, reopens cases, keeps events and projections in
// one BEGIN IMMEDIATE transaction each. One service per store connection (thread); it must
// not outlive the Database. Nothing is printed here: the caller prints
// `issuedNow` after the call returned (the transaction has committed then).
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

    // The case with this number (typed or scanned), with its documents.
    Result<CaseRecord> open(const QString &caseNumber) const;
    // The case a document belongs to (a notice brought back, typed or scanned).
    Result<CaseRecord> openByDocument(const QString &documentNumber) const;
    // Every document of a case, oldest first, for reprinting.
    Result<QList<CaseDocument>> documents(const QString &caseNumber) const;
    // The pinned guide versions of a case, for rebuilding its checklist.
    Result<QList<ServiceGuide>> guides(const CaseRecord &record) const;

    // Which deficiencies of a resubmission's checks lie outside the case's notice. `answers`
    // empty: the case's own answers.
    Result<SecondNoticeCheck> checkResubmission(const CaseRecord &record,
                                                const QList<MaterialCheck> &newChecks,
                                                const QHash<QString, QString> &answers = {}) const;

    // Art. 32 for this case as of `today`.
    DeemedAcceptance deemedAccepted(const CaseRecord &record, QDate today) const;
    // How many cases of this store count as accepted by Art. 32 as of `today`.
    Result<int> countDeemedAccepted(QDate today) const;

    // 容缺: the deferred materials were brought; the case becomes Accepted.
    Result<CaseRecord> completeSupplement(const QString &caseNumber, const User &clerk);
    // 容缺 supplement overdue: the case is terminated and the applicant flagged for a false
    // commitment (no 容缺 again).
    Result<CaseRecord> terminate(const QString &caseNumber, const User &clerk,
                                 const QString &reason);
    // The applicant withdrew before a decision.
    Result<CaseRecord> withdraw(const QString &caseNumber, const User &clerk,
                                const QString &reason);

    const HallInfo &hall() const { return m_hall; }
    const TerminalInfo &terminal() const { return m_terminal; }
    const WorkdayCalendar &calendar() const { return m_calendar; }

private:
    struct Prepared;
    Result<Prepared> prepare(const IntakeConfirmation &confirmation, bool decide) const;
    Result<CaseRecord> write(const Prepared &prepared);
    Result<CaseRecord> record(const IntakeConfirmation &confirmation, bool decide);
    Result<CaseRecord> changeStatus(const QString &caseNumber, const User &clerk, CaseStatus to,
                                    const QString &reason);

    const Database &m_db;
    const Clock &m_clock;
    WorkdayCalendar m_calendar;
    HallInfo m_hall;
    TerminalInfo m_terminal;
    // Kept for the service's life: their statements are prepared once.
    CaseRepository m_cases;
    ApplicantRepository m_applicants;
    CaseEventLog m_log;
    StatementCache m_sql;
};

} // namespace onetrip
