#pragma once

#include "cases/CaseEventLog.h"
#include "cases/CaseEvents.h"
#include "cases/CaseProjector.h"
#include "cases/CaseRecord.h"
#include "cases/HallInfo.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace onetrip {

// One command's change to one case, built event by event. Each event is folded into
// record() as it is added (CaseProjector::fold), so the command sees the case as its own
// events make it — a document is filled from the case after the decision. CaseWriter then
// appends the events and applies them to the store.
class CaseChange
{
public:
    // `base`: the case as read under the write lock; empty for a new case numbered
    // `caseNumber`.
    CaseChange(std::optional<CaseRecord> base, const QString &caseNumber,
               const TerminalInfo &terminal, QString actor, QDateTime at);

    template <typename T>
    Status add(const T &event)
    {
        m_drafts << CaseEvents::draft(event);
        return foldLast(CaseEvents::Body(event));
    }

    // An event as it was recorded before (a conflict applied again): read and folded the
    // same way; refused when it does not follow the case as it now stands.
    Status addDraft(const CaseEventLog::Draft &draft);

    const CaseRecord &record() const { return m_record; }
    const std::optional<CaseRecord> &base() const { return m_base; }
    const QString &caseNumber() const { return m_caseNumber; }
    const QList<CaseEventLog::Draft> &drafts() const { return m_drafts; }
    const QString &actor() const { return m_actor; }
    const QDateTime &at() const { return m_at; }

private:
    Status foldLast(const CaseEvents::Body &body);

    std::optional<CaseRecord> m_base;
    QString m_caseNumber;
    TerminalInfo m_terminal;
    QString m_actor;
    QDateTime m_at;
    CaseRecord m_record;
    QList<CaseEventLog::Draft> m_drafts;
};

} // namespace onetrip
