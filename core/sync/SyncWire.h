#pragma once

#include "cases/CaseEvent.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace onetrip {

// The sync API's JSON (docs/api.md), shared by the server and the terminals. Parsing is
// strict: a missing field, a wrong type or an out-of-range value is an error naming the
// field, never a default. Generic over event types: the payload is carried, not read.
namespace SyncWire {

inline constexpr int kMaxBatch = 500;           // events per push
inline constexpr int kMaxPayloadBytes = 262144; // one event's payload

QJsonObject toJson(const CaseEvent &event);
// `where` names the value in messages ("events[3]"). `payloadText`, when given, receives
// the payload as CaseEvent::payloadJson() gives it (serialised anyway for the size check).
Result<CaseEvent> eventFromJson(const QJsonValue &value, const QString &where,
                                QByteArray *payloadText = nullptr);

struct PushRequest
{
    QString hallCode;
    QString terminalCode;
    QList<CaseEvent> events; // in terminal-sequence order
};
QJsonObject toJson(const PushRequest &request);
// `payloadTexts`, when given, receives each event's payloadJson() in order (the server
// hashes and stores that text: serialising it once is enough).
Result<PushRequest> pushRequestFromJson(const QByteArray &body,
                                        QList<QByteArray> *payloadTexts = nullptr);

// What the server did with one pushed event.
struct PushResult
{
    enum class Outcome
    {
        Applied,  // applied now or before (a repeat of the same event)
        Rejected, // refused: the event becomes a conflict on the terminal
    };
    QString eventId;
    Outcome outcome = Outcome::Applied;
    qint64 cursor = 0; // applied: its place in the hall's change feed
    QString code;      // rejected: a stable key (docs/api.md)
    QString reason;    // rejected: the server's explanation
};
struct PushResponse
{
    QList<PushResult> results;
    qint64 terminalSequence = 0; // the last of this terminal's events the server holds
};
QJsonObject toJson(const PushResponse &response);
Result<PushResponse> pushResponseFromJson(const QByteArray &body);

struct PulledEvent
{
    qint64 cursor = 0;
    CaseEvent event;
};
struct PullResponse
{
    QList<PulledEvent> events; // in cursor order
    qint64 cursor = 0;         // where the next pull starts
    bool more = false;
};
QJsonObject toJson(const PullResponse &response);
Result<PullResponse> pullResponseFromJson(const QByteArray &body);

// The body's JSON object, or an error saying what is wrong with it.
Result<QJsonObject> parseObject(const QByteArray &body);

} // namespace SyncWire

} // namespace onetrip
