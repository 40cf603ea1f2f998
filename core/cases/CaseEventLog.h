#pragma once

#include "cases/CaseEvent.h"
#include "cases/HallInfo.h"
#include "cases/StatementCache.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

#include <functional>

namespace onetrip {

class Database;

// Appends events to case_event, chaining each to the previous event of the same terminal.
// Used inside the caller's WriteTransaction, together with the projections.
class CaseEventLog
{
public:
    // An event to append: its type and payload; the log fills in the rest.
    struct Draft
    {
        QString type;
        QJsonObject payload;
    };

    CaseEventLog(const Database &db, TerminalInfo terminal);

    // Appends the events of one case in order, with base versions baseVersion,
    // baseVersion + 1, ...: assigns ids, terminal sequences, the time and the hashes.
    Result<QList<CaseEvent>> append(const QString &caseNumber, const QList<Draft> &drafts,
                                    int baseVersion, const QString &actor, const QDateTime &at);

    // The newest event of a case outside conflicts (the parent of its next event); empty
    // when the case has none.
    static Result<QString> lastEventOf(StatementCache &sql, const QString &caseNumber);
    // Stores an event written elsewhere (pulled from the server) exactly as it came.
    static Status insertReceived(StatementCache &sql, const CaseEvent &event);

    // The time as the log stores it (with its UTC offset, to the millisecond).
    static QDateTime stamp(const QDateTime &at);

    // The events of a case in the order they were written.
    static Result<QList<CaseEvent>> eventsOf(const Database &db, const QString &caseNumber);
    // The events the case's projection is made of, in the order they apply: without those
    // in conflict (refused by the server or overtaken by it). The same line as scan(ByCase).
    static Result<QList<CaseEvent>> lineOf(const Database &db, const QString &caseNumber);
    // Every event after log position `after` (0: from the start), oldest first, at most
    // `limit` of them.
    static Result<QList<CaseEvent>> eventsAfter(const Database &db, qint64 after, int limit);
    // One terminal's events after its sequence number `afterSequence`, in sequence order,
    // at most `limit` (the sync outbox).
    static Result<QList<CaseEvent>> terminalEventsAfter(const Database &db,
                                                        const TerminalInfo &terminal,
                                                        qint64 afterSequence, int limit);
    enum class Order
    {
        ByTerminal, // each terminal's chain in sequence order (audit)
        ByCase,     // each case's events in order, conflicts left out (rebuild)
    };
    // Streams every event in `order` to `visit`; stops at the first failure it returns.
    static Status scan(const Database &db, Order order,
                       const std::function<Status(CaseEvent &&)> &visit);
    // The log position of the newest event; 0 for an empty log.
    static Result<qint64> lastSequence(const Database &db);

private:
    TerminalInfo m_terminal;
    StatementCache m_sql;
};

// Tamper detection over the whole log: every terminal's chain must be gapless, each event's
// previousHash must be its predecessor's hash, and each hash must match its fields.
class CaseAudit
{
public:
    struct Report
    {
        int events = 0;
        int terminals = 0;
        QStringList problems; // translated, one per broken event; empty when intact
        bool ok() const { return problems.isEmpty(); }
    };
    static Result<Report> verifyChain(const Database &db);
};

} // namespace onetrip
