#include "cases/CaseEvents.h"

#include "cases/CaseJson.h"
#include "cases/EventPayload.h"
#include "common/StoredValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace onetrip::CaseEvents {

using namespace payload;

namespace {

QJsonValue agentJson(const std::optional<Agent> &agent)
{
    return agent ? QJsonValue(CaseJson::toJson(*agent)) : QJsonValue();
}

std::optional<Agent> agentFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    return CaseJson::agentFromJson(v.toObject());
}

// The applicant, agent and channel an intake event carries.
struct Parties
{
    Applicant applicant;
    std::optional<Agent> agent;
    Channel channel = Channel::Window;
};

Result<Parties> readParties(const QJsonObject &o, const QString &where)
{
    auto applicant =
        CaseJson::applicantFromJson(o.value(QLatin1String("applicant")).toObject(), where);
    if (!applicant)
        return applicant.error();
    auto channel = CaseJson::channel(str(o, "channel"), where);
    if (!channel)
        return channel.error();
    return Parties{applicant.value(), agentFrom(o.value(QLatin1String("agent"))), channel.value()};
}

// Reads the parties into `e` (Received, Checked): false with `error` set when they are bad.
template <typename E>
bool readPartiesInto(E &e, const QJsonObject &o, const QString &where, Error &error)
{
    auto parties = readParties(o, where);
    if (!parties) {
        error = parties.error();
        return false;
    }
    e.applicant = parties->applicant;
    e.agent = parties->agent;
    e.channel = parties->channel;
    return true;
}

Result<Received> readReceived(const QJsonObject &o, int version, const QString &where)
{
    Received e;
    e.items = CaseJson::itemsFromJson(o.value(QLatin1String("items")).toArray());
    e.bundleCode = str(o, "bundle");
    e.bundleName = str(o, "bundleName");
    e.answers = CaseJson::answersFromJson(o.value(QLatin1String("answers")).toObject());
    if (Error error; !readPartiesInto(e, o, where, error))
        return error;
    e.receivedOn = date(o, "receivedOn");
    e.noticeDue = date(o, "noticeDue");
    if (version >= 2) {
        e.clerkName = str(o, "clerkName");
        auto outcome = CaseJson::status(str(o, "visitOutcome"), where);
        if (!outcome)
            return outcome.error();
        e.visitOutcome = outcome.value();
    }
    return e;
}

Result<Checked> readChecked(const QJsonObject &o, int version, const QString &where)
{
    Checked e;
    auto checks = CaseJson::checksFromJson(o.value(QLatin1String("checks")).toArray(), where);
    if (!checks)
        return checks.error();
    e.checks = checks.value();
    e.intake = o.contains(QLatin1String("answers"));
    e.answers = CaseJson::answersFromJson(o.value(QLatin1String("answers")).toObject());
    e.deficiencies = CaseJson::stringsFromJson(o.value(QLatin1String("deficiencies")));
    e.pending = CaseJson::stringsFromJson(o.value(QLatin1String("pending")));
    e.recommended = str(o, "recommended");
    e.hasParties = version >= 2 && o.contains(QLatin1String("applicant"));
    if (e.hasParties) {
        if (Error error; !readPartiesInto(e, o, where, error))
            return error;
        e.clerkName = str(o, "clerkName");
        e.materialNames =
            CaseJson::answersFromJson(o.value(QLatin1String("materialNames")).toObject());
    }
    return e;
}

Result<StatusChanged> readStatusChanged(const QJsonObject &o, const QString &where)
{
    StatusChanged e;
    if (const QString from = str(o, "from"); !from.isEmpty()) {
        auto status = CaseJson::status(from, where);
        if (!status)
            return status.error();
        e.from = status.value();
    }
    auto to = CaseJson::status(str(o, "to"), where);
    if (!to)
        return to.error();
    e.to = to.value();
    // A decision at intake always wrote its dates (v1 too); a plain change never did.
    e.decision = o.contains(QLatin1String("acceptedOn"));
    e.acceptedOn = date(o, "acceptedOn");
    e.dueDate = date(o, "dueDate");
    e.dueWarning = str(o, "dueWarning");
    e.supplementDue = date(o, "supplementDue");
    e.supplementDays = o.value(QLatin1String("supplementDays")).toInt();
    e.commitmentSigned = o.value(QLatin1String("commitmentSigned")).toBool();
    e.noticeRows = CaseJson::stringsFromJson(o.value(QLatin1String("noticeRows")));
    e.declineReason = str(o, "declineReason");
    e.declineRedirect = str(o, "declineRedirect");
    e.reason = str(o, "reason");
    e.limitDays =
        o.contains(QLatin1String("limitDays")) ? o.value(QLatin1String("limitDays")).toInt(-1) : -1;
    return e;
}

Result<DocumentIssued> readDocument(const QJsonObject &o, const QString &where)
{
    DocumentIssued e;
    e.number = str(o, "number");
    auto kind = CaseJson::documentKind(str(o, "kind"), where);
    if (!kind)
        return kind.error();
    e.kind = kind.value();
    auto data = CaseJson::documentFromJson(o.value(QLatin1String("data")).toObject(), where);
    if (!data)
        return data.error();
    e.data = data.value();
    return e;
}

} // namespace

