#include "worklist/WorklistQuery.h"

#include "cases/CaseJson.h"
#include "proxy/ProxyRules.h"
#include "rating/RatingRules.h"
#include "storage/Database.h"
#include "worklist/CaseClockIndex.h"
#include "worklist/DeadlineColumns.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

Error readError(const QString &detail)
{
    return Error{QCoreApplication::translate("Worklists", "The worklist could not be read."),
                 detail};
}

QString quoted(QDate d)
{
    return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\'');
}

QString status(CaseStatus s)
{
    return QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
}

// A condition no row meets. Not the constant 0: SQLite folds that away and then finds no
// plan for a list read through its own index (INDEXED BY, "no query solution").
QString never()
{
    return QStringLiteral("(c.rowid IS NULL)");
}

// One deadline's light conditions on the index columns, each 0 or 1 (never NULL, so NOT
// works). Kept in step with CaseClock: red after the due day, yellow from the first day of
// the warning window, paused while a stop that began by the due day runs.
struct Lights
{
    QString runs, red, yellow, green, paused;
};

Lights lightsOf(WorklistClock clock, const QString &today)
{
    auto safe = [](const QString &e) { return QStringLiteral("IFNULL(%1, 0)").arg(e); };
    auto fixed = [&](const char *due, const char *warn) {
        const QString d = QLatin1String(due), w = QLatin1String(warn);
        const QString runs = w + QStringLiteral(" IS NOT NULL");
        return Lights{runs, safe(QStringLiteral("(%1 AND %2 < %3)").arg(runs, d, today)),
                      safe(QStringLiteral("(%1 AND %2 >= %3 AND %4 <= %3)").arg(runs, d, today, w)),
                      safe(QStringLiteral("(%1 AND %2 > %3)").arg(runs, w, today)), never()};
    };
    switch (clock) {
    case WorklistClock::Processing: {
        const QString runs = QStringLiteral("c.clock_due IS NOT NULL");
        const QString paused = safe(
            QStringLiteral("(c.clock_paused_on IS NOT NULL AND c.clock_paused_on <= c.clock_due)"));
        const QString moving = QStringLiteral("%1 AND NOT %2").arg(runs, paused);
        return Lights{runs, safe(QStringLiteral("(%1 AND c.clock_due < %2)").arg(moving, today)),
                      safe(QStringLiteral("(%1 AND c.clock_due >= %2 AND c.clock_warn_from <= %2)")
                               .arg(moving, today)),
                      safe(QStringLiteral("(%1 AND c.clock_warn_from > %2)").arg(moving, today)),
                      safe(QStringLiteral("(%1 AND %2)").arg(runs, paused))};
    }
    case WorklistClock::Supplement:
        return fixed("c.supplement_due", "c.supplement_warn_from");
    case WorklistClock::Notice:
        return fixed("c.notice_due", "c.notice_warn_from");
    case WorklistClock::FollowUp:
        return fixed("c.follow_up_due", "c.follow_up_warn_from");
    case WorklistClock::Commitment:
        return fixed("c.proxy_commit_due", "c.proxy_warn_from");
    case WorklistClock::MostUrgent: {
        // CaseDeadlines::mostUrgent: red before yellow before paused before green.
        QList<Lights> all;
        for (WorklistClock c :
             {WorklistClock::Processing, WorklistClock::Supplement, WorklistClock::Notice})
            all << lightsOf(c, today);
        auto any = [&all](QString Lights::*field) -> QString {
            QStringList parts;
            for (const Lights &l : std::as_const(all))
                parts << l.*field;
            return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        };
        const QString red = any(&Lights::red), yellow = any(&Lights::yellow),
                      paused = any(&Lights::paused);
        return Lights{any(&Lights::runs), red, QStringLiteral("(NOT %1 AND %2)").arg(red, yellow),
                      QStringLiteral("(NOT %1 AND NOT %2 AND NOT %3 AND %4)")
                          .arg(red, yellow, paused, any(&Lights::green)),
                      QStringLiteral("(NOT %1 AND NOT %2 AND %3)").arg(red, yellow, paused)};
    }
    case WorklistClock::None:
        break;
    }
    const QString none = never();
    return Lights{none, none, none, none, none};
}

