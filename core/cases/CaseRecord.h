#pragma once

#include "cases/Applicant.h"
#include "cases/CaseStatus.h"
#include "cases/HandOut.h"
#include "deadline/ClockPause.h"
#include "documents/DocumentData.h"
#include "intake/MaterialState.h"
#include "proxy/ProxyCase.h"
#include "rating/VisitRating.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onetrip {

// One item of a case with the guide version it was checked against (pinned: a later guide
// change never changes the case or an issued notice).
struct CaseItem
{
    QString code;
    int guideVersion = 0;
    QString name;

    bool operator==(const CaseItem &) const = default;
};

// A document issued for a case, kept for reprinting (its data exactly as first printed).
struct CaseDocument
{
    QString number;
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    QDateTime issuedAt;
    DocumentData data; // ID numbers masked
};

// A visit (trip) of the applicant's side for the case: when, the clerk who served it, and
// where the case stood when they left.
struct CaseVisit
{
    int trip = 0;
    QDateTime at;
    QString clerkLogin;
    CaseStatus outcome = CaseStatus::Received;
};

// A case (办件) as the screens read it: the projection of its events.
struct CaseRecord
{
    QString number;
    CaseStatus status = CaseStatus::Received;
    int version = 0; // the number of events applied to the case
    QString hallCode;
    QString terminalCode; // the terminal that created it

    QString bundleCode; // 一件事, empty for a single item
    QString bundleName;
    QList<CaseItem> items;
    QHash<QString, QString> answers; // situation answers

    Applicant applicant; // as at the last intake
    std::optional<Agent> agent;
    Channel channel = Channel::Window;
    QString clerkLogin; // the clerk of the last intake
    QString clerkName;

    QList<MaterialCheck> checks;           // the last check, one per checklist row
    QHash<QString, QString> materialNames; // row key -> material name, kept for reports
    QStringList noticeRows;                // row keys listed on the latest correction notice

    QDate receivedOn;       // materials first received
    QDate firstDecidedOn;   // first notice or acceptance (Art. 32); null before
    QDate acceptedOn;       // null unless accepted (with or without deferral)
    QDate dueDate;          // completion due as counted at acceptance (CaseDeadlines recounts)
    int limitDays = -1;     // the time limit in working days; -1: none published / not known
    QString dueDateWarning; // the calendar's warning when the due date reaches an unloaded year
    QDate noticeDue;        // Art. 32: the last day for a notice (5 working days from receipt)
    QDate supplementDue;    // 容缺: the supplement due date
    int supplementDays = 0;
    bool commitmentSigned = false;
    QString declineReason;
    QString declineRedirect;

    QList<ClockPause> pauses; // 特殊环节: the clock stopped, oldest first (the last may run)

    // 分转: the deciding department the case was sent to, and its due day there.
    QString department;
    QDate routedOn;
    QDate departmentDue;
    // The decision (准予 / 不予许可): its day, the certificate or decision number, the
    // reason of a refusal.
    QDate decidedOn;
    QString decisionNumber;
    QString refusalReason;
    // 一口出: when and how the result left the hall.
    QDate handedOutOn;
    std::optional<HandOut> handOut;

    int trips = 0;         // 跑动次数: the applicant's visits for this case
    int notices = 0;       // correction notices issued
    int secondNotices = 0; // 二次告知: notices beyond the first listing new deficiencies

    QList<VisitRating> ratings;     // 好差评: one per rated visit, in the order they came
    std::optional<ProxyCase> proxy; // 代办: carried for the applicant by an agent

    QList<CaseDocument> documents; // every document, oldest first
    QList<CaseDocument> issuedNow; // documents issued by the action that returned this record

    QDateTime createdAt;
    QDateTime updatedAt;

    // The checks the resubmission visit starts from: the notice's rows back to Pending (to be
    // re-checked), every other row as it was.
    QList<MaterialCheck> checksForResubmission() const;
    // The item name(s) for display: the bundle's name, or the item names joined.
    QString itemDisplayName() const;
    // The latest document of this kind, or nullptr.
    const CaseDocument *latestDocument(DocumentKind kind) const;
};

} // namespace onetrip
