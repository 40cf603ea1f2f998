#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace onetrip {

// 一口出: how a case's result left the hall.
enum class HandOutMethod
{
    Window,  // collected at the window, the collector's ID checked
    Express, // sent by express mail (邮寄送达)
};

// Who collected at the window.
enum class CollectorKind
{
    Applicant, // the applicant in person (a person applicant)
    Agent,     // the case's agent, whose authorisation covers collecting
};

// Stable keys ("window", "express"; "applicant", "agent") and names (context "Cases").
QString toKey(HandOutMethod method);
std::optional<HandOutMethod> handOutMethodFromKey(const QString &key);
QString displayName(HandOutMethod method);
QString toKey(CollectorKind kind);
std::optional<CollectorKind> collectorKindFromKey(const QString &key);
QString displayName(CollectorKind kind);

struct HandOut
{
    HandOutMethod method = HandOutMethod::Window;
    CollectorKind collector = CollectorKind::Applicant; // window only
    QString collectorName;                              // window only
    QString collectorIdMasked; // window only: the checked ID, masked (never stored in full)
    QString address;           // express only
    QString carrier;           // express only (e.g. 中国邮政 EMS)
    QString tracking;          // express only: the waybill number

    bool operator==(const HandOut &) const = default;
};

} // namespace onetrip
