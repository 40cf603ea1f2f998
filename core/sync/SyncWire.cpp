#include "sync/SyncWire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace onetrip::SyncWire {

namespace {

// Qt 6.4's JSON writer drops U+FEFF at the start of a string (as QString::fromUtf8 does), so
// a text sent as "\uFEFF…" would not be the one hashed and stored; it is refused instead.
bool startsWithBom(const QString &s)
{
    return !s.isEmpty() && s.front() == QChar(0xFEFF);
}

bool holdsLeadingBom(const QJsonValue &v)
{
    if (v.isString())
        return startsWithBom(v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(),
                           [](const QJsonValue &x) { return holdsLeadingBom(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (startsWithBom(it.key()) || holdsLeadingBom(it.value()))
                return true;
        }
    }
    return false;
}

Error invalid(const QString &where, const QString &why)
{
    return Error{
        QCoreApplication::translate("Sync", "The sync data is not valid: %1 %2").arg(where, why),
        where};
}

// Reads typed fields of one JSON object; the first problem is kept and later reads are
// no-ops, so a parser reads every field and checks once at the end.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {
    }

    QString text(const char *name, int maxLength, bool allowEmpty = false)
    {
        const QJsonValue v = value(name);
        if (!v.isString())
            return fail(name, QCoreApplication::translate("Sync", "must be text.")), QString();
        const QString s = v.toString();
        if ((!allowEmpty && s.isEmpty()) || s.size() > maxLength)
            return fail(name, QCoreApplication::translate("Sync", "must be 1 to %1 characters.")
                                  .arg(maxLength)),
                   QString();
        if (startsWithBom(s))
            return fail(name, QCoreApplication::translate(
                                  "Sync", "must not begin with a byte order mark (U+FEFF).")),
                   QString();
        return s;
    }
    qint64 integer(const char *name, qint64 min, qint64 max)
    {
        const QJsonValue v = value(name);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max))
            return fail(name,
                        QCoreApplication::translate("Sync", "must be a whole number from %1 to %2.")
                            .arg(min)
                            .arg(max)),
                   0;
        return qint64(d);
    }
    bool boolean(const char *name)
    {
        const QJsonValue v = value(name);
        if (!v.isBool())
            return fail(name, QCoreApplication::translate("Sync", "must be true or false.")), false;
        return v.toBool();
    }
    QJsonObject object(const char *name)
    {
        const QJsonValue v = value(name);
        if (!v.isObject())
            return fail(name, QCoreApplication::translate("Sync", "must be an object.")),
                   QJsonObject();
        return v.toObject();
    }
    QJsonArray array(const char *name, qsizetype maxSize)
    {
        const QJsonValue v = value(name);
        if (!v.isArray())
            return fail(name, QCoreApplication::translate("Sync", "must be a list.")), QJsonArray();
        if (v.toArray().size() > maxSize)
            return fail(name, QCoreApplication::translate("Sync", "may hold at most %1 entries.")
                                  .arg(maxSize)),
                   QJsonArray();
        return v.toArray();
    }
    QString where(const char *name) const
    {
        return m_where.isEmpty() ? QString::fromLatin1(name)
                                 : m_where + QLatin1Char('.') + QLatin1String(name);
    }
    void fail(const char *name, const QString &why)
    {
        if (!m_error)
            m_error = invalid(where(name), why);
    }
    void fail(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonValue value(const char *name) const
    {
        return m_error ? QJsonValue() : m_object.value(QLatin1String(name));
    }

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

constexpr qint64 kMaxInteger = (qint64(1) << 53) - 1; // exact in a JSON number

// Compiled once, not for every field of every event (a push holds up to 500); a const
// QRegularExpression may be matched from several threads at once.
const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression kSha256(QStringLiteral("^[0-9a-f]{64}$"));
const QRegularExpression kHallCode(QStringLiteral("^[A-Z0-9]{2,12}$"));
const QRegularExpression kTerminalCode(QStringLiteral("^[A-Z0-9]{1,4}$"));

bool isCode(const QString &s, const QRegularExpression &pattern)
{
    return pattern.match(s).hasMatch();
}

} // namespace

QJsonObject toJson(const CaseEvent &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("case"), e.caseNumber},
                       {QStringLiteral("hall"), e.hallCode},
                       {QStringLiteral("terminal"), e.terminalCode},
                       {QStringLiteral("seq"), double(e.terminalSequence)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("payload"), e.payload},
                       {QStringLiteral("base"), e.baseVersion},
                       {QStringLiteral("parent"), e.parentId},
                       {QStringLiteral("prevHash"), e.previousHash},
                       {QStringLiteral("hash"), e.hash}};
}

