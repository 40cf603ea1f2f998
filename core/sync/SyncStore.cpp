#include "sync/SyncStore.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseProjector.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseRepository.h"
#include "cases/StatementCache.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace onetrip {

namespace {

// Never a null QString: QtSql binds that as NULL, and the columns are NOT NULL DEFAULT ''.
QString storedText(const QByteArray &value)
{
    return value.isEmpty() ? QStringLiteral("") : QString::fromLatin1(value);
}

Error readError(const QString &detail)
{
    return Error{
        QCoreApplication::translate("Sync", "The sync state of this terminal could not be read."),
        detail};
}

} // namespace

SyncStore::SyncStore(const Database &db, TerminalInfo terminal, const Clock &clock)
    : m_db(db)
    , m_terminal(std::move(terminal))
    , m_clock(clock)
{
}

Result<SyncStore::State> SyncStore::state() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT server_url, terminal_key, pushed_through, pull_cursor, "
                               "last_success, last_error, server_ca, server_pin FROM sync_state "
                               "WHERE id = 1")) ||
        !q.next())
        return readError(q.lastError().text());
    auto trust =
        ServerTrust::fromStored(q.value(6).toString().toLatin1(), q.value(7).toString().toLatin1());
    if (!trust)
        return trust.error();
    return State{q.value(0).toString(),   q.value(1).toString(),   trust.value(),
                 q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toString(),
                 q.value(5).toString()};
}

Result<SyncStore::Counts> SyncStore::counts() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM case_event WHERE hall_code = ? AND terminal_code = ? AND "
        "terminal_seq > (SELECT pushed_through FROM sync_state WHERE id = 1)), (SELECT "
        "count(*) FROM case_conflict WHERE resolution = '')"));
    q.addBindValue(m_terminal.hallCode);
    q.addBindValue(m_terminal.terminalCode);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    return Counts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<bool> SyncStore::hasOwnEvents() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM case_event WHERE hall_code = ? AND "
                             "terminal_code = ?)"));
    q.addBindValue(m_terminal.hallCode);
    q.addBindValue(m_terminal.terminalCode);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    return q.value(0).toBool();
}

Status SyncStore::saveRegistration(const QString &serverUrl, const QString &terminalKey,
                                   const ServerTrust &trust)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET server_url = ?, terminal_key = ?, server_ca = "
                             "?, server_pin = ? WHERE id = 1"));
    q.addBindValue(serverUrl);
    q.addBindValue(terminalKey);
    q.addBindValue(storedText(trust.caPem));
    q.addBindValue(storedText(trust.pinSha256));
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Sync", "The terminal's registration could not be saved."),
            q.lastError().text());
    return {};
}

Status SyncStore::saveTrust(const ServerTrust &trust)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET server_ca = ?, server_pin = ? WHERE id = 1"));
    q.addBindValue(storedText(trust.caPem));
    q.addBindValue(storedText(trust.pinSha256));
    if (!q.exec())
        return Status::failure(QCoreApplication::translate(
                                   "Sync", "The server's certificate settings could not be saved."),
                               q.lastError().text());
    return {};
}

Status SyncStore::recordOutcome(const QString &lastError)
{
    QSqlQuery q(m_db.connection());
    if (lastError.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE sync_state SET last_success = ?, last_error = '' WHERE "
                                 "id = 1"));
        q.addBindValue(m_clock.now().toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("UPDATE sync_state SET last_error = ? WHERE id = 1"));
        q.addBindValue(lastError);
    }
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Sync", "The sync state could not be saved."),
            q.lastError().text());
    return {};
}

Result<QList<CaseEvent>> SyncStore::pending(int limit) const
{
    auto st = state();
    if (!st)
        return st.error();
    return CaseEventLog::terminalEventsAfter(m_db, m_terminal, st->pushedThrough, limit);
}