QString lightCondition(const Lights &l, DeadlineLight light)
{
    switch (light) {
    case DeadlineLight::Green:
        return l.green;
    case DeadlineLight::Yellow:
        return l.yellow;
    case DeadlineLight::Red:
        return l.red;
    case DeadlineLight::Paused:
        return l.paused;
    }
    return never();
}

// The list's own index (terminal migration 20: its condition, its order), named: without
// statistics SQLite prefers the status index and sorts a million rows for a page of fifty.
// The index holds exactly the list's cases, so any filter or order is still right on it.
QString indexOf(WorklistKind kind)
{
    switch (kind) {
    case WorklistKind::Correction:
        return QStringLiteral(" INDEXED BY case_record_list_correction");
    case WorklistKind::InProgress:
        return QStringLiteral(" INDEXED BY case_record_list_in_progress");
    case WorklistKind::InApproval:
        return QStringLiteral(" INDEXED BY case_record_list_in_approval");
    case WorklistKind::ReadyForHandOut:
        return QStringLiteral(" INDEXED BY case_record_list_hand_out");
    case WorklistKind::Ended:
        return QStringLiteral(" INDEXED BY case_record_list_ended");
    case WorklistKind::Overdue:
        return QStringLiteral(" INDEXED BY case_record_red");
    default:
        return {};
    }
}

} // namespace

WorklistQuery::WorklistQuery(const Database &db, WorkdayCalendar calendar, WarningPolicy policy,
                             QDate today, QString login)
    : m_db(db)
    , m_calendar(std::move(calendar))
    , m_policy(policy)
    , m_today(today)
    , m_login(std::move(login))
{
}

Status WorklistQuery::refreshIndex() const
{
    auto r = CaseClockIndex::refresh(m_db, m_calendar, m_policy);
    if (!r)
        return r.error();
    return {};
}

Result<bool> WorklistQuery::refreshIndexWithin(int limit) const
{
    Q_ASSERT(limit > 0);
    auto r = CaseClockIndex::refresh(m_db, m_calendar, m_policy, limit);
    if (!r)
        return r.error();
    return r->complete;
}

Result<bool> WorklistQuery::refreshIndex(const CaseClockIndex::Progress &progress) const
{
    auto r = CaseClockIndex::refresh(m_db, m_calendar, m_policy, 0, progress);
    if (!r)
        return r.error();
    return r->complete;
}

WorklistSort WorklistQuery::defaultSort(WorklistKind kind)
{
    using C = WorklistSort::Column;
    switch (kind) {
    case WorklistKind::Correction:
    case WorklistKind::Supplement:
    case WorklistKind::InProgress:
    case WorklistKind::InApproval:
    case WorklistKind::Overdue:
    case WorklistKind::ComplaintFollowUp:
    case WorklistKind::MyProxyCases: // the commitment date nearest first
    case WorklistKind::ProxyCases:
        return {C::Due, false};
    case WorklistKind::ReadyForHandOut:
        return {C::Updated, false}; // waiting longest first
    case WorklistKind::MineToday:
    case WorklistKind::Ended:
        return {C::Updated, true};
    case WorklistKind::All:
        break;
    }
    return {C::ReceivedOn, true};
}

QString WorklistQuery::dueExpression(WorklistClock clock) const
{
    switch (clock) {
    case WorklistClock::Processing:
        return QStringLiteral("c.clock_due");
    case WorklistClock::Supplement:
        return QStringLiteral("c.supplement_due");
    case WorklistClock::Notice:
        return QStringLiteral("c.notice_due");
    case WorklistClock::FollowUp:
        return QStringLiteral("c.follow_up_due");
    case WorklistClock::Commitment:
        return QStringLiteral("c.proxy_commit_due");
    case WorklistClock::MostUrgent:
        // The earliest running due day (the index's urgent_due); cases with none sort after
        // every date.
        return QStringLiteral("IFNULL(c.urgent_due, '9')");
    case WorklistClock::None:
        break;
    }
    return QStringLiteral("c.updated_at");
}

