#include "cases/SupplementSweep.h"

#include "auth/Permissions.h"
#include "cases/CaseEvent.h"
#include "cases/CaseService.h"
#include "cases/CaseStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

Result<QStringList> SupplementSweep::due(const Database &db, const QString &terminalCode,
                                         QDate today, int limit)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT number FROM case_record WHERE status = ? AND terminal_code = "
                             "? AND supplement_due < ? ORDER BY supplement_due, number LIMIT ?"));
    q.addBindValue(toKey(CaseStatus::AcceptedWithDeferral));
    q.addBindValue(terminalCode);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(limit);
    if (!q.exec())
        return Error{
            QCoreApplication::translate("Cases", "The 容缺 cases falling due could not be read."),
            q.lastError().text()};
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

Result<SupplementSweep::Report> SupplementSweep::run(const Database &db, CaseService &service,
                                                     QDate today, const User &actor, int limit)
{
    Report report;
    // Staff who do not handle cases (an administrator at this terminal) leave it to them.
    if (!Permissions::mayRecord(actor.role, QLatin1String(CaseEventType::StatusChanged)))
        return report;
    // One more than asked for: whether any are left.
    auto numbers = due(db, service.terminal().terminalCode, today, limit < 0 ? -1 : limit + 1);
    if (!numbers)
        return numbers.error();
    if (limit >= 0 && numbers->size() > limit) {
        numbers->removeLast();
        report.more = true;
    }
    for (const QString &number : numbers.value()) {
        auto open = service.queries().open(number);
        if (!open) {
            report.failed << open.error();
            continue;
        }
        const QString reason =
            QCoreApplication::translate("Cases", "The 容缺 supplement was due by %1 and was not "
                                                 "brought: the case ends and the applicant may "
                                                 "not use 容缺 again.")
                .arg(open->supplementDue.toString(Qt::ISODate));
        auto ended = service.terminate(number, actor, reason);
        if (ended)
            report.terminated << number;
        else
            report.failed << ended.error();
    }
    return report;
}

} // namespace onetrip