Status SyncStore::markConflict(const CaseEvent &e, const QString &code, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO case_conflict (event_id, case_number, code, reason, "
                             "detected_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO "
                             "UPDATE SET code = excluded.code, reason = excluded.reason"));
    q.addBindValue(e.id);
    q.addBindValue(e.caseNumber);
    q.addBindValue(code);
    q.addBindValue(reason);
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate(
                "Sync", "A sync conflict could not be recorded; nothing was changed."),
            q.lastError().text());
    return {};
}

Status SyncStore::applyPush(const QList<CaseEvent> &sent, const SyncWire::PushResponse &response)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QHash<QString, const CaseEvent *> byId;
    for (const CaseEvent &e : sent)
        byId.insert(e.id, &e);
    QSet<QString> touched;
    qint64 through = -1;
    for (const SyncWire::PushResult &r : response.results) {
        const CaseEvent *e = byId.value(r.eventId);
        if (!e)
            return Status::failure(QCoreApplication::translate(
                                       "Sync",
                                       "The server answered for a change this terminal did not "
                                       "send; nothing was changed."),
                                   r.eventId);
        if (r.outcome == SyncWire::PushResult::Outcome::Rejected) {
            if (Status s = markConflict(*e, r.code, r.reason); !s)
                return s;
            touched.insert(e->caseNumber);
        }
        through = std::max(through, e->terminalSequence);
    }
    if (response.results.isEmpty() || response.terminalSequence < through)
        through = response.terminalSequence; // the server holds less: send again from there
    for (const QString &number : std::as_const(touched)) {
        if (Status s = CaseRebuild::rebuildCase(m_db, number); !s)
            return s;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET pushed_through = ? WHERE id = 1"));
    q.addBindValue(through);
    if (!q.exec())
        return Status::failure(
            QCoreApplication::translate("Sync", "The sync state could not be saved."),
            q.lastError().text());
    if (Status s = tx.commit(); !s)
        return s;
    if (!touched.isEmpty())
        m_db.notifier().notifyEventsCommitted(0);
    return {};
}

Result<int> SyncStore::applyPull(const SyncWire::PullResponse &page)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    StatementCache sql(m_db);
    CaseRepository cases(m_db);
    CaseProjector projector(m_db);
    int applied = 0;
    for (const SyncWire::PulledEvent &p : page.events) {
        const CaseEvent &e = p.event;
        QSqlQuery *known =
            sql.bind(QStringLiteral("SELECT 1 FROM case_event WHERE id = ?"), {e.id});
        if (!known || !known->exec())
            return readError(known ? known->lastError().text() : sql.lastError());
        const bool have = known->next();
        known->finish();
        if (have)
            continue; // this terminal's own, or pulled before
        if (e.computeHash() != e.hash)
            return Result<int>::failure(
                QCoreApplication::translate(
                    "Sync", "The server sent a change that does not match its hash; "
                            "nothing was applied."),
                e.id);
        auto last = CaseEventLog::lastEventOf(sql, e.caseNumber);
        if (!last)
            return last.error();
        if (last.value() != e.parentId) {
            // This terminal changed the case on the state the server's change replaces: its
            // own changes after the common parent lose (the server decided) and are kept
            // as conflicts for a supervisor.
            auto line = CaseEventLog::eventsOf(m_db, e.caseNumber);
            if (!line)
                return line.error();
            bool afterParent = e.parentId.isEmpty();
            bool parentFound = e.parentId.isEmpty();
            QList<CaseEvent> ordered = line.value();
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const CaseEvent &a, const CaseEvent &b) {
                                 return a.baseVersion < b.baseVersion;
                             });
            for (const CaseEvent &mine : std::as_const(ordered)) {
                if (mine.id == e.parentId) {
                    afterParent = parentFound = true;
                    continue;
                }
                if (!afterParent || mine.baseVersion < e.baseVersion)
                    continue;
                if (mine.terminalCode != m_terminal.terminalCode ||
                    mine.hallCode != m_terminal.hallCode)
                    continue; // another terminal's change that lost already
                if (Status s =
                        markConflict(mine, QStringLiteral("stale"),
                                     QCoreApplication::translate(
                                         "Sync", "Case %1 was changed at terminal %2 by %3 at %4 "
                                                 "before this change reached the server.")
                                         .arg(e.caseNumber, e.terminalCode, e.actor,
                                              e.at.toString(QStringLiteral("yyyy-MM-dd "
                                                                           "HH:mm"))));
                    !s)
                    return s.error();
            }
            if (!parentFound)
                return Result<int>::failure(
                    QCoreApplication::translate(
                        "Sync", "The server sent a change to case %1 that follows one "
                                "this terminal does not have; nothing was applied.")
                        .arg(e.caseNumber),
                    e.id);
            if (Status s = CaseRebuild::rebuildCase(m_db, e.caseNumber); !s)
                return s.error();
        }
        if (Status s = CaseEventLog::insertReceived(sql, e); !s)
            return s.error();
        auto current = e.baseVersion == 0 ? Result<std::optional<CaseRecord>>(std::nullopt)
                                          : cases.find(e.caseNumber);
        if (!current)
            return current.error();
        auto projected = projector.apply(current.value(), {e});
        if (!projected)
            return Result<int>::failure(
                QCoreApplication::translate("Sync",
                                            "A change from the server could not be applied to case "
                                            "%1: %2")
                    .arg(e.caseNumber, projected.message()),
                e.id);
        ++applied;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET pull_cursor = ? WHERE id = 1"));
    q.addBindValue(page.cursor);
    if (!q.exec())
        return Error{QCoreApplication::translate("Sync", "The sync state could not be saved."),
                     q.lastError().text()};
    if (Status s = tx.commit(); !s)
        return s.error();
    if (applied > 0)
        m_db.notifier().notifyEventsCommitted(0);
    return applied;
}

