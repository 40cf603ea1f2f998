#include "cases/ChainVerifier.h"

#include <QCoreApplication>

namespace onetrip {

void ChainVerifier::add(const CaseEvent &e)
{
    const QString terminal = key(e.hallCode, e.terminalCode);
    if (terminal != m_terminal) {
        m_terminal = terminal;
        m_expected = 1;
        m_previousHash.clear();
        ++m_terminals;
    }
    ++m_events;
    const QString where = QCoreApplication::translate("Cases", "Event %1 of terminal %2 (case %3)")
                              .arg(e.terminalSequence)
                              .arg(terminal, e.caseNumber);
    if (e.terminalSequence != m_expected)
        m_problems << QCoreApplication::translate("Cases", "%1: events %2 to %3 are missing.")
                          .arg(where)
                          .arg(m_expected)
                          .arg(e.terminalSequence - 1);
    else if (e.previousHash != m_previousHash)
        m_problems << QCoreApplication::translate("Cases",
                                                  "%1 does not follow the event before it.")
                          .arg(where);
    if (e.computeHash() != e.hash)
        m_problems << QCoreApplication::translate("Cases", "%1 was changed after it was written.")
                          .arg(where);
    m_expected = e.terminalSequence + 1;
    m_previousHash = e.hash;
    m_last.insert(terminal, e.terminalSequence);
}

} // namespace onetrip