Result<CaseEvent> eventFromJson(const QJsonValue &value, const QString &where,
                                QByteArray *payloadText)
{
    if (!value.isObject())
        return invalid(where, QCoreApplication::translate("Sync", "must be an object."));
    const QJsonObject o = value.toObject();
    Fields f(o, where);
    CaseEvent e;
    e.id = f.text("id", 36);
    e.caseNumber = f.text("case", 64);
    e.hallCode = f.text("hall", 12);
    e.terminalCode = f.text("terminal", 4);
    e.terminalSequence = f.integer("seq", 1, kMaxInteger);
    e.actor = f.text("actor", 64);
    const QString at = f.text("at", 40);
    e.type = f.text("type", 64);
    e.payload = f.object("payload");
    e.baseVersion = int(f.integer("base", 0, 1000000));
    e.parentId = f.text("parent", 36, true);
    e.previousHash = f.text("prevHash", 64, true);
    e.hash = f.text("hash", 64);
    if (f.error())
        return *f.error();
    e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    // The text must survive the round trip (it is part of the hash) and carry its offset
    // (without one, each reader would take its own time zone).
    if (!e.at.isValid() || e.at.timeSpec() == Qt::LocalTime ||
        e.at.toString(Qt::ISODateWithMs) != at)
        return invalid(f.where("at"),
                       QCoreApplication::translate(
                           "Sync", "must be a time such as 2026-12-01T09:30:00.000+08:00."));
    if (!isCode(e.id, kUuid))
        return invalid(f.where("id"), QCoreApplication::translate("Sync", "must be a UUID."));
    if (!e.parentId.isEmpty() && !isCode(e.parentId, kUuid))
        return invalid(f.where("parent"),
                       QCoreApplication::translate("Sync", "must be a UUID or empty."));
    if (!isCode(e.hash, kSha256) || (!e.previousHash.isEmpty() && !isCode(e.previousHash, kSha256)))
        return invalid(f.where("hash"),
                       QCoreApplication::translate("Sync", "must be a SHA-256 in hexadecimal."));
    if (!isCode(e.hallCode, kHallCode) || !isCode(e.terminalCode, kTerminalCode))
        return invalid(
            where, QCoreApplication::translate("Sync", "has an invalid hall or terminal code."));
    if ((e.baseVersion == 0) != e.parentId.isEmpty())
        return invalid(
            f.where("parent"),
            QCoreApplication::translate("Sync", "must be empty exactly for a case's first event."));
    if (holdsLeadingBom(e.payload))
        return invalid(f.where("payload"),
                       QCoreApplication::translate(
                           "Sync", "holds a text that begins with a byte order mark (U+FEFF)."));
    QByteArray payload = e.payloadJson();
    if (payload.size() > kMaxPayloadBytes)
        return invalid(
            f.where("payload"),
            QCoreApplication::translate("Sync", "is larger than %1 bytes.").arg(kMaxPayloadBytes));
    if (payloadText)
        *payloadText = std::move(payload);
    return e;
}

// A raw U+FEFF right after the quote that opens a string: Qt's parser keeps it inside an
// object key's stored bytes but not in the QString it hands out, so neither the fields nor
// holdsLeadingBom() could see it, and the payload would serialise in another key order.
bool opensTextWithRawBom(const QByteArray &body)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    for (qsizetype at = body.indexOf(bom, 1); at > 0; at = body.indexOf(bom, at + 1)) {
        if (body.at(at - 1) != '"')
            continue;
        qsizetype backslashes = 0;
        while (at - 2 - backslashes >= 0 && body.at(at - 2 - backslashes) == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return true;
    }
    return false;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (opensTextWithRawBom(body))
        return Error{
            QCoreApplication::translate(
                "Sync",
                "The sync data is not valid: a text begins with a byte order mark (U+FEFF)."),
            QStringLiteral("U+FEFF")};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            QCoreApplication::translate("Sync", "The request is not valid JSON: %1 at byte %2.")
                .arg(error.errorString())
                .arg(error.offset),
            error.errorString()};
    if (!doc.isObject())
        return Error{QCoreApplication::translate("Sync", "The request must be a JSON object."),
                     QString()};
    return doc.object();
}

