#include "cases/TerminalSequence.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

Result<qint64> TerminalSequence::next(const Database &db, const TerminalInfo &terminal,
                                      const QString &scope, int count)
{
    StatementCache sql(db);
    return next(sql, terminal, scope, count);
}

Result<qint64> TerminalSequence::next(StatementCache &sql, const TerminalInfo &terminal,
                                      const QString &scope, int count)
{
    QSqlQuery *q = sql.bind(
        QStringLiteral("INSERT INTO terminal_sequence (hall_code, terminal_code, scope, last) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (hall_code, terminal_code, scope) DO "
                       "UPDATE SET last = last + excluded.last RETURNING last"),
        {terminal.hallCode, terminal.terminalCode, scope, count});
    if (!q || !q->exec() || !q->next())
        return Error{QCoreApplication::translate("Cases",
                                                 "No case number could be taken; nothing was "
                                                 "saved. Try again."),
                     q ? q->lastError().text() : sql.lastError()};
    const qint64 value = q->value(0).toLongLong();
    q->finish();
    return value;
}

QString TerminalSequence::caseScope(QDate day)
{
    return QStringLiteral("case:") + day.toString(QStringLiteral("yyyyMMdd"));
}

QString TerminalSequence::eventScope()
{
    return QStringLiteral("event");
}

} // namespace onetrip
