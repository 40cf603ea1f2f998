#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace onetrip {

// The kinds of case events (stable keys in case_event.type).
namespace CaseEventType {
inline constexpr char Received[] = "case.received"; // a new case: items, applicant ...
inline constexpr char Visit[] = "case.visit";       // the applicant came again: a trip
inline constexpr char Checked[] = "case.checked";   // the material checks of a visit
inline constexpr char SecondNoticeApproved[] = "case.second-notice-approved";
inline constexpr char StatusChanged[] = "case.status";    // a transition with its dates
inline constexpr char DocumentIssued[] = "case.document"; // a document recorded for printing
inline constexpr char ApplicantFlagged[] = "case.applicant-flagged";
// A sync conflict settled by a supervisor: the refused change applied again, or discarded.
inline constexpr char ConflictResolved[] = "case.conflict-resolved";
// 特殊环节: the time limit's clock stopped (hearing, testing, expert review …) and running again.
inline constexpr char ClockPaused[] = "case.clock-paused";
inline constexpr char ClockResumed[] = "case.clock-resumed";
// 分转: the case sent to the deciding department with that department's due day.
inline constexpr char Routed[] = "case.routed";
// The decision: 准予 (certificate number) or 不予许可 (decision number, reason, rights).
inline constexpr char Decided[] = "case.decided";
// 一口出: the result collected at the window (the collector checked) or sent by express.
inline constexpr char HandedOut[] = "case.handed-out";
// 好差评: a visit rated; a step of a 差评's follow-up (回访, 整改, the rater's view); a
// supervisor's decision on an appeal (申诉) against a rating.
inline constexpr char Rated[] = "case.rated";
inline constexpr char ComplaintFollowedUp[] = "case.complaint-follow-up";
inline constexpr char RatingAppealed[] = "case.rating-appeal";
// The full ID number of the applicant or agent shown on screen (who and when: the event).
inline constexpr char IdRevealed[] = "case.id-revealed";
// 代办: an agent takes the case for the applicant (代办委托书); materials change hands
// (材料交接单); a step of the agent's relay; a supervisor gives the case to another agent; the 代办
// ends.
inline constexpr char ProxyTaken[] = "case.proxy-taken";
inline constexpr char HandedOver[] = "case.handover";
inline constexpr char ProxyStepped[] = "case.proxy-step";
inline constexpr char ProxyReassigned[] = "case.proxy-reassigned";
inline constexpr char ProxyCompleted[] = "case.proxy-completed";
} // namespace CaseEventType

// One append-only event (table case_event): the audit log and the unit of sync. Each
// terminal's events form a SHA-256 hash chain in its sequence order.
struct CaseEvent
{
    QString id; // UUID
    QString caseNumber;
    QString hallCode;
    QString terminalCode;
    qint64 terminalSequence = 0; // per terminal, 1, 2, 3 ... without gaps
    QString actor;               // login
    QDateTime at;
    QString type; // CaseEventType
    QJsonObject payload;
    int baseVersion = 0;  // the case version the event applies to (0: creates the case)
    QString previousHash; // hex; empty for a terminal's first event
    QString hash;         // hex sha256 of previousHash and the canonical fields
    // The event of this case it follows (empty for the first): with baseVersion, what the
    // server checks so a change made on another state is refused, never merged. Sync
    // metadata, not hashed: a terminal's chain stays as it was written.
    QString parentId;
    // This store's log position (1, 2, 3 ... in commit order; not hashed, not synced):
    // "every event after N" for the sync module and listeners.
    qint64 sequence = 0;

    // The hash this event must have given its fields and previousHash.
    QString computeHash() const;
    // The same with the payload already serialised (payloadJson()), for callers that need
    // that text anyway (the server stores it).
    QString computeHash(const QByteArray &payloadText) const;
    // The payload as stored: compact JSON, keys sorted (QJsonDocument's order).
    QByteArray payloadJson() const;
};

} // namespace onetrip