QJsonObject Received::toPayload() const
{
    return versioned(
        {{QStringLiteral("items"), CaseJson::toJson(items)},
         {QStringLiteral("bundle"), bundleCode},
         {QStringLiteral("bundleName"), bundleName},
         {QStringLiteral("answers"), CaseJson::toJson(answers)},
         {QStringLiteral("applicant"), CaseJson::toJson(applicant)},
         {QStringLiteral("agent"), agentJson(agent)},
         {QStringLiteral("channel"), toKey(channel)},
         {QStringLiteral("receivedOn"), CaseJson::toJson(receivedOn)},
         {QStringLiteral("noticeDue"), CaseJson::toJson(noticeDue)},
         {QStringLiteral("clerkName"), clerkName},
         {QStringLiteral("visitOutcome"), toKey(visitOutcome.value_or(CaseStatus::Received))}});
}

QJsonObject Visit::toPayload() const
{
    return versioned({{QStringLiteral("trip"), trip},
                      {QStringLiteral("clerk"), clerk},
                      {QStringLiteral("outcome"), toKey(outcome.value_or(CaseStatus::Received))}});
}

QJsonObject Checked::toPayload() const
{
    QJsonObject o{{QStringLiteral("checks"), CaseJson::toJson(checks)}};
    if (intake) {
        o.insert(QStringLiteral("answers"), CaseJson::toJson(answers));
        o.insert(QStringLiteral("deficiencies"), CaseJson::toJson(deficiencies));
        o.insert(QStringLiteral("pending"), CaseJson::toJson(pending));
        o.insert(QStringLiteral("recommended"), recommended);
    }
    if (hasParties) {
        o.insert(QStringLiteral("applicant"), CaseJson::toJson(applicant));
        o.insert(QStringLiteral("agent"), agentJson(agent));
        o.insert(QStringLiteral("channel"), toKey(channel));
        o.insert(QStringLiteral("clerkName"), clerkName);
        o.insert(QStringLiteral("materialNames"), CaseJson::toJson(materialNames));
    }
    return versioned(o);
}

QJsonObject SecondNoticeApproved::toPayload() const
{
    return versioned({{QStringLiteral("supervisor"), supervisor},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("rows"), CaseJson::toJson(rows)}});
}

QJsonObject StatusChanged::toPayload() const
{
    QJsonObject o{{QStringLiteral("from"), from ? toKey(*from) : QString()},
                  {QStringLiteral("to"), toKey(to)}};
    if (decision) {
        o.insert(QStringLiteral("acceptedOn"), CaseJson::toJson(acceptedOn));
        o.insert(QStringLiteral("dueDate"), CaseJson::toJson(dueDate));
        o.insert(QStringLiteral("dueWarning"), dueWarning);
        o.insert(QStringLiteral("supplementDue"), CaseJson::toJson(supplementDue));
        o.insert(QStringLiteral("supplementDays"), supplementDays);
        o.insert(QStringLiteral("commitmentSigned"), commitmentSigned);
        o.insert(QStringLiteral("noticeRows"), CaseJson::toJson(noticeRows));
        o.insert(QStringLiteral("declineReason"), declineReason);
        o.insert(QStringLiteral("declineRedirect"), declineRedirect);
        if (limitDays >= 0)
            o.insert(QStringLiteral("limitDays"), limitDays);
    } else {
        o.insert(QStringLiteral("reason"), reason);
    }
    return versioned(o);
}

QJsonObject ClockPaused::toPayload() const
{
    return versioned({{QStringLiteral("kind"), toKey(kind)},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("on"), CaseJson::toJson(on)}});
}

QJsonObject ClockResumed::toPayload() const
{
    return versioned({{QStringLiteral("on"), CaseJson::toJson(on)}});
}

QJsonObject DocumentIssued::toPayload() const
{
    return versioned({{QStringLiteral("number"), number},
                      {QStringLiteral("kind"), CaseJson::kindKey(kind)},
                      {QStringLiteral("data"), CaseJson::toJson(data)}});
}

QJsonObject ApplicantFlagged::toPayload() const
{
    return versioned({{QStringLiteral("applicant"), applicant},
                      {QStringLiteral("falseCommitment"), falseCommitment}});
}

QJsonObject ConflictResolved::toPayload() const
{
    return versioned({{QStringLiteral("event"), eventId},
                      {QStringLiteral("resolution"), resolution == Resolution::Reapplied
                                                         ? QStringLiteral("reapplied")
                                                         : QStringLiteral("discarded")},
                      {QStringLiteral("reason"), reason}});
}

QJsonObject Routed::toPayload() const
{
    return versioned({{QStringLiteral("department"), department},
                      {QStringLiteral("due"), CaseJson::toJson(due)},
                      {QStringLiteral("on"), CaseJson::toJson(on)},
                      {QStringLiteral("note"), note}});
}

