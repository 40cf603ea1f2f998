#pragma once

#include "auth/Session.h"
#include "cases/CaseRecord.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/SyncWire.h"

#include <QHash>
#include <QSet>

namespace onetrip::server {

class ServerDatabase;

// One attempt at one push, inside one transaction (PushService retries on deadlock). Locks
// the terminal, then the batch's cases in number order, then the hall's feed counter: the
// same order in every instance, so two pushes cannot deadlock, and feed cursors commit in
// their order (a pull never skips a change that commits late). Round trips per batch, not
// per event: the batch's cases (with their events) and the ids the server applied already
// are read with one statement each, the events and new cases written a hundred rows a
// statement.
class PushBatch
{
public:
    // Stable rejection codes (docs/api.md).
    static constexpr char kDuplicateId[] = "duplicate-id";
    static constexpr char kForbidden[] = "forbidden";
    static constexpr char kInvalidEvent[] = "invalid-event";
    static constexpr char kStale[] = "stale";
    static constexpr char kForeignNumber[] = "foreign-number";
    static constexpr char kUnknownCase[] = "unknown-case";
    static constexpr char kNotAssigned[] = "not-assigned";
    static constexpr char kRefused[] = "refused";

    PushBatch(ServerDatabase &db, const Session &session, const Clock &clock);
    // `payloadTexts`: each event's payloadJson(), when the parser kept them.
    Result<SyncWire::PushResponse> run(const SyncWire::PushRequest &request,
                                       const QList<QByteArray> &payloadTexts = {});

private:
    struct CaseState
    {
        bool inDatabase = false; // case_head has a row (UPDATE rather than INSERT)
        bool exists = false;
        QString hallCode;
        int version = 0;
        QString lastEventId;
        QString lastTerminal;
        QString assignedAgent;
        CaseRecord record;
        bool touched = false;
    };
    struct Actor
    {
        bool known = false;
        QString hallCode;
        Role role = Role::Clerk;
    };
    struct Decision
    {
        CaseEvent event;
        QByteArray payload; // event.payloadJson(), as hashed and stored
        bool fresh = true;  // false: a repeat of an event the server holds
        bool applied = false;
        QString code;
        QString reason;
        qint64 cursor = 0;
    };

    // Reads (and locks, in number order) the cases of `numbers` (sorted, none read yet) and
    // folds the events of those the server holds.
    Status loadCases(const QStringList &numbers);
    Result<CaseState *> caseState(const QString &number);
    Status loadAppliedIds(const QStringList &ids);
    Result<Actor> actor(const QString &login);
    Result<Decision> decide(const CaseEvent &e, const QByteArray &payload);
    Result<Decision> repeat(const CaseEvent &e);
    Status record(QList<Decision> &decisions, qint64 lastSeq, const QString &lastHash);

    ServerDatabase &m_db;
    const Session &m_session;
    const Clock &m_clock;
    QHash<QString, CaseState> m_cases;
    QHash<QString, Actor> m_actors;
    QSet<QString> m_knownIds;   // of the batch's new events, those applied before
    QSet<QString> m_appliedIds; // applied in this batch
};

} // namespace onetrip::server
