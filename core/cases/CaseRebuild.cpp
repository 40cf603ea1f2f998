#include "cases/CaseRebuild.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseProjector.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

Result<CaseRebuild::Report> CaseRebuild::run(const Database &db,
                                             const std::function<void(qint64)> &progress)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Children before parents (foreign keys).
    for (const char *table :
         {"case_check", "case_visit", "case_document", "case_record", "applicant"}) {
        if (Status s = db.exec(QLatin1String("DELETE FROM ") + QLatin1String(table)); !s)
            return s.error();
    }

    CaseProjector projector(db);
    Report report;
    QList<CaseEvent> group;
    auto flush = [&]() -> Status {
        if (group.isEmpty())
            return {};
        auto applied = projector.apply(std::nullopt, group);
        if (!applied)
            return applied.error();
        report.events += group.size();
        ++report.cases;
        group.clear();
        if (progress && report.cases % 5000 == 0)
            progress(report.cases);
        return {};
    };

    // One case at a time, its events in the order they were applied (streamed: the log of
    // millions of cases is never held in memory).
    Status scanned = CaseEventLog::scan(db, CaseEventLog::Order::ByCase, [&](CaseEvent &&e) {
        if (!group.isEmpty() && group.constFirst().caseNumber != e.caseNumber) {
            if (Status s = flush(); !s)
                return s;
        }
        group << std::move(e);
        return Status();
    });
    if (!scanned)
        return scanned.error();
    if (Status s = flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(report.cases);
    return report;
}

Status CaseRebuild::rebuildCase(const Database &db, const QString &caseNumber)
{
    auto line = CaseEventLog::lineOf(db, caseNumber);
    if (!line)
        return line.error();
    // Children before parents (foreign keys); the applicant is shared by cases and stays.
    for (const char *sql : {"DELETE FROM case_check WHERE case_number = ?",
                            "DELETE FROM case_visit WHERE case_number = ?",
                            "DELETE FROM case_document WHERE case_number = ?",
                            "DELETE FROM case_record WHERE number = ?"}) {
        QSqlQuery d(db.connection());
        d.prepare(QLatin1String(sql));
        d.addBindValue(caseNumber);
        if (!d.exec())
            return Status::failure(
                QCoreApplication::translate("Sync", "The case could not be brought up to date."),
                d.lastError().text());
    }
    if (line->isEmpty())
        return {};
    CaseProjector projector(db);
    if (auto applied = projector.apply(std::nullopt, line.value()); !applied)
        return applied.error();
    return {};
}

} // namespace onetrip
