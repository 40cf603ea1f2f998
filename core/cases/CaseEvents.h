#pragma once

#include "cases/Applicant.h"
#include "cases/CaseEvent.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseRecord.h"
#include "cases/CaseStatus.h"
#include "cases/HandOut.h"
#include "common/Result.h"
#include "deadline/ClockPause.h"
#include "documents/DocumentData.h"
#include "proxy/ProxyCase.h"
#include "rating/VisitRating.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace onetrip {

// The typed case events: one struct per CaseEventType, stored as the event's JSON payload
// with a payload version "v". Commands build these; CaseProjector reads them back. A new
// kind of change is a new struct here, a branch in CaseProjector::fold, and nothing else:
// the log, the hash chain and sync carry any payload.
namespace CaseEvents {

// Version 2 payloads carry every field the projections need. Version 1 (no "v", written
// before the projector) lacks a few; the readers note what follows for those.
inline constexpr int kPayloadVersion = 2;

// A new case (办件): the first event of every case. Also the first visit (trip 1).
struct Received
{
    static constexpr const char *kType = CaseEventType::Received;
    QList<CaseItem> items; // pinned guide versions
    QString bundleCode;
    QString bundleName;
    QHash<QString, QString> answers;
    Applicant applicant; // ID number normalized
    std::optional<Agent> agent;
    Channel channel = Channel::Window;
    QDate receivedOn;
    QDate noticeDue;   // Art. 32 window end
    QString clerkName; // v1: empty (the actor's login is shown)
    // Where the case stands when the applicant leaves this first visit (v2; v1: the status
    // after the events written at the same time).
    std::optional<CaseStatus> visitOutcome;
    QJsonObject toPayload() const;
};

// The applicant came again (a trip): a resubmission, the 容缺 supplement.
struct Visit
{
    static constexpr const char *kType = CaseEventType::Visit;
    int trip = 0;
    QString clerk;                     // login
    std::optional<CaseStatus> outcome; // as for Received::visitOutcome
    QJsonObject toPayload() const;
};

// The material checks of a visit. `intake` checks (at the window) also carry the answers,
// the applicant as corrected, the agent, the channel and the clerk; a supplement carries
// the checks only.
struct Checked
{
    static constexpr const char *kType = CaseEventType::Checked;
    QList<MaterialCheck> checks;
    bool intake = false;
    QHash<QString, QString> answers;
    // v2 intake checks: the applicant's details as entered on this visit, etc.
    bool hasParties = false;
    Applicant applicant;
    std::optional<Agent> agent;
    Channel channel = Channel::Window;
    QString clerkName;
    QHash<QString, QString> materialNames; // row key -> name (v2)
    QStringList deficiencies;
    QStringList pending;
    QString recommended; // Outcome key
    QJsonObject toPayload() const;
};

// 二次告知 signed off by a supervisor.
struct SecondNoticeApproved
{
    static constexpr const char *kType = CaseEventType::SecondNoticeApproved;
    QString supervisor;
    QString reason;
    QStringList rows;
    QJsonObject toPayload() const;
};

// A transition of the table in CaseStatus.h. A `decision` (at intake) carries the dates
// and lists it sets; a plain status change (supplement, termination, withdrawal) a reason.
struct StatusChanged
{
    static constexpr const char *kType = CaseEventType::StatusChanged;
    std::optional<CaseStatus> from; // empty: the first decision of a new case
    CaseStatus to = CaseStatus::Received;
    bool decision = false;
    QDate acceptedOn;
    QDate dueDate;
    QString dueWarning;
    QDate supplementDue;
    int supplementDays = 0;
    bool commitmentSigned = false;
    QStringList noticeRows;
    QString declineReason;
    QString declineRedirect;
    QString reason;
    // The time limit in working days the due date was counted with (-1: none published;
    // events written before it was recorded lack it and read as -1).
    int limitDays = -1;
    QJsonObject toPayload() const;
};

// A document numbered and recorded for printing; its data is what every reprint shows.
struct DocumentIssued
{
    static constexpr const char *kType = CaseEventType::DocumentIssued;
    QString number;
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    DocumentData data;
    QJsonObject toPayload() const;
};

// The applicant broke a 容缺 commitment: no 容缺 again.
struct ApplicantFlagged
{
    static constexpr const char *kType = CaseEventType::ApplicantFlagged;
    QString applicant; // ID number or credit code
    bool falseCommitment = true;
    QJsonObject toPayload() const;
};

// A sync conflict settled by a supervisor. "reapplied": the refused change was made again
// on the case as it now stands (its events follow this one); "discarded": it was dropped,
// with the reason. Changes nothing else on the case.
struct ConflictResolved
{
    static constexpr const char *kType = CaseEventType::ConflictResolved;
    enum class Resolution
    {
        Reapplied,
        Discarded
    };
    QString eventId; // the refused event
    Resolution resolution = Resolution::Discarded;
    QString reason;
    QJsonObject toPayload() const;
};

// The time limit's clock stops on `on` (that day no longer counts) for a reason the law
// excludes (特殊环节); it runs again with ClockResumed.
struct ClockPaused
{
    static constexpr const char *kType = CaseEventType::ClockPaused;
    PauseKind kind = PauseKind::Hearing;
    QString reason;
    QDate on;
    QJsonObject toPayload() const;
};

// The clock runs again from `on` (that day counts).
struct ClockResumed
{
    static constexpr const char *kType = CaseEventType::ClockResumed;
    QDate on;
    QJsonObject toPayload() const;
};

// 分转 on `on`: the deciding department and its due day (sent again: the later one counts).
struct Routed
{
    static constexpr const char *kType = CaseEventType::Routed;
    QString department;
    QDate due;
    QDate on;
    QString note;
    QJsonObject toPayload() const;
};

// The decision on `on`: approved (准予, `number` the certificate or licence) or refused (不予
// 许可, `number` the decision, with the reason; the rights are printed with it).
struct Decided
{
    static constexpr const char *kType = CaseEventType::Decided;
    bool approved = true;
    QString number;
    QDate on;
    QString reason; // refused only
    QJsonObject toPayload() const;
};

// The result left the hall on `on` (一口出).
struct HandedOut
{
    static constexpr const char *kType = CaseEventType::HandedOut;
    HandOut handOut;
    QDate on;
    QJsonObject toPayload() const;
};

// 好差评: the applicant rated visit `trip`. A 差评 carries its follow-up's working days and
// due day, counted when it was rated (the hall's setting then).
struct Rated
{
    static constexpr const char *kType = CaseEventType::Rated;
    int trip = 0;
    RatingLevel level = RatingLevel::Satisfied;
    SubRatings sub;
    QString comment;
    QString clerk; // login of the clerk who served that visit
    int followUpDays = 0;
    QDate followUpDue;
    QJsonObject toPayload() const;
};

// A step of a 差评 follow-up: 回访, 整改 or the rater's view (`satisfied` closes it).
struct ComplaintFollowedUp
{
    static constexpr const char *kType = CaseEventType::ComplaintFollowedUp;
    int trip = 0;
    ComplaintFollowUpKind kind = ComplaintFollowUpKind::ReturnVisit; // never Appeal
    QDate on;
    QString text;
    bool satisfied = false;
    QJsonObject toPayload() const;
};

// A supervisor's decision on an appeal (申诉) against the rating of visit `trip`: upheld (the
// rating no longer counts, the follow-up ends) or refused, with the reason.
struct RatingAppealed
{
    static constexpr const char *kType = CaseEventType::RatingAppealed;
    int trip = 0;
    bool upheld = false;
    QDate on;
    QString reason;
    QJsonObject toPayload() const;
};

// The full ID number of the applicant (or the agent) was shown, for `reason`.
struct IdRevealed
{
    static constexpr const char *kType = CaseEventType::IdRevealed;
    bool agent = false;
    QString reason;
    QJsonObject toPayload() const;
};

// 代办: `agent` (a login) carries the case for the applicant; what is delegated, the
// applicant's phone, the agent's commitment date.
struct ProxyTaken
{
    static constexpr const char *kType = CaseEventType::ProxyTaken;
    QString agent;
    QString agentName;
    ProxyScope scope;
    QString phone;
    QDate commitDate;
    QJsonObject toPayload() const;
};

// 材料交接单: the materials, with their copies, from one holder to the next (at the event's
// time, recorded by its actor).
struct HandedOver
{
    static constexpr const char *kType = CaseEventType::HandedOver;
    Party from;
    Party to;
    QList<HandedMaterial> materials;
    QString note;
    QJsonObject toPayload() const;
};

// A step of the agent's relay at a department.
struct ProxyStepped
{
    static constexpr const char *kType = CaseEventType::ProxyStepped;
    QString department;
    QString text;
    QJsonObject toPayload() const;
};

// A supervisor gives the case to another agent, with the reason.
struct ProxyReassigned
{
    static constexpr const char *kType = CaseEventType::ProxyReassigned;
    QString agent;
    QString agentName;
    QString reason;
    QJsonObject toPayload() const;
};

// The 代办 ends: the materials and the result back with the applicant.
struct ProxyCompleted
{
    static constexpr const char *kType = CaseEventType::ProxyCompleted;
    QString summary;
    QJsonObject toPayload() const;
};

using Body =
    std::variant<Received, Visit, Checked, SecondNoticeApproved, StatusChanged, DocumentIssued,
                 ApplicantFlagged, ConflictResolved, ClockPaused, ClockResumed, Routed, Decided,
                 HandedOut, Rated, ComplaintFollowedUp, RatingAppealed, IdRevealed, ProxyTaken,
                 HandedOver, ProxyStepped, ProxyReassigned, ProxyCompleted>;

// The event as a draft for CaseEventLog::append.
template <typename T>
CaseEventLog::Draft draft(const T &event)
{
    return CaseEventLog::Draft{QString::fromLatin1(T::kType), event.toPayload()};
}

// Reads an event's payload. An unknown type, a payload version newer than this program,
// or an unknown key inside is an error naming the event.
Result<Body> decode(const CaseEvent &event);

// The rating and ID events' payloads (RatingEvents.cpp); empty for any other type.
std::optional<Result<Body>> decodeRating(const CaseEvent &event, const QString &where);

// The 代办 events' payloads (ProxyEvents.cpp); empty for any other type.
std::optional<Result<Body>> decodeProxy(const CaseEvent &event, const QString &where);

// How an event is named in messages: "event 12 of terminal JNLX/T01 (case …)".
QString describe(const CaseEvent &event);

} // namespace CaseEvents

} // namespace onetrip
