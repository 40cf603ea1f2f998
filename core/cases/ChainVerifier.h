#pragma once

#include "cases/CaseEvent.h"

#include <QHash>
#include <QStringList>

namespace onetrip {

// Walks events in terminal and sequence order and notes where a terminal's hash chain
// breaks: a gap, an event that does not follow its predecessor, an event changed after it
// was written. The one check behind `onetripctl audit verify` and `onetrip-server audit
// verify`; each adds what its own store records about the end of each chain.
class ChainVerifier
{
public:
    void add(const CaseEvent &event);

    qint64 events() const { return m_events; }
    int terminals() const { return m_terminals; }
    // "HALL/TERMINAL" -> the last sequence number seen.
    const QHash<QString, qint64> &lastSequences() const { return m_last; }
    QStringList &problems() { return m_problems; }

    static QString key(const QString &hallCode, const QString &terminalCode)
    {
        return hallCode + QLatin1Char('/') + terminalCode;
    }

private:
    QString m_terminal;
    qint64 m_expected = 1;
    QString m_previousHash;
    qint64 m_events = 0;
    int m_terminals = 0;
    QHash<QString, qint64> m_last;
    QStringList m_problems;
};

} // namespace onetrip
