#include "cases/CaseEventLog.h"

#include "cases/ChainVerifier.h"
#include "cases/TerminalSequence.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace onetrip {

namespace {

Error readError(const QString &detail)
{
    return Error{QCoreApplication::translate("Cases", "The case history could not be read."),
                 detail};
}

// Times are stored with their UTC offset, so the text (and the hash) is the same on any
// machine whatever its time zone.
QDateTime withOffset(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc());
}

CaseEvent eventFromQuery(const QSqlQuery &q)
{
    CaseEvent e;
    e.id = q.value(0).toString();
    e.caseNumber = q.value(1).toString();
    e.hallCode = q.value(2).toString();
    e.terminalCode = q.value(3).toString();
    e.terminalSequence = q.value(4).toLongLong();
    e.actor = q.value(5).toString();
    e.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    e.type = q.value(7).toString();
    e.payload = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.baseVersion = q.value(9).toInt();
    e.previousHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    e.sequence = q.value(12).toLongLong();
    e.parentId = q.value(13).toString();
    return e;
}

const char kSelect[] =
    "SELECT id, case_number, hall_code, terminal_code, terminal_seq, actor, at, "
    "type, payload, base_version, prev_hash, hash, rowid, parent_id FROM case_event ";

} // namespace

CaseEventLog::CaseEventLog(const Database &db, TerminalInfo terminal)
    : m_terminal(std::move(terminal))
    , m_sql(db)
{
}

Result<QList<CaseEvent>> CaseEventLog::append(const QString &caseNumber, const QList<Draft> &drafts,
                                              int baseVersion, const QString &actor,
                                              const QDateTime &at)
{
    QList<CaseEvent> out;
    if (drafts.isEmpty())
        return out;
    auto last = TerminalSequence::next(m_sql, m_terminal, TerminalSequence::eventScope(),
                                       int(drafts.size()));
    if (!last)
        return last.error();
    const qint64 first = last.value() - drafts.size() + 1;

    QString previousHash;
    if (first > 1) {
        QSqlQuery *prev = m_sql.bind(QStringLiteral("SELECT hash FROM case_event WHERE hall_code "
                                                    "= ? AND terminal_code = ? AND "
                                                    "terminal_seq = ?"),
                                     {m_terminal.hallCode, m_terminal.terminalCode, first - 1});
        if (!prev || !prev->exec())
            return readError(prev ? prev->lastError().text() : m_sql.lastError());
        if (prev->next())
            previousHash = prev->value(0).toString();
        prev->finish();
    }

    QString parentId;
    if (baseVersion > 0) {
        auto parent = lastEventOf(m_sql, caseNumber);
        if (!parent)
            return parent.error();
        parentId = parent.value();
    }

    const QDateTime stamped = stamp(at);
    const QString atText = stamped.toString(Qt::ISODateWithMs);
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        CaseEvent e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.caseNumber = caseNumber;
        e.hallCode = m_terminal.hallCode;
        e.terminalCode = m_terminal.terminalCode;
        e.terminalSequence = first + i;
        e.actor = actor;
        e.at = stamped;
        e.type = drafts.at(i).type;
        e.payload = drafts.at(i).payload;
        e.baseVersion = baseVersion + int(i);
        e.previousHash = previousHash;
        e.hash = e.computeHash();
        e.parentId = parentId;
        QSqlQuery *q = m_sql.bind(
            QStringLiteral("INSERT INTO case_event (id, case_number, hall_code, terminal_code, "
                           "terminal_seq, actor, at, type, payload, base_version, prev_hash, "
                           "hash, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.id, e.caseNumber, e.hallCode, e.terminalCode, e.terminalSequence, e.actor, atText,
             e.type, QString::fromUtf8(e.payloadJson()), e.baseVersion, e.previousHash, e.hash,
             e.parentId});
        if (!q || !q->exec())
            return Error{QCoreApplication::translate("Cases",
                                                     "The case change could not be recorded; "
                                                     "nothing was saved. Try again."),
                         q ? q->lastError().text() : m_sql.lastError()};
        e.sequence = q->lastInsertId().toLongLong();
        previousHash = e.hash;
        parentId = e.id;
        out << e;
    }
    return out;
}

Result<QString> CaseEventLog::lastEventOf(StatementCache &sql, const QString &caseNumber)
{
    // The case's events outside conflicts form one line; its newest is the parent.
    QSqlQuery *q = sql.bind(QStringLiteral("SELECT id FROM case_event WHERE case_number = ? AND "
                                           "id NOT IN (SELECT event_id FROM case_conflict) "
                                           "ORDER BY base_version DESC LIMIT 1"),
                            {caseNumber});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : sql.lastError());
    QString id = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return id;
}

