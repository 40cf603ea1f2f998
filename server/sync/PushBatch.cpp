#include "sync/PushBatch.h"

#include "api/ApiError.h"
#include "auth/Permissions.h"
#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "cases/CaseProjector.h"
#include "cases/CaseStatus.h"
#include "store/ServerDatabase.h"
#include "sync/EventRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace onetrip::server {

namespace {

QString utcStamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

PushBatch::PushBatch(ServerDatabase &db, const Session &session, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_clock(clock)
{
}

Status PushBatch::loadCases(const QStringList &numbers)
{
    if (numbers.isEmpty())
        return {};
    auto heads = m_db.run(QStringLiteral("SELECT number, hall_code, version, last_event_id, "
                                         "last_terminal, assigned_agent FROM case_head WHERE "
                                         "number") +
                              m_db.inList() + QStringLiteral(" ORDER BY number") + m_db.forUpdate(),
                          {m_db.listValue(numbers)});
    if (!heads)
        return heads.error();
    QStringList existing;
    while (heads.value()->next()) {
        CaseState state;
        state.inDatabase = state.exists = true;
        state.hallCode = heads.value()->value(1).toString();
        state.version = heads.value()->value(2).toInt();
        state.lastEventId = heads.value()->value(3).toString();
        state.lastTerminal = heads.value()->value(4).toString();
        state.assignedAgent = heads.value()->value(5).toString();
        existing << heads.value()->value(0).toString();
        m_cases.insert(existing.constLast(), state);
    }
    heads.value()->finish();
    for (const QString &number : numbers) {
        if (!m_cases.contains(number))
            m_cases.insert(number, CaseState{});
    }
    if (existing.isEmpty())
        return {};
    const QString unreadable = QCoreApplication::translate(
        "Server", "The server's copy of a case cannot be read; ask the administrator to run "
                  "onetrip-server audit verify.");
    // The cases as the server holds them, folded by the same function as on the terminals.
    auto events = m_db.run(QStringLiteral("SELECT case_number, %1 FROM sync_event WHERE "
                                          "case_number")
                                   .arg(QLatin1String(EventRows::kColumns)) +
                               m_db.inList() +
                               QStringLiteral(" AND state = 'applied' ORDER BY case_number, "
                                              "base_version"),
                           {m_db.listValue(existing)});
    if (!events)
        return events.error();
    while (events.value()->next()) {
        CaseState &state = m_cases[events.value()->value(0).toString()];
        const CaseEvent e = EventRows::eventAt(*events.value(), 1);
        if (Status s = CaseProjector::fold(state.record, e); !s)
            return Status::failure(unreadable, s.error().message);
    }
    events.value()->finish();
    for (const QString &number : std::as_const(existing)) {
        const CaseState &state = m_cases[number];
        if (state.record.version != state.version)
            return Status::failure(unreadable, QStringLiteral("case_head version differs from "
                                                              "its events: ") +
                                                   number);
    }
    return {};
}

Result<PushBatch::CaseState *> PushBatch::caseState(const QString &number)
{
    // run() loaded (and locked, in number order) every case of the batch before deciding,
    // an unknown number as an empty state: loading one here would break that lock order.
    auto found = m_cases.find(number);
    if (found == m_cases.end())
        return Error{QCoreApplication::translate("Server", "The push could not be checked; "
                                                           "send it again."),
                     QStringLiteral("case %1 was not loaded with its batch").arg(number)};
    return &found.value();
}

Status PushBatch::loadAppliedIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    auto q = m_db.run(QStringLiteral("SELECT id FROM sync_event WHERE id") + m_db.inList() +
                          QStringLiteral(" AND state = 'applied'"),
                      {m_db.listValue(ids)});
    if (!q)
        return q.error();
    while (q.value()->next())
        m_knownIds.insert(q.value()->value(0).toString());
    q.value()->finish();
    return {};
}

Result<PushBatch::Actor> PushBatch::actor(const QString &login)
{
    if (auto it = m_actors.constFind(login); it != m_actors.constEnd())
        return it.value();
    auto q = m_db.run(QStringLiteral("SELECT role, hall_code FROM staff WHERE login = ?"), {login});
    if (!q)
        return q.error();
    Actor a;
    if (q.value()->next()) {
        const auto role = roleFromKey(q.value()->value(0).toString());
        a.known = role.has_value();
        a.role = role.value_or(Role::Clerk);
        a.hallCode = q.value()->value(1).toString();
    }
    q.value()->finish();
    m_actors.insert(login, a);
    return a;
}

Result<PushBatch::Decision> PushBatch::repeat(const CaseEvent &e)
{
    auto q = m_db.run(QStringLiteral("SELECT id, hash, state, feed_cursor, reject_code, "
                                     "reject_reason FROM sync_event WHERE hall_code = ? AND "
                                     "terminal_code = ? AND terminal_seq = ?"),
                      {e.hallCode, e.terminalCode, e.terminalSequence});
    if (!q)
        return q.error();
    if (!q.value()->next() || q.value()->value(0).toString() != e.id ||
        q.value()->value(1).toString() != e.hash) {
        q.value()->finish();
        // The terminal's history is not the one it pushed before (a store put back from an
        // old backup writes new events with numbers already used).
        return ApiError::make(ApiError::ChainBroken,
                              QCoreApplication::translate(
                                  "Server",
                                  "Event %1 of this terminal differs from the one it sent "
                                  "before. Was the terminal's store restored from a backup? Do "
                                  "not record cases on it; ask the administrator.")
                                  .arg(e.terminalSequence));
    }
    Decision d;
    d.event = e;
    d.fresh = false;
    d.applied = q.value()->value(2).toString() == QLatin1String("applied");
    d.cursor = q.value()->value(3).toLongLong();
    d.code = q.value()->value(4).toString();
    d.reason = q.value()->value(5).toString();
    q.value()->finish();
    return d;
}

Result<PushBatch::Decision> PushBatch::decide(const CaseEvent &e, const QByteArray &payload)
{
    Decision d;
    d.event = e;
    d.payload = payload;
    auto reject = [&d](const char *code, const QString &reason) {
        d.code = QString::fromLatin1(code);
        d.reason = reason;
        return d;
    };

    if (m_knownIds.contains(e.id) || m_appliedIds.contains(e.id))
        return reject(kDuplicateId,
                      QCoreApplication::translate(
                          "Server", "Another change with the same id was received before."));

    auto who = actor(e.actor);
    if (!who)
        return who.error();
    if (!who->known || (who->role != Role::Admin && who->hallCode != m_session.hallCode))
        return reject(kForbidden, QCoreApplication::translate(
                                      "Server", "%1 is not a member of staff of hall %2.")
                                      .arg(e.actor, m_session.hallCode));
    if (!Permissions::mayRecord(who->role, e.type))
        return reject(kForbidden, QCoreApplication::translate(
                                      "Server", "%1 (%2) may not record this change (%3).")
                                      .arg(e.actor, displayName(who->role), e.type));

    auto body = CaseEvents::decode(e);
    if (!body)
        return reject(kInvalidEvent, body.error().message);
    if (const auto *doc = std::get_if<CaseEvents::DocumentIssued>(&body.value());
        doc && !Permissions::mayIssue(who->role, doc->kind))
        return reject(kForbidden, QCoreApplication::translate(
                                      "Server", "%1 (%2) may not issue this document (%3).")
                                      .arg(e.actor, displayName(who->role), doc->number));

    auto state = caseState(e.caseNumber);
    if (!state)
        return state.error();
    CaseState &c = *state.value();
    if (e.baseVersion == 0) {
        // In its one spelling: parse() also reads lower case and spaces, and another
        // spelling of a number would be a second case with it.
        const auto parts = CaseNumber::parse(e.caseNumber);
        if (!parts || parts->hallCode != e.hallCode || parts->terminalCode != e.terminalCode ||
            CaseNumber::normalize(e.caseNumber) != e.caseNumber)
            return reject(kForeignNumber,
                          QCoreApplication::translate(
                              "Server", "Case number %1 does not belong to terminal %2 %3.")
                              .arg(e.caseNumber, e.hallCode, e.terminalCode));
        if (c.exists)
            return reject(
                kStale,
                QCoreApplication::translate("Server", "Case %1 exists already.").arg(e.caseNumber));
    } else {
        if (!c.exists)
            return reject(kUnknownCase, QCoreApplication::translate(
                                            "Server", "Case %1 is not known to the server.")
                                            .arg(e.caseNumber));
        if (c.hallCode != m_session.hallCode)
            return reject(kForbidden,
                          QCoreApplication::translate("Server", "Case %1 belongs to another hall.")
                              .arg(e.caseNumber));
        if (c.version != e.baseVersion || c.lastEventId != e.parentId)
            return reject(kStale,
                          QCoreApplication::translate(
                              "Server", "Case %1 was changed meanwhile at terminal %2 (now at "
                                        "version %3); this change was made on an older state.")
                              .arg(e.caseNumber, c.lastTerminal)
                              .arg(c.version));
        if (who->role == Role::Agent && c.assignedAgent != e.actor)
            return reject(kNotAssigned,
                          QCoreApplication::translate("Server", "Case %1 is not assigned to %2.")
                              .arg(e.caseNumber, e.actor));
    }
    CaseRecord next = c.record;
    if (Status s = CaseProjector::fold(next, e, body.value()); !s)
        return reject(kRefused, s.message());

    c.record = std::move(next);
    // An agent reaches only the cases they carry (push and pull): the 代办 says whose it is.
    c.assignedAgent = c.record.proxy ? c.record.proxy->agentLogin : QString();
    c.exists = c.touched = true;
    c.hallCode = e.hallCode;
    c.version = e.baseVersion + 1;
    c.lastEventId = e.id;
    c.lastTerminal = e.terminalCode;
    m_appliedIds.insert(e.id);
    d.applied = true;
    return d;
}

Result<SyncWire::PushResponse> PushBatch::run(const SyncWire::PushRequest &request,
                                              const QList<QByteArray> &payloadTexts)
{
    auto terminal = m_db.run(QStringLiteral("SELECT last_seq, last_hash, active FROM terminal "
                                            "WHERE hall_code = ? AND code = ?") +
                                 m_db.forUpdate(),
                             {request.hallCode, request.terminalCode});
    if (!terminal)
        return terminal.error();
    if (!terminal.value()->next() || terminal.value()->value(2).toInt() != 1) {
        terminal.value()->finish();
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate(
                                  "Server", "Terminal %1 %2 is not registered with the server.")
                                  .arg(request.hallCode, request.terminalCode));
    }
    qint64 lastSeq = terminal.value()->value(0).toLongLong();
    QString lastHash = terminal.value()->value(1).toString();
    terminal.value()->finish();

