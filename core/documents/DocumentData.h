#pragma once

#include "proxy/ProxyCase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onetrip {

// The printed documents of the window (docs/printing.md).
enum class DocumentKind
{
    AcceptanceNotice, // 受理通知书
    CorrectionNotice, // 一次性告知书 (补正材料通知书)
    DeferralNotice,   // 容缺受理通知书, with the applicant's 承诺书
    CommitmentInLieu, // 告知承诺书
    DeclineNotice,    // 不予受理通知书
    MaterialReceipt,  // 材料接收清单
    ConsultationList, // 咨询: the tailored material list (no case)
    HandOutReceipt,   // 出件签收单: the result collected at the window or sent by express
    WithdrawalConfirmation, // 撤回申请确认书
    TerminationNotice,      // 终止办理通知书: the 容缺 supplement not brought in time
    ProxyAuthorisation,     // 代办委托书: what the applicant delegates to the hall's agent
    HandoverSlip,           // 材料交接单: one link of the 代办's chain, signed by both sides
    ProxyCompletion,        // 代办办结单: the 代办's end, its chain and relay
};

// One row of a document's list: a material received, a deficiency, a deferred material or
// a certificate replaced by commitment.
struct DocumentLine
{
    QString name;     // material name
    QString detail;   // e.g. "原件 1份" or the deficiency ("已过期")
    QString howToFix; // how to obtain or correct it (notices, consultation lists)
    QString note;     // the clerk's note
};

// Everything a document prints, already decided: the renderer only lays it out. Personal
// ID numbers arrive masked (370102********1234); a full number never reaches a document.
struct DocumentData
{
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    QString documentNumber; // unique; printed and encoded with the case number
    QString caseNumber;     // empty for a consultation list

    QString hallName;
    QString hallAddress;
    QString hallPhone;
    QString terminalCode;

    QString applicantName;
    QString applicantIdMasked; // resident ID masked, or a credit code (not personal data)
    QString agentName;         // empty without an agent
    QString agentIdMasked;

    QString itemName; // an item, or a bundle's name with its items
    QString itemCode;
    int guideVersion = 0;

    QDate issuedOn;
    QDate receivedOn;
    QDate dueDate;          // completion (acceptance), supplement (容缺) or none
    QString dueDateWarning; // the calendar warning when the due date reaches an unloaded year
    QString whereToBring;   // correction: where to bring the materials (the hall, window)

    QList<DocumentLine> lines;
    QString declineReason;   // 不予受理: why
    QString declineRedirect; // 不予受理: the competent organ or channel to go to
    QStringList legalBasis;
    QString clerkName;

    QString reason; // 撤回 / 终止: why
    // The decision handed out: "approved" or "refused", its number and day.
    QString decisionResult;
    QString decisionNumber;
    QDate decidedOn;
    // 一口出: "window" (collector "applicant" or "agent", name, masked ID) or "express".
    QString handOutMethod;
    QString collectorRole;
    QString collectorName;
    QString collectorIdMasked;
    QString expressAddress;
    QString expressCarrier;
    QString expressTracking;
    QDate handedOutOn;

    // 代办: the case's 代办 as it stood when the document was issued (委托书, 交接单, 办结单);
    // a 交接单 prints the link `proxyLink` of its chain; a 办结单 says whether the agent's
    // commitment date was kept.
    std::optional<ProxyCase> proxy;
    int proxyLink = -1;
    bool proxyLate = false;
};

} // namespace onetrip
