#include "sync/ConflictResolution.h"

#include "auth/Permissions.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

ConflictResolution::ConflictResolution(const Database &db, TerminalInfo terminal,
                                       const Clock &clock)
    : m_db(db)
    , m_terminal(std::move(terminal))
    , m_clock(clock)
{
}

Status ConflictResolution::reapply(const QString &caseNumber, const User &supervisor)
{
    return resolve(caseNumber, supervisor, true, QString());
}

Status ConflictResolution::discard(const QString &caseNumber, const User &supervisor,
                                   const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Sync", "Say why the changes are discarded: the reason is kept with the case."));
    return resolve(caseNumber, supervisor, false, reason.trimmed());
}

Status ConflictResolution::resolve(const QString &caseNumber, const User &supervisor, bool reapply,
                                   const QString &reason)
{
    if (!Permissions::mayResolveConflicts(supervisor.role))
        return Status::failure(
            QCoreApplication::translate("Sync", "Only a supervisor may settle sync conflicts."));
    const QDateTime now = m_clock.now();
    CaseWriter writer(m_db, m_terminal);
    auto written = writer.commit([&]() -> Result<QList<CaseChange>> {
        // Under the write lock: the conflicts and the case as they are now.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT c.event_id, e.type, e.payload FROM case_conflict c "
                                 "JOIN case_event e ON e.id = c.event_id WHERE "
                                 "c.case_number = ? AND c.resolution = '' ORDER BY "
                                 "e.terminal_seq"));
        q.addBindValue(caseNumber);
        if (!q.exec())
            return Error{QCoreApplication::translate("Sync", "The sync state of this terminal "
                                                             "could not be read."),
                         q.lastError().text()};
        struct Refused
        {
            QString id;
            CaseEventLog::Draft draft;
        };
        QList<Refused> refused;
        while (q.next())
            refused << Refused{q.value(0).toString(),
                               {q.value(1).toString(),
                                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()}};
        if (refused.isEmpty())
            return Error{QCoreApplication::translate("Sync", "Case %1 has no open sync conflict.")
                             .arg(caseNumber),
                         {}};
        auto current = CaseRepository(m_db).find(caseNumber);
        if (!current)
            return current.error();
        // A refused first event: the case exists nowhere, so there is no case to carry a
        // discard event; the conflict rows record who discarded it and when.
        const bool noCase = !current.value().has_value();
        CaseChange change(current.value(), caseNumber, m_terminal, supervisor.login, now);
        for (const Refused &r : std::as_const(refused)) {
            if (reapply) {
                if (Status s = change.addDraft(r.draft); !s)
                    return Error{QCoreApplication::translate(
                                     "Sync", "The change cannot be made again on case %1 as it "
                                             "now stands: %2 Discard it instead, with a reason.")
                                     .arg(caseNumber, s.message()),
                                 s.error().detail};
            }
            if (noCase && !reapply) {
                // nothing to add to the case
            } else if (Status s = change.add(CaseEvents::ConflictResolved{
                           r.id,
                           reapply ? CaseEvents::ConflictResolved::Resolution::Reapplied
                                   : CaseEvents::ConflictResolved::Resolution::Discarded,
                           reason});
                       !s)
                return s.error();
            QSqlQuery mark(m_db.connection());
            mark.prepare(QStringLiteral("UPDATE case_conflict SET resolution = ?, resolved_by = "
                                        "?, resolved_at = ? WHERE event_id = ?"));
            mark.addBindValue(reapply ? QStringLiteral("reapplied") : QStringLiteral("discarded"));
            mark.addBindValue(supervisor.login);
            mark.addBindValue(now.toString(Qt::ISODate));
            mark.addBindValue(r.id);
            if (!mark.exec())
                return Error{QCoreApplication::translate("Sync", "A sync conflict could not be "
                                                                 "recorded; nothing was changed."),
                             mark.lastError().text()};
        }
        if (change.drafts().isEmpty())
            return QList<CaseChange>{};
        return QList<CaseChange>{change};
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace onetrip
