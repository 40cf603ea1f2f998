// libFuzzer target for the sync wire format (core/sync/SyncWire): every input is tried as a
// push request (what the server parses from any client), a push response and a pull
// response (what a terminal parses from the server). Beyond "no crash, no sanitizer
// report", whatever parses must come back the same through toJson and the parser again,
// hash included: the server stores and re-reads exactly what it parsed.
#include "sync/SyncWire.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace onetrip;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "fuzz_push: %s for input %s\n", what, input.toBase64().constData());
    std::abort();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool sameEvent(const CaseEvent &a, const CaseEvent &b)
{
    return a.id == b.id && a.caseNumber == b.caseNumber && a.hallCode == b.hallCode &&
           a.terminalCode == b.terminalCode && a.terminalSequence == b.terminalSequence &&
           a.actor == b.actor && a.at == b.at &&
           a.at.toString(Qt::ISODateWithMs) == b.at.toString(Qt::ISODateWithMs) &&
           a.type == b.type && a.payloadJson() == b.payloadJson() &&
           a.baseVersion == b.baseVersion && a.parentId == b.parentId &&
           a.previousHash == b.previousHash && a.hash == b.hash &&
           a.computeHash() == b.computeHash();
}

void pushRequest(const QByteArray &input)
{
    const auto parsed = SyncWire::pushRequestFromJson(input);
    if (!parsed) {
        if (parsed.message().isEmpty())
            fail("a push request refused without a message", input);
        return;
    }
    if (parsed->events.size() > SyncWire::kMaxBatch)
        fail("a push request over the batch limit", input);
    for (const CaseEvent &e : parsed->events) {
        if (e.hallCode != parsed->hallCode || e.terminalCode != parsed->terminalCode)
            fail("an event of another terminal in a push request", input);
        if (e.payloadJson().size() > SyncWire::kMaxPayloadBytes)
            fail("a payload over the limit", input);
    }
    const auto again = SyncWire::pushRequestFromJson(compact(SyncWire::toJson(parsed.value())));
    if (!again)
        fail("a parsed push request does not parse again from its own JSON", input);
    if (again->hallCode != parsed->hallCode || again->terminalCode != parsed->terminalCode ||
        again->events.size() != parsed->events.size())
        fail("a push request changed on its way round", input);
    for (qsizetype i = 0; i < parsed->events.size(); ++i) {
        if (!sameEvent(parsed->events.at(i), again->events.at(i)))
            fail("an event changed on its way round", input);
    }
}

void pushResponse(const QByteArray &input)
{
    const auto parsed = SyncWire::pushResponseFromJson(input);
    if (!parsed)
        return;
    const auto again = SyncWire::pushResponseFromJson(compact(SyncWire::toJson(parsed.value())));
    if (!again || again->terminalSequence != parsed->terminalSequence ||
        again->results.size() != parsed->results.size())
        fail("a push response changed on its way round", input);
    for (qsizetype i = 0; i < parsed->results.size(); ++i) {
        const SyncWire::PushResult &a = parsed->results.at(i);
        const SyncWire::PushResult &b = again->results.at(i);
        if (a.eventId != b.eventId || a.outcome != b.outcome || a.cursor != b.cursor ||
            a.code != b.code || a.reason != b.reason)
            fail("a push result changed on its way round", input);
    }
}

void pullResponse(const QByteArray &input)
{
    const auto parsed = SyncWire::pullResponseFromJson(input);
    if (!parsed)
        return;
    const auto again = SyncWire::pullResponseFromJson(compact(SyncWire::toJson(parsed.value())));
    if (!again || again->cursor != parsed->cursor || again->more != parsed->more ||
        again->events.size() != parsed->events.size())
        fail("a pull response changed on its way round", input);
    for (qsizetype i = 0; i < parsed->events.size(); ++i) {
        if (parsed->events.at(i).cursor != again->events.at(i).cursor ||
            !sameEvent(parsed->events.at(i).event, again->events.at(i).event))
            fail("a pulled event changed on its way round", input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    pushRequest(input);
    pushResponse(input);
    pullResponse(input);
    return 0;
}