Result<QList<SyncStore::Conflict>> SyncStore::conflicts(bool unresolvedOnly) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.event_id, c.case_number, e.terminal_seq, e.type, "
                               "e.actor, e.at, c.code, c.reason, c.detected_at FROM "
                               "case_conflict c JOIN case_event e ON e.id = c.event_id %1 ORDER "
                               "BY e.terminal_seq")
                    .arg(unresolvedOnly ? QStringLiteral("WHERE c.resolution = ''") : QString())))
        return readError(q.lastError().text());
    QList<Conflict> out;
    while (q.next())
        out << Conflict{q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toLongLong(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                        q.value(6).toString(),
                        q.value(7).toString(),
                        q.value(8).toString()};
    return out;
}

Result<SyncStore::CaseSync> SyncStore::caseSync(const QString &caseNumber) const
{
    QSqlQuery q(m_db.connection());
    // The case's own events by its index ("+": not by the terminal's sequence index, which on
    // a terminal never synced reads every event it ever recorded — 300 ms a case view at
    // 200,000 cases).
    q.prepare(QStringLiteral(
        "SELECT (SELECT terminal_key <> '' FROM sync_state WHERE id = 1), (SELECT count(*) FROM "
        "case_event WHERE case_number = ? AND +hall_code = ? AND +terminal_code = ? AND "
        "+terminal_seq > (SELECT pushed_through FROM sync_state WHERE id = 1)), (SELECT count(*) "
        "FROM case_conflict WHERE case_number = ? AND resolution = '')"));
    q.addBindValue(caseNumber);
    q.addBindValue(m_terminal.hallCode);
    q.addBindValue(m_terminal.terminalCode);
    q.addBindValue(caseNumber);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    return CaseSync{q.value(0).toBool(), q.value(1).toLongLong(), q.value(2).toInt()};
}

Result<int> SyncStore::openConflicts(const QString &caseNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_conflict WHERE case_number = ? AND "
                             "resolution = ''"));
    q.addBindValue(caseNumber);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    return q.value(0).toInt();
}

} // namespace onetrip
