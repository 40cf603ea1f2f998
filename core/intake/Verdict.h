#pragma once

#include "common/Result.h"
#include "intake/MaterialState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onetrip {

// The four ways an intake can end (docs/rules.md §1).
enum class Outcome
{
    Accept,             // 受理
    AcceptWithDeferral, // 容缺受理
    CorrectionNeeded,   // 一次性告知
    Decline             // 不予受理
};

// Stable keys ("accept", "accept-with-deferral", "correction-needed", "decline").
QString toKey(Outcome v);
std::optional<Outcome> outcomeFromKey(const QString &key);
// The name shown to people (context "Intake").
QString displayName(Outcome v);

// One thing the applicant must still bring or correct.
struct Deficiency
{
    QString rowKey;
    QString materialName;
    MaterialState state = MaterialState::Missing; // the state the clerk gave
    std::optional<DefectReason> defect;
    QString note;     // the clerk's note
    QString problem;  // translated: what is wrong
    QString howToFix; // translated: how to correct it, with the guide's how-to-obtain text
    bool main = true;
    bool deferrable = false;

    bool operator==(const Deficiency &) const = default;
};

// The result of the check: what the clerk may confirm, and why.
struct Verdict
{
    Outcome recommended = Outcome::Decline;
    QList<Outcome> allowed;                 // always contains Decline
    QList<Deficiency> deficiencies;         // all of them, for the one-time notice
    QStringList reasons;                    // translated: e.g. why 容缺 is not allowed
    QStringList pendingRows;                // row keys not checked yet
    std::optional<int> supplementLimitDays; // the most working days 容缺 may grant

    // Whether the clerk may confirm this outcome.
    bool allows(Outcome outcome) const { return allowed.contains(outcome); }
    // Whether every row has been checked.
    bool complete() const { return pendingRows.isEmpty(); }
};

// 不予受理 needs a reason and where to go instead (窗口无否决权).
struct DeclineDecision
{
    QString reason;
    QString redirect; // the competent organ or channel

    // Fails with a translated message when the reason or the redirect is missing.
    Status validate() const;
    // The sentence every decline states: the right to administrative review or litigation.
    static QString rightsNotice();
};

} // namespace onetrip
