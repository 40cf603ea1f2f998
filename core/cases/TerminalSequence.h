#pragma once

#include "cases/HallInfo.h"
#include "cases/StatementCache.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

namespace onetrip {

class Database;

// Per-terminal counters (table terminal_sequence), taken inside the caller's
// WriteTransaction so a number is used exactly when the row it numbers is committed.
class TerminalSequence
{
public:
    // Takes the next `count` values of `scope` for this terminal (1, 2, 3 ...) and returns
    // the last of them.
    static Result<qint64> next(const Database &db, const TerminalInfo &terminal,
                               const QString &scope, int count = 1);
    static Result<qint64> next(StatementCache &sql, const TerminalInfo &terminal,
                               const QString &scope, int count = 1);
    // The scope of case numbers of one day ("case:20261123").
    static QString caseScope(QDate day);
    // The scope of the terminal's event sequence.
    static QString eventScope();
};

} // namespace onetrip
