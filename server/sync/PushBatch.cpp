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

Result<PushBatch::CaseState *> PushBatch::caseState(const QString &number)
{
    auto found = m_cases.find(number);
    if (found != m_cases.end())
        return &found.value();
    CaseState state;
    auto head = m_db.run(QStringLiteral("SELECT hall_code, version, last_event_id, "
                                        "last_terminal, assigned_agent FROM case_head WHERE "
                                        "number = ?") +
                             m_db.forUpdate(),
                         {number});
    if (!head)
        return head.error();
    if (head.value()->next()) {
        state.inDatabase = state.exists = true;
        state.hallCode = head.value()->value(0).toString();
        state.version = head.value()->value(1).toInt();
        state.lastEventId = head.value()->value(2).toString();
        state.lastTerminal = head.value()->value(3).toString();
        state.assignedAgent = head.value()->value(4).toString();
    }
    head.value()->finish();
    if (state.exists) {
        // The case as the server holds it, folded by the same function as on the terminals.
        auto events = m_db.run(QStringLiteral("SELECT %1 FROM sync_event WHERE case_number = ? "
                                              "AND state = 'applied' ORDER BY base_version")
                                   .arg(QLatin1String(EventRows::kColumns)),
                               {number});
        if (!events)
            return events.error();
        while (events.value()->next()) {
            const CaseEvent e = EventRows::eventAt(*events.value());
            if (Status s = CaseProjector::fold(state.record, e); !s)
                return Error{QCoreApplication::translate(
                                 "Server", "The server's copy of a case cannot be read; ask the "
                                           "administrator to run onetrip-server audit verify."),
                             s.error().message};
        }
        if (state.record.version != state.version)
            return Error{QCoreApplication::translate(
                             "Server",
                             "The server's copy of a case cannot be read; ask the administrator "
                             "to run onetrip-server audit verify."),
                         QStringLiteral("case_head version differs from its events: ") + number};
    }
    return &m_cases.insert(number, state).value();
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

Result<PushBatch::Decision> PushBatch::decide(const CaseEvent &e)
{
    Decision d;
    d.event = e;
    auto reject = [&d](const char *code, const QString &reason) {
        d.code = QString::fromLatin1(code);
        d.reason = reason;
        return d;
    };

    auto dup = m_db.run(QStringLiteral("SELECT 1 FROM sync_event WHERE id = ? AND state = "
                                       "'applied'"),
                        {e.id});
    if (!dup)
        return dup.error();
    const bool duplicate = dup.value()->next() || m_appliedIds.contains(e.id);
    dup.value()->finish();
    if (duplicate)
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
    c.exists = c.touched = true;
    c.hallCode = e.hallCode;
    c.version = e.baseVersion + 1;
    c.lastEventId = e.id;
    c.lastTerminal = e.terminalCode;
    m_appliedIds.insert(e.id);
    d.applied = true;
    return d;
}

Result<SyncWire::PushResponse> PushBatch::run(const SyncWire::PushRequest &request)
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

    // Lock the batch's existing cases in number order before anything else.
    QStringList numbers;
    for (const CaseEvent &e : request.events) {
        if (e.terminalSequence > lastSeq && e.baseVersion > 0)
            numbers << e.caseNumber;
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    for (const QString &number : std::as_const(numbers)) {
        if (auto s = caseState(number); !s)
            return s.error();
    }

    QList<Decision> decisions;
    for (const CaseEvent &e : request.events) {
        if (e.computeHash() != e.hash)
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
        auto d = decide(e);
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
    const QString insert = QStringLiteral(
        "INSERT INTO sync_event (hall_code, terminal_code, terminal_seq, id, case_number, actor, "
        "at, type, payload, base_version, parent_id, prev_hash, hash, state, feed_cursor, "
        "reject_code, reject_reason, pushed_by, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Decision &d : std::as_const(decisions)) {
        if (!d.fresh)
            continue;
        const CaseEvent &e = d.event;
        if (auto r = m_db.run(
                insert,
                {e.hallCode, e.terminalCode, e.terminalSequence, e.id, e.caseNumber, e.actor,
                 e.at.toString(Qt::ISODateWithMs), e.type, QString::fromUtf8(e.payloadJson()),
                 e.baseVersion, e.parentId, e.previousHash, e.hash,
                 d.applied ? QStringLiteral("applied") : QStringLiteral("rejected"),
                 d.applied ? QVariant(d.cursor) : QVariant(QMetaType::fromType<qint64>()), d.code,
                 d.reason, m_session.login, received});
            !r)
            return r.error();
    }
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        const CaseState &c = it.value();
        if (!c.touched)
            continue;
        const QVariantList values = {
            c.hallCode,      c.version, c.lastEventId, c.lastTerminal, toKey(c.record.status),
            c.assignedAgent, received,  it.key()};
        const QString sql =
            c.inDatabase
                ? QStringLiteral("UPDATE case_head SET hall_code = ?, version = ?, "
                                 "last_event_id = ?, last_terminal = ?, status = ?, "
                                 "assigned_agent = ?, updated_at = ? WHERE number = ?")
                : QStringLiteral("INSERT INTO case_head (hall_code, version, last_event_id, "
                                 "last_terminal, status, assigned_agent, updated_at, number) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (auto r = m_db.run(sql, values); !r)
            return r.error();
    }
    if (auto r = m_db.run(QStringLiteral("UPDATE terminal SET last_seq = ?, last_hash = ? WHERE "
                                         "hall_code = ? AND code = ?"),
                          {lastSeq, lastHash, m_session.hallCode, m_session.terminalCode});
        !r)
        return r.error();
    return {};
}

} // namespace onetrip::server
