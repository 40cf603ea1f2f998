#pragma once

#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sync/ServerTrust.h"
#include "sync/SyncWire.h"

#include <QDateTime>
#include <QList>

namespace onetrip {

class Database;

// The terminal store's side of sync. The outbox is the event log itself: this terminal's
// events after `pushedThrough`, in sequence order. Every change here is one transaction:
// a pulled page is applied together with its cursor, a push answer together with the new
// `pushedThrough`, so a crash never leaves data and cursor apart.
class SyncStore
{
public:
    struct State
    {
        QString serverUrl;
        QString terminalKey;
        ServerTrust trust; // given when the terminal joined
        qint64 pushedThrough = 0;
        qint64 pullCursor = 0;
        QString lastSuccess; // ISO time of the last complete sync; empty: never
        QString lastError;   // translated; empty after a success
    };
    struct Conflict
    {
        QString eventId;
        QString caseNumber;
        qint64 terminalSequence = 0;
        QString eventType;
        QString actor;
        QDateTime at;
        QString code;   // the server's rejection code, or "stale" found by a pull
        QString reason; // translated
        QString detectedAt;
    };
    struct Counts
    {
        qint64 waiting = 0;   // this terminal's events not yet acknowledged
        qint64 conflicts = 0; // unresolved
    };

    SyncStore(const Database &db, TerminalInfo terminal, const Clock &clock);

    const Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    Result<State> state() const;
    Result<Counts> counts() const;
    // Whether this terminal has written events (a standalone terminal joining keeps its code).
    Result<bool> hasOwnEvents() const;
    Status saveRegistration(const QString &serverUrl, const QString &terminalKey,
                            const ServerTrust &trust);
    // A new CA or fingerprint for the same server (its certificate was renewed).
    Status saveTrust(const ServerTrust &trust);
    Status recordOutcome(const QString &lastError);

    // Up to `limit` of this terminal's events after pushedThrough, oldest first.
    Result<QList<CaseEvent>> pending(int limit) const;
    // The server's answer to pushing `sent`: rejected events become conflicts (their cases
    // rebuilt without them) and pushedThrough moves on — or back, when the server holds
    // fewer events than this terminal thought (its database was restored).
    Status applyPush(const QList<CaseEvent> &sent, const SyncWire::PushResponse &response);
    // Applies a page of the hall's feed and advances the cursor. A pulled change to a case
    // this terminal changed meanwhile (on an older state) wins — it is the server's — and
    // this terminal's changes become conflicts.
    // Returns how many events were new here.
    Result<int> applyPull(const SyncWire::PullResponse &page);

    // Where one case stands with the server (the case view's "sync" line).
    struct CaseSync
    {
        bool registered = false; // false: a standalone terminal, nothing is sent
        qint64 waiting = 0;      // this terminal's events of the case not yet acknowledged
        int conflicts = 0;       // unresolved
    };
    Result<CaseSync> caseSync(const QString &caseNumber) const;

    Result<QList<Conflict>> conflicts(bool unresolvedOnly = true) const;
    // Unresolved conflicts of one case (an open conflict blocks new changes to it).
    Result<int> openConflicts(const QString &caseNumber) const;

private:
    Status markConflict(const CaseEvent &event, const QString &code, const QString &reason);

    const Database &m_db;
    TerminalInfo m_terminal;
    const Clock &m_clock;
};

} // namespace onetrip