WorklistQuery::Where WorklistQuery::where(WorklistKind kind, const WorklistFilter &f) const
{
    Where w;
    QStringList terms;
    const QString today = quoted(m_today);
    switch (kind) {
    case WorklistKind::All:
        break;
    case WorklistKind::MineToday:
        // A visit's time is written with the hall's offset: its date is the hall's day.
        terms << QStringLiteral("c.number IN (SELECT v.case_number FROM case_visit v WHERE "
                                "v.clerk_login = ? AND v.visited_at >= %1 AND v.visited_at < %2)")
                     .arg(today, quoted(m_today.addDays(1)));
        w.values << m_login;
        break;
    case WorklistKind::Correction:
        terms << QStringLiteral("c.status IN (%1, %2)")
                     .arg(status(CaseStatus::Received), status(CaseStatus::CorrectionRequested));
        break;
    case WorklistKind::Supplement:
        terms << QStringLiteral("c.status = %1").arg(status(CaseStatus::AcceptedWithDeferral));
        break;
    case WorklistKind::InProgress:
        terms << QStringLiteral("c.status IN (%1, %2)")
                     .arg(status(CaseStatus::Accepted), status(CaseStatus::AcceptedWithDeferral));
        break;
    case WorklistKind::InApproval:
        terms << QStringLiteral("c.status IN (%1, %2) AND c.department <> ''")
                     .arg(status(CaseStatus::Accepted), status(CaseStatus::AcceptedWithDeferral));
        break;
    case WorklistKind::Overdue:
        // The most urgent light red, as lightsOf(MostUrgent).red says it, from the index's
        // red_after (the earliest due day that can be late): one range of its index.
        terms << QStringLiteral("c.red_after < %1").arg(today);
        break;
    case WorklistKind::ReadyForHandOut:
        terms << QStringLiteral("c.status IN (%1, %2)")
                     .arg(status(CaseStatus::Approved), status(CaseStatus::Refused));
        break;
    case WorklistKind::Ended:
        terms << QStringLiteral("c.status IN (%1, %2)")
                     .arg(status(CaseStatus::Terminated), status(CaseStatus::Withdrawn));
        break;
    case WorklistKind::ComplaintFollowUp:
        terms << QStringLiteral("c.follow_up_due IS NOT NULL");
        break;
    case WorklistKind::MyProxyCases:
        // proxy_commit_due is set while the 代办 runs (indexed with the agent).
        terms << QStringLiteral("c.proxy_commit_due IS NOT NULL AND c.proxy_agent = ? AND "
                                "c.proxy_completed_on IS NULL");
        w.values << m_login;
        break;
    case WorklistKind::ProxyCases:
        terms << QStringLiteral("c.proxy_commit_due IS NOT NULL AND c.proxy_agent <> '' AND "
                                "c.proxy_completed_on IS NULL");
        break;
    }
    if (f.receivedFrom.isValid()) {
        terms << QStringLiteral("c.received_on >= ?");
        w.values << f.receivedFrom.toString(Qt::ISODate);
    }
    if (f.receivedUntil.isValid()) {
        terms << QStringLiteral("c.received_on <= ?");
        w.values << f.receivedUntil.toString(Qt::ISODate);
    }
    if (f.dueFrom.isValid() || f.dueUntil.isValid()) {
        // Only a deadline that runs has a due day.
        QString due = dueExpression(clockOf(kind));
        // The raw column outlives its deadline (a notice's day after the notice, a supplement
        // day after the materials came); the index's warning day says whether it runs.
        if (clockOf(kind) == WorklistClock::Supplement)
            due = QStringLiteral("(CASE WHEN c.supplement_warn_from IS NOT NULL THEN "
                                 "c.supplement_due END)");
        else if (clockOf(kind) == WorklistClock::Notice)
            due =
                QStringLiteral("(CASE WHEN c.notice_warn_from IS NOT NULL THEN c.notice_due END)");
        else if (clockOf(kind) == WorklistClock::MostUrgent)
            due = QStringLiteral("c.urgent_due"); // indexed: the desk's "due today"
        terms << QStringLiteral("%1 IS NOT NULL AND %1 >= ? AND %1 <= ?").arg(due);
        w.values << (f.dueFrom.isValid() ? f.dueFrom.toString(Qt::ISODate) : QStringLiteral("0"))
                 << (f.dueUntil.isValid() ? f.dueUntil.toString(Qt::ISODate) : QStringLiteral("8"));
    }
    if (!f.itemCode.isEmpty()) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM json_each(c.items) j WHERE "
                                "json_extract(j.value, '$.code') = ?)");
        w.values << f.itemCode;
    }
    if (!f.department.isEmpty()) {
        // The department it was sent to, or (not sent yet) the catalog's for its items.
        terms << QStringLiteral("(c.department = ? OR (c.department = '' AND EXISTS (SELECT 1 "
                                "FROM json_each(c.items) j WHERE json_extract(j.value, '$.code') "
                                "IN (SELECT code FROM catalog_item WHERE department = ?))))");
        w.values << f.department << f.department;
    }
    if (f.status) {
        terms << QStringLiteral("c.status = ?");
        w.values << toKey(*f.status);
    }
    if (f.light)
        terms << lightCondition(lightsOf(clockOf(kind), today), *f.light);
    if (!f.clerkLogin.isEmpty()) {
        terms << QStringLiteral("c.clerk_login = ?");
        w.values << f.clerkLogin;
    }
    if (!f.terminalCode.isEmpty()) {
        terms << QStringLiteral("c.terminal_code = ?");
        w.values << f.terminalCode;
    }
    w.sql = terms.isEmpty() ? QString()
                            : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