QJsonObject toJson(const PushRequest &r)
{
    QJsonArray events;
    for (const CaseEvent &e : r.events)
        events.append(toJson(e));
    return QJsonObject{{QStringLiteral("hall"), r.hallCode},
                       {QStringLiteral("terminal"), r.terminalCode},
                       {QStringLiteral("events"), events}};
}

Result<PushRequest> pushRequestFromJson(const QByteArray &body, QList<QByteArray> *payloadTexts)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Fields f(object.value(), QString());
    PushRequest r;
    r.hallCode = f.text("hall", 12);
    r.terminalCode = f.text("terminal", 4);
    const QJsonArray events = f.array("events", kMaxBatch);
    if (f.error())
        return *f.error();
    qint64 previous = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = QStringLiteral("events[%1]").arg(i);
        QByteArray payload;
        auto e = eventFromJson(events.at(i), where, payloadTexts ? &payload : nullptr);
        if (!e)
            return e.error();
        if (e->hallCode != r.hallCode || e->terminalCode != r.terminalCode)
            return invalid(where,
                           QCoreApplication::translate(
                               "Sync", "was written by another terminal than the one pushing."));
        if (previous && e->terminalSequence != previous + 1)
            return invalid(where, QCoreApplication::translate(
                                      "Sync", "must follow the event before it in sequence."));
        previous = e->terminalSequence;
        r.events << std::move(e).value();
        if (payloadTexts)
            *payloadTexts << std::move(payload);
    }
    return r;
}

namespace {
const char *outcomeKey(PushResult::Outcome o)
{
    return o == PushResult::Outcome::Applied ? "applied" : "rejected";
}
} // namespace

QJsonObject toJson(const PushResponse &r)
{
    QJsonArray results;
    for (const PushResult &p : r.results) {
        QJsonObject o{{QStringLiteral("id"), p.eventId},
                      {QStringLiteral("outcome"), QLatin1String(outcomeKey(p.outcome))}};
        if (p.outcome == PushResult::Outcome::Applied)
            o.insert(QStringLiteral("cursor"), double(p.cursor));
        else {
            o.insert(QStringLiteral("code"), p.code);
            o.insert(QStringLiteral("reason"), p.reason);
        }
        results.append(o);
    }
    return QJsonObject{{QStringLiteral("results"), results},
                       {QStringLiteral("terminalSequence"), double(r.terminalSequence)}};
}

Result<PushResponse> pushResponseFromJson(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Fields f(object.value(), QString());
    PushResponse r;
    const QJsonArray results = f.array("results", kMaxBatch);
    r.terminalSequence = f.integer("terminalSequence", 0, kMaxInteger);
    if (f.error())
        return *f.error();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        Fields g(o, QStringLiteral("results[%1]").arg(i));
        PushResult p;
        p.eventId = g.text("id", 36);
        const QString outcome = g.text("outcome", 16);
        if (outcome == QLatin1String("applied"))
            p.cursor = g.integer("cursor", 1, kMaxInteger);
        else if (outcome == QLatin1String("rejected")) {
            p.outcome = PushResult::Outcome::Rejected;
            p.code = g.text("code", 64);
            p.reason = g.text("reason", 2000);
        } else
            g.fail("outcome",
                   QCoreApplication::translate("Sync", "must be \"applied\" or \"rejected\"."));
        if (g.error())
            return *g.error();
        r.results << p;
    }
    return r;
}

QJsonObject toJson(const PullResponse &r)
{
    QJsonArray events;
    for (const PulledEvent &p : r.events) {
        QJsonObject o = toJson(p.event);
        o.insert(QStringLiteral("cursor"), double(p.cursor));
        events.append(o);
    }
    return QJsonObject{{QStringLiteral("events"), events},
                       {QStringLiteral("cursor"), double(r.cursor)},
                       {QStringLiteral("more"), r.more}};
}

Result<PullResponse> pullResponseFromJson(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Fields f(object.value(), QString());
    PullResponse r;
    const QJsonArray events = f.array("events", 100000);
    r.cursor = f.integer("cursor", 0, kMaxInteger);
    r.more = f.boolean("more");
    if (f.error())
        return *f.error();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = QStringLiteral("events[%1]").arg(i);
        auto e = eventFromJson(events.at(i), where);
        if (!e)
            return e.error();
        Fields g(events.at(i).toObject(), where);
        PulledEvent p{g.integer("cursor", 1, kMaxInteger), std::move(e).value()};
        if (g.error())
            return *g.error();
        r.events << std::move(p);
    }
    return r;
}

} // namespace onetrip::SyncWire
