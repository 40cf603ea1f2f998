#include "cases/CaseWriter.h"

#include "storage/Database.h"

namespace onetrip {

CaseWriter::CaseWriter(const Database &db, const TerminalInfo &terminal)
    : m_db(db)
    , m_log(db, terminal)
    , m_projector(db)
{
}

Result<QList<CaseRecord>> CaseWriter::commit(const Decide &decide)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto changes = decide();
    if (!changes)
        return changes.error();
    QList<CaseRecord> out;
    qint64 last = 0;
    for (const CaseChange &change : changes.value()) {
        const int baseVersion = change.base() ? change.base()->version : 0;
        auto events = m_log.append(change.caseNumber(), change.drafts(), baseVersion,
                                   change.actor(), change.at());
        if (!events)
            return events.error();
        auto applied = m_projector.apply(change.base(), events.value());
        if (!applied)
            return applied.error();
        if (!events->isEmpty())
            last = events->constLast().sequence;
        out << std::move(applied).value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (last > 0)
        m_db.notifier().notifyEventsCommitted(last);
    return out;
}

} // namespace onetrip