Result<int> WorklistQuery::count(WorklistKind kind, const WorklistFilter &filter) const
{
    const Where w = where(kind, filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM case_record c") + indexOf(kind) + w.sql))
        return readError(q.lastError().text());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    return q.value(0).toInt();
}

Result<QMap<DeadlineLight, int>> WorklistQuery::countByLight(WorklistKind kind,
                                                             const WorklistFilter &filter) const
{
    WorklistFilter unlit = filter;
    unlit.light.reset();
    const Where w = where(kind, unlit);
    const Lights lights = lightsOf(clockOf(kind), quoted(m_today));
    const QList<DeadlineLight> order{DeadlineLight::Green, DeadlineLight::Yellow,
                                     DeadlineLight::Red, DeadlineLight::Paused};
    QStringList sums;
    for (DeadlineLight light : order)
        sums << QStringLiteral("TOTAL(%1)").arg(lightCondition(lights, light));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                   QStringLiteral(" FROM case_record c") + indexOf(kind) + w.sql))
        return readError(q.lastError().text());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return readError(q.lastError().text());
    QMap<DeadlineLight, int> counts;
    for (int i = 0; i < order.size(); ++i)
        counts.insert(order.at(i), q.value(i).toInt());
    return counts;
}

Result<QList<WorklistRow>> WorklistQuery::page(WorklistKind kind, const WorklistFilter &filter,
                                               const WorklistSort &sort, int offset,
                                               int limit) const
{
    const Where w = where(kind, filter);
    QString order;
    switch (sort.column) {
    case WorklistSort::Column::Number:
        break;
    case WorklistSort::Column::ReceivedOn:
        order = QStringLiteral("c.received_on");
        break;
    case WorklistSort::Column::Due:
        // An overdue case's most urgent deadline is its earliest red one: red_after, in
        // the order of the list's index.
        order = kind == WorklistKind::Overdue ? QStringLiteral("c.red_after")
                                              : dueExpression(clockOf(kind));
        break;
    case WorklistSort::Column::Updated:
        order = QStringLiteral("c.updated_at");
        break;
    }
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString orderBy =
        (order.isEmpty() ? QString() : order + direction + QStringLiteral(", ")) +
        QStringLiteral("c.number") + direction;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.item_name, a.name, a.kind, a.id_number, c.clerk_name, "
                                  "c.terminal_code, c.updated_at, c.trips, c.follow_up_due, "
                                  "c.follow_up_days, c.proxy_commit_due, c.proxy_taken_on, ") +
                   DeadlineColumns::select(QStringLiteral("c")) +
                   QStringLiteral(" FROM case_record c") + indexOf(kind) +
                   QStringLiteral(" JOIN applicant a ON a.id_number = "
                                  "c.applicant_id") +
                   w.sql + QStringLiteral(" ORDER BY ") + orderBy +
                   QStringLiteral(" LIMIT ? OFFSET ?")))
        return readError(q.lastError().text());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return readError(q.lastError().text());

    QList<WorklistRow> rows;
    while (q.next()) {
        // The row's own columns, then what CaseDeadlines reads.
        auto read = DeadlineColumns::read(q, 12);
        if (!read)
            return read.error();
        const CaseRecord r = std::move(read).value();
        WorklistRow row;
        row.number = r.number;
        row.status = r.status;
        row.receivedOn = r.receivedOn;
        row.itemName = q.value(0).toString();
        row.applicantName = q.value(1).toString();
        auto applicantKind = CaseJson::applicantKind(q.value(2).toString(),
                                                     QStringLiteral("case_record ") + r.number);
        if (!applicantKind)
            return applicantKind.error();
        Applicant a;
        a.kind = applicantKind.value();
        a.idNumber = q.value(3).toString();
        row.applicantIdMasked = a.maskedId();
        row.clerkName = q.value(4).toString();
        row.terminalCode = q.value(5).toString();
        row.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        row.trips = q.value(7).toInt();

        switch (clockOf(kind)) {
        case WorklistClock::Processing:
            if (auto d = CaseDeadlines::processing(r, m_today, m_calendar, m_policy))
                row.deadline = CaseDeadlines::Running{CaseDeadlines::Which::Processing, *d};
            break;
        case WorklistClock::Supplement:
            if (auto d = CaseDeadlines::supplement(r, m_today, m_calendar, m_policy))
                row.deadline = CaseDeadlines::Running{CaseDeadlines::Which::Supplement, *d};
            break;
        case WorklistClock::Notice:
            if (auto d = CaseDeadlines::noticeWindow(r, m_today, m_calendar, m_policy))
                row.deadline = CaseDeadlines::Running{CaseDeadlines::Which::Notice, *d};
            break;
        case WorklistClock::MostUrgent:
            row.deadline = CaseDeadlines::mostUrgent(r, m_today, m_calendar, m_policy);
            break;
        case WorklistClock::FollowUp:
            // The follow-up due first, counted as RatingRules::followUp does.
            if (const QDate due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
                due.isValid())
                row.deadline = CaseDeadlines::Running{
                    CaseDeadlines::Which::FollowUp,
                    RatingRules::followUpDeadline(due, q.value(9).toInt(), m_today, m_calendar,
                                                  m_policy)};
            break;
        case WorklistClock::Commitment:
            // The commitment date while the 代办 runs, counted as ProxyRules::commitment does.
            if (const QDate due = QDate::fromString(q.value(10).toString(), Qt::ISODate);
                due.isValid())
                row.deadline = CaseDeadlines::Running{
                    CaseDeadlines::Which::Commitment,
                    ProxyRules::commitmentDeadline(
                        QDate::fromString(q.value(11).toString(), Qt::ISODate), due, m_today,
                        m_calendar, m_policy)};
            break;
        case WorklistClock::None:
            break;
        }
        rows << row;
    }
    return rows;
}

} // namespace onetrip