Status CaseEventLog::insertReceived(StatementCache &sql, const CaseEvent &e)
{
    QSqlQuery *q = sql.bind(
        QStringLiteral("INSERT INTO case_event (id, case_number, hall_code, terminal_code, "
                       "terminal_seq, actor, at, type, payload, base_version, prev_hash, hash, "
                       "parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.caseNumber, e.hallCode, e.terminalCode, e.terminalSequence, e.actor,
         e.at.toString(Qt::ISODateWithMs), e.type, QString::fromUtf8(e.payloadJson()),
         e.baseVersion, e.previousHash, e.hash, e.parentId});
    if (!q || !q->exec())
        return Status::failure(QCoreApplication::translate(
                                   "Cases", "A case change from the server could not be saved."),
                               q ? q->lastError().text() : sql.lastError());
    return {};
}

QDateTime CaseEventLog::stamp(const QDateTime &at)
{
    // Through the stored text, so a fold before and after the write sees the same time.
    return QDateTime::fromString(withOffset(at).toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
}

namespace {

// The events `condition` selects, with `values` bound in order.
Result<QList<CaseEvent>> select(const Database &db, const char *condition,
                                const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) + QLatin1String(condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return readError(q.lastError().text());
    QList<CaseEvent> out;
    while (q.next())
        out << eventFromQuery(q);
    return out;
}

} // namespace

Result<QList<CaseEvent>> CaseEventLog::eventsOf(const Database &db, const QString &caseNumber)
{
    return select(db, "WHERE case_number = ? ORDER BY rowid", {caseNumber});
}

Result<QList<CaseEvent>> CaseEventLog::lineOf(const Database &db, const QString &caseNumber)
{
    return select(db,
                  "WHERE case_number = ? AND id NOT IN (SELECT event_id FROM case_conflict) "
                  "ORDER BY base_version, rowid",
                  {caseNumber});
}

Result<QList<CaseEvent>> CaseEventLog::eventsAfter(const Database &db, qint64 after, int limit)
{
    return select(db, "WHERE rowid > ? ORDER BY rowid LIMIT ?", {after, limit});
}

Result<QList<CaseEvent>> CaseEventLog::terminalEventsAfter(const Database &db,
                                                           const TerminalInfo &terminal,
                                                           qint64 afterSequence, int limit)
{
    return select(db,
                  "WHERE hall_code = ? AND terminal_code = ? AND terminal_seq > ? ORDER BY "
                  "terminal_seq LIMIT ?",
                  {terminal.hallCode, terminal.terminalCode, afterSequence, limit});
}

Status CaseEventLog::scan(const Database &db, Order order,
                          const std::function<Status(CaseEvent &&)> &visit)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const char *orderBy = order == Order::ByTerminal
                              ? "ORDER BY hall_code, terminal_code, terminal_seq"
                              : "WHERE id NOT IN (SELECT event_id FROM case_conflict) "
                                "ORDER BY case_number, base_version, rowid";
    if (!q.exec(QLatin1String(kSelect) + QLatin1String(orderBy)))
        return readError(q.lastError().text());
    while (q.next()) {
        if (Status s = visit(eventFromQuery(q)); !s)
            return s;
    }
    if (q.lastError().isValid())
        return readError(q.lastError().text());
    return {};
}

Result<qint64> CaseEventLog::lastSequence(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM case_event")) || !q.next())
        return readError(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<CaseAudit::Report> CaseAudit::verifyChain(const Database &db)
{
    ChainVerifier chain;
    Status scanned = CaseEventLog::scan(db, CaseEventLog::Order::ByTerminal, [&](CaseEvent &&e) {
        chain.add(e);
        return Status();
    });
    if (!scanned)
        return scanned.error();
    Report report;
    report.events = int(chain.events());
    report.terminals = chain.terminals();
    report.problems = chain.problems();
    const QHash<QString, qint64> &lastOf = chain.lastSequences();

    // The newest events of a terminal deleted leave no gap in the chain: this store's own
    // counter says how many there were.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hall_code, terminal_code, last FROM terminal_sequence WHERE "
                             "scope = ? ORDER BY hall_code, terminal_code"));
    q.addBindValue(TerminalSequence::eventScope());
    if (!q.exec())
        return readError(q.lastError().text());
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        const qint64 counted = q.value(2).toLongLong();
        const qint64 seen = lastOf.value(key, 0);
        if (seen < counted)
            report.problems << QCoreApplication::translate(
                                   "Cases", "Terminal %1 wrote %2 events; events %3 to %2 are "
                                            "missing (deleted from the end of the log).")
                                   .arg(key)
                                   .arg(counted)
                                   .arg(seen + 1);
    }
    return report;
}

} // namespace onetrip
