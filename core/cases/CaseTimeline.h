#pragma once

#include "cases/CaseEvent.h"
#include "common/Result.h"
#include "documents/DocumentData.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// A case's history as the case view shows it: every event of its log, oldest first, with
// who (login), when, at which terminal, and what happened in a sentence.
struct TimelineEntry
{
    QString eventId;
    QDateTime at;
    QString actor;
    QString terminalCode;
    QString what;                         // translated (context "Cases")
    std::optional<DocumentKind> document; // a document issued: its kind (named by the app)
    QString documentNumber;
};

class CaseTimeline
{
public:
    // Fails on an event that cannot be read (it names the event).
    static Result<QList<TimelineEntry>> of(const QList<CaseEvent> &events);
    static Result<TimelineEntry> entry(const CaseEvent &event);
};

} // namespace onetrip
