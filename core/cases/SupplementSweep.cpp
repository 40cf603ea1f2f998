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

Result<QList<SupplementSweep::Due>>
SupplementSweep::due(const Database &db, const QString &terminalCode, QDate today, int limit)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT number, supplement_due FROM case_record WHERE status = ? AND terminal_code = "
        "? AND supplement_due < ? ORDER BY supplement_due, number LIMIT ?"));
    q.addBindValue(toKey(CaseStatus::AcceptedWithDeferral));
    q.addBindValue(terminalCode);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(limit);
    if (!q.exec())
        return Error{
            QCoreApplication::translate("Cases", "The 容缺 cases falling due could not be read."),
            q.lastError().text()};
    QList<Due> cases;
    while (q.next())
        cases << Due{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    return cases;
}

Result<SupplementSweep::Report> SupplementSweep::run(const Database &db, CaseService &service,
                                                     QDate today, const User &actor, int limit)
{
    Report report;
    // Staff who do not handle cases (an administrator at this terminal) leave it to them.
    if (!Permissions::mayRecord(actor.role, QLatin1String(CaseEventType::StatusChanged)))
        return report;
    // One more than asked for: whether any are left.
    auto cases = due(db, service.terminal().terminalCode, today, limit < 0 ? -1 : limit + 1);
    if (!cases)
        return cases.error();
    if (limit >= 0 && cases->size() > limit) {
        cases->removeLast();
        report.more = true;
    }
    for (const Due &d : cases.value()) {
        const QString reason =
            QCoreApplication::translate("Cases", "The 容缺 supplement was due by %1 and was not "
                                                 "brought: the case ends and the applicant may "
                                                 "not use 容缺 again.")
                .arg(d.supplementDue.toString(Qt::ISODate));
        auto ended = service.terminate(d.number, actor, reason);
        if (ended)
            report.terminated << d.number;
        else
            report.failed << ended.error();
    }
    return report;
}

} // namespace onetrip