QJsonObject Decided::toPayload() const
{
    QJsonObject o{{QStringLiteral("result"),
                   approved ? QStringLiteral("approved") : QStringLiteral("refused")},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("on"), CaseJson::toJson(on)}};
    if (!approved)
        o.insert(QStringLiteral("reason"), reason);
    return versioned(o);
}

QJsonObject HandedOut::toPayload() const
{
    return versioned({{QStringLiteral("handOut"), CaseJson::toJson(handOut)},
                      {QStringLiteral("on"), CaseJson::toJson(on)}});
}

QString describe(const CaseEvent &e)
{
    return QCoreApplication::translate("Store", "event %1 of terminal %2/%3 (%4, case %5)")
        .arg(e.terminalSequence)
        .arg(e.hallCode, e.terminalCode, e.type, e.caseNumber);
}

Result<Body> decode(const CaseEvent &e)
{
    const QString where = describe(e);
    const QJsonObject &o = e.payload;
    const int version = o.contains(QLatin1String("v")) ? o.value(QLatin1String("v")).toInt(-1) : 1;
    if (version < 1 || version > kPayloadVersion)
        return StoredValue::unknown(QCoreApplication::translate("Store", "event payload version"),
                                    o.value(QLatin1String("v")).toVariant().toString(), where);
    const QString &type = e.type;
    if (type == QLatin1String(Received::kType)) {
        auto r = readReceived(o, version, where);
        return r ? Result<Body>(r.value()) : Result<Body>(r.error());
    }
    if (type == QLatin1String(Visit::kType)) {
        Visit visit{o.value(QLatin1String("trip")).toInt(), str(o, "clerk"), std::nullopt};
        if (version >= 2) {
            auto outcome = CaseJson::status(str(o, "outcome"), where);
            if (!outcome)
                return outcome.error();
            visit.outcome = outcome.value();
        }
        return Body(visit);
    }
    if (type == QLatin1String(Checked::kType)) {
        auto r = readChecked(o, version, where);
        return r ? Result<Body>(r.value()) : Result<Body>(r.error());
    }
    if (type == QLatin1String(SecondNoticeApproved::kType))
        return Body(
            SecondNoticeApproved{str(o, "supervisor"), str(o, "reason"),
                                 CaseJson::stringsFromJson(o.value(QLatin1String("rows")))});
    if (type == QLatin1String(StatusChanged::kType)) {
        auto r = readStatusChanged(o, where);
        return r ? Result<Body>(r.value()) : Result<Body>(r.error());
    }
    if (type == QLatin1String(DocumentIssued::kType)) {
        auto r = readDocument(o, where);
        return r ? Result<Body>(r.value()) : Result<Body>(r.error());
    }
    if (type == QLatin1String(ApplicantFlagged::kType))
        return Body(ApplicantFlagged{str(o, "applicant"),
                                     o.value(QLatin1String("falseCommitment")).toBool()});
    if (type == QLatin1String(ConflictResolved::kType)) {
        const QString resolution = str(o, "resolution");
        if (resolution != QLatin1String("reapplied") && resolution != QLatin1String("discarded"))
            return StoredValue::unknown(QCoreApplication::translate("Store", "conflict resolution"),
                                        resolution, where);
        return Body(ConflictResolved{str(o, "event"),
                                     resolution == QLatin1String("reapplied")
                                         ? ConflictResolved::Resolution::Reapplied
                                         : ConflictResolved::Resolution::Discarded,
                                     str(o, "reason")});
    }
    if (type == QLatin1String(ClockPaused::kType)) {
        const auto kind = pauseKindFromKey(str(o, "kind"));
        if (!kind)
            return StoredValue::unknown(
                QCoreApplication::translate("Store", "kind of stopped time"), str(o, "kind"),
                where);
        return Body(ClockPaused{*kind, str(o, "reason"), date(o, "on")});
    }
    if (type == QLatin1String(ClockResumed::kType))
        return Body(ClockResumed{date(o, "on")});
    if (type == QLatin1String(Routed::kType))
        return Body(Routed{str(o, "department"), date(o, "due"), date(o, "on"), str(o, "note")});
    if (type == QLatin1String(Decided::kType)) {
        const QString result = str(o, "result");
        if (result != QLatin1String("approved") && result != QLatin1String("refused"))
            return StoredValue::unknown(QCoreApplication::translate("Store", "decision"), result,
                                        where);
        return Body(Decided{result == QLatin1String("approved"), str(o, "number"), date(o, "on"),
                            str(o, "reason")});
    }
    if (type == QLatin1String(HandedOut::kType)) {
        auto h = CaseJson::handOutFromJson(o.value(QLatin1String("handOut")).toObject(), where);
        if (!h)
            return h.error();
        return Body(HandedOut{h.value(), date(o, "on")});
    }
    if (auto rating = decodeRating(e, where))
        return *rating;
    if (auto proxy = decodeProxy(e, where))
        return *proxy;
    return StoredValue::unknown(QCoreApplication::translate("Store", "event type"), type, where);
}

} // namespace onetrip::CaseEvents
