#include "cases/CaseChange.h"

namespace onetrip {

CaseChange::CaseChange(std::optional<CaseRecord> base, const QString &caseNumber,
                       const TerminalInfo &terminal, QString actor, QDateTime at)
    : m_base(std::move(base))
    , m_caseNumber(caseNumber)
    , m_terminal(terminal)
    , m_actor(std::move(actor))
    , m_at(CaseEventLog::stamp(at))
    , m_record(m_base.value_or(CaseRecord{}))
{
    m_record.issuedNow.clear();
}

Status CaseChange::addDraft(const CaseEventLog::Draft &draft)
{
    CaseEvent e;
    e.type = draft.type;
    e.payload = draft.payload;
    e.caseNumber = m_caseNumber;
    auto body = CaseEvents::decode(e);
    if (!body)
        return body.error();
    m_drafts << draft;
    return foldLast(body.value());
}

Status CaseChange::foldLast(const CaseEvents::Body &body)
{
    // The event as the log will write it, but for its id, sequence and hashes.
    CaseEvent e;
    e.caseNumber = m_caseNumber;
    e.hallCode = m_terminal.hallCode;
    e.terminalCode = m_terminal.terminalCode;
    e.actor = m_actor;
    e.at = m_at;
    e.type = m_drafts.constLast().type;
    e.payload = m_drafts.constLast().payload;
    e.baseVersion = m_record.version;
    return CaseProjector::fold(m_record, e, body);
}

} // namespace onetrip