    // The cases of the batch's new events, locked in number order before anything else, and
    // which of their ids the server applied already.
    QStringList numbers, ids;
    for (const CaseEvent &e : request.events) {
        if (e.terminalSequence > lastSeq) {
            numbers << e.caseNumber;
            ids << e.id;
        }
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    if (Status s = loadCases(numbers); !s)
        return s.error();
    if (Status s = loadAppliedIds(ids); !s)
        return s.error();

    QList<Decision> decisions;
    for (qsizetype i = 0; i < request.events.size(); ++i) {
        const CaseEvent &e = request.events.at(i);
        // For the hash and the row: serialised once, by the parser when it kept the text.
        const QByteArray payload = i < payloadTexts.size() ? payloadTexts.at(i) : e.payloadJson();
        if (e.computeHash(payload) != e.hash)
            return ApiError::make(
                ApiError::BadRequest,
                QCoreApplication::translate("Server",
                                            "Event %1 of this terminal does not match its hash; it "
                                            "was changed after it was written.")
                    .arg(e.terminalSequence));
        if (e.terminalSequence <= lastSeq) {
            auto d = repeat(e);
            if (!d)
                return d.error();
            decisions << d.value();
            continue;
        }
        if (e.terminalSequence > lastSeq + 1)
            return ApiError::make(ApiError::SequenceGap,
                                  QCoreApplication::translate(
                                      "Server",
                                      "The server holds this terminal's events up to %1; send "
                                      "from %2.")
                                      .arg(lastSeq)
                                      .arg(lastSeq + 1));
        if (e.previousHash != lastHash)
            return ApiError::make(
                ApiError::ChainBroken,
                QCoreApplication::translate("Server",
                                            "Event %1 does not continue this terminal's history as "
                                            "the server holds it. Was the store restored from a "
                                            "backup? Ask the administrator.")
                    .arg(e.terminalSequence));
        auto d = decide(e, payload);
        if (!d)
            return d.error();
        decisions << d.value();
        lastSeq = e.terminalSequence;
        lastHash = e.hash;
    }
    if (Status s = record(decisions, lastSeq, lastHash); !s)
        return s.error();

    SyncWire::PushResponse response;
    response.terminalSequence = lastSeq;
    for (const Decision &d : std::as_const(decisions)) {
        SyncWire::PushResult r;
        r.eventId = d.event.id;
        r.outcome = d.applied ? SyncWire::PushResult::Outcome::Applied
                              : SyncWire::PushResult::Outcome::Rejected;
        r.cursor = d.cursor;
        r.code = d.code;
        r.reason = d.reason;
        response.results << r;
    }
    return response;
}

Status PushBatch::record(QList<Decision> &decisions, qint64 lastSeq, const QString &lastHash)
{
    qint64 applied = 0;
    for (const Decision &d : std::as_const(decisions))
        applied += d.fresh && d.applied;
    if (applied > 0) {
        // The hall's feed counter last: held only for the inserts below.
        if (auto u = m_db.run(QStringLiteral("UPDATE hall SET feed_cursor = feed_cursor + ? "
                                             "WHERE code = ?"),
                              {applied, m_session.hallCode});
            !u)
            return u.error();
        auto q = m_db.run(QStringLiteral("SELECT feed_cursor FROM hall WHERE code = ?"),
                          {m_session.hallCode});
        if (!q)
            return q.error();
        if (!q.value()->next())
            return Status::failure(
                QCoreApplication::translate("Server", "Hall %1 is not known to the server.")
                    .arg(m_session.hallCode),
                QStringLiteral("no hall row"));
        qint64 cursor = q.value()->value(0).toLongLong() - applied;
        q.value()->finish();
        for (Decision &d : decisions) {
            if (d.fresh && d.applied)
                d.cursor = ++cursor;
        }
    }
    const QString received = utcStamp(m_clock.now());
    QList<QVariantList> events;
    for (const Decision &d : std::as_const(decisions)) {
        if (!d.fresh)
            continue;
        const CaseEvent &e = d.event;
        events << QVariantList{e.hallCode,
                               e.terminalCode,
                               e.terminalSequence,
                               e.id,
                               e.caseNumber,
                               e.actor,
                               e.at.toString(Qt::ISODateWithMs),
                               e.type,
                               QString::fromUtf8(d.payload),
                               e.baseVersion,
                               e.parentId,
                               e.previousHash,
                               e.hash,
                               d.applied ? QStringLiteral("applied") : QStringLiteral("rejected"),
                               d.applied ? QVariant(d.cursor)
                                         : QVariant(QMetaType::fromType<qint64>()),
                               d.code,
                               d.reason,
                               m_session.login,
                               received};
    }
    if (Status s = m_db.insertRows(
            QStringLiteral("sync_event"),
            QStringLiteral("hall_code, terminal_code, terminal_seq, id, case_number, actor, at, "
                           "type, payload, base_version, parent_id, prev_hash, hash, state, "
                           "feed_cursor, reject_code, reject_reason, pushed_by, received_at"),
            events);
        !s)
        return s;
    QList<QVariantList> newCases;
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        const CaseState &c = it.value();
        if (!c.touched)
            continue;
        const QVariantList values = {
            c.hallCode,      c.version, c.lastEventId, c.lastTerminal, toKey(c.record.status),
            c.assignedAgent, received,  it.key()};
        if (!c.inDatabase) {
            newCases << values;
            continue;
        }
        if (auto r = m_db.run(QStringLiteral("UPDATE case_head SET hall_code = ?, version = ?, "
                                             "last_event_id = ?, last_terminal = ?, status = ?, "
                                             "assigned_agent = ?, updated_at = ? WHERE number = "
                                             "?"),
                              values);
            !r)
            return r.error();
    }
    if (Status s = m_db.insertRows(QStringLiteral("case_head"),
                                   QStringLiteral("hall_code, version, last_event_id, "
                                                  "last_terminal, status, assigned_agent, "
                                                  "updated_at, number"),
                                   newCases);
        !s)
        return s;
    if (auto r = m_db.run(QStringLiteral("UPDATE terminal SET last_seq = ?, last_hash = ? WHERE "
                                         "hall_code = ? AND code = ?"),
                          {lastSeq, lastHash, m_session.hallCode, m_session.terminalCode});
        !r)
        return r.error();
    return {};
}

} // namespace onetrip::server
