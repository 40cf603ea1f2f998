#include "worklist/CaseClockIndex.h"

#include "cases/CaseClockRules.h"
#include "cases/CaseDeadlines.h"
#include "proxy/ProxyRules.h"
#include "rating/RatingRules.h"
#include "storage/Database.h"
#include "storage/SettingTable.h"
#include "worklist/DeadlineColumns.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

const QString kBasisKey = QStringLiteral("worklist.clock-basis");
constexpr int kStep = 2000; // rows per write transaction: the sync thread is not held long
// Rows marked or cleared per write transaction (a statement each, no counting in C++).
constexpr int kRange = 20000;

Error indexError(const QString &detail)
{
    return Error{QCoreApplication::translate("Worklists",
                                             "The case deadlines could not be counted for the "
                                             "worklists."),
                 detail};
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

// The statuses a deadline runs in (`running`) or none does, as an SQL list (built from
// CaseDeadlines, not copied).
QString statuses(bool running)
{
    QStringList keys;
    for (CaseStatus s : CaseTransitions::all()) {
        if (CaseDeadlines::mayRun(s) == running)
            keys << QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
    }
    return QLatin1Char('(') + keys.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<QString> storedBasis(const Database &db)
{
    auto stored = SettingTable::value(db, kBasisKey);
    if (!stored)
        return indexError(stored.error().detail);
    return stored.value().value_or(QString());
}

struct Counted
{
    QVariant due, warnFrom, pausedOn, supplementWarnFrom, noticeWarnFrom, followUpWarnFrom,
        proxyWarnFrom, urgentDue, redAfter;
};

// One case's index values. With the clock stopped, the due day and window are those of the
// stopped time so far: the light is "paused" (the SQL says so from clock_paused_on) until
// the clock runs again, which changes the case and marks it stale.
Result<Counted> count(const QSqlQuery &q, const WorkdayCalendar &calendar,
                      const WarningPolicy &policy)
{
    auto read = DeadlineColumns::read(q);
    if (!read)
        return read.error();
    CaseRecord r = std::move(read).value();

    Counted c{date({}), date({}), date({}), date({}), date({}),
              date({}), date({}), date({}), date({})};
    // The 差评 follow-up due first (any status: ended cases are rated too).
    if (const QDate due =
            QDate::fromString(q.value(DeadlineColumns::kCount).toString(), Qt::ISODate);
        due.isValid())
        c.followUpWarnFrom =
            date(RatingRules::followUpDeadline(due, q.value(DeadlineColumns::kCount + 1).toInt(),
                                               due, calendar, policy)
                     .warnFrom);
    // The agent's commitment date while the 代办 runs (any status, as the follow-up).
    const auto day = [&q](int column) {
        return QDate::fromString(q.value(DeadlineColumns::kCount + column).toString(), Qt::ISODate);
    };
    if (const QDate commit = day(2); commit.isValid())
        c.proxyWarnFrom =
            date(ProxyRules::commitmentDeadline(day(3), commit, commit, calendar, policy).warnFrom);
    QDate pausedOn;
    if (CaseClockRules::isPaused(r)) {
        pausedOn = r.pauses.constLast().from;
        c.pausedOn = date(pausedOn);
        r.pauses.removeLast();
    }
    // The day passed as "today" changes nothing counted here (no pause is open now).
    // urgent_due: the earliest due day of those running, a stopped clock's too (the "most
    // urgent" order, the desk's due days). red_after: the earliest of those that can be
    // late — not a clock stopped by its due day (the lists' paused light) — so the case is
    // red exactly after it (the overdue list).
    QDate urgent, red;
    const auto earliest = [](QDate &first, QDate d) {
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    if (auto p = CaseDeadlines::processing(r, r.receivedOn, calendar, policy)) {
        c.due = date(p->due);
        c.warnFrom = date(p->warnFrom);
        earliest(urgent, p->due);
        if (!pausedOn.isValid() || pausedOn > p->due)
            earliest(red, p->due);
    }
    if (auto s = CaseDeadlines::supplement(r, r.receivedOn, calendar, policy)) {
        c.supplementWarnFrom = date(s->warnFrom);
        earliest(urgent, s->due);
        earliest(red, s->due);
    }
    if (auto n = CaseDeadlines::noticeWindow(r, r.receivedOn, calendar, policy)) {
        c.noticeWarnFrom = date(n->warnFrom);
        earliest(urgent, n->due);
        earliest(red, n->due);
    }
    c.urgentDue = date(urgent);
    c.redAfter = date(red);
    return c;
}

// How many rows `where` holds, counted up to `atMost` (by its index: no more rows read).
Result<int> countUpTo(const Database &db, const QString &where, int atMost)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_record WHERE ") + where +
              QStringLiteral(" LIMIT ?)"));
    q.addBindValue(atMost);
    if (!q.exec() || !q.next())
        return indexError(q.lastError().text());
    return q.value(0).toInt();
}

// The cases a deadline runs in, each by its own index: a running status, an open 差评
// follow-up, a running 代办 — what a new basis marks stale.
QStringList runningConditions()
{
    return {QStringLiteral("status IN ") + statuses(true),
            QStringLiteral("follow_up_due IS NOT NULL"),
            QStringLiteral("proxy_commit_due IS NOT NULL")};
}

// How many cases a deadline runs in (a case in two of the conditions counted twice), up to
// `atMost`: by the indexes, never more rows read.
Result<int> openRows(const Database &db, int atMost)
{
    int n = 0;
    for (const QString &where : runningConditions()) {
        if (n >= atMost)
            break;
        auto some = countUpTo(db, where, atMost - n);
        if (!some)
            return some.error();
        n += some.value();
    }
    return n;
}

// One statement in a write transaction of its own.
Status execWrite(const Database &db, const QString &sql, const QVariantList &values = {})
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return indexError(q.lastError().text());
    return tx.commit();
}

// Marks stale every case a deadline runs in, for a new basis; false: stopped by `progress`.
// `few` (a bounded refresh: at most its bound of them): by the indexes. Otherwise in ranges
// of kRange rowids, a write transaction each, so that a store of millions holds the window
// and the sync thread for one range at a time, not for all of it.
Result<bool> markRunning(const Database &db, bool few, const CaseClockIndex::Progress &progress)
{
    const QString set = QStringLiteral("UPDATE case_record SET clock_stale = 1 WHERE clock_stale "
                                       "= 0 AND ");
    if (few) {
        for (const QString &where : runningConditions()) {
            if (Status s = execWrite(db, set + where); !s)
                return s.error();
        }
        return true;
    }
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM case_record")) ||
        !last.next())
        return indexError(last.lastError().text());
    const qint64 end = last.value(0).toLongLong();
    last.finish();
    const QString any = QLatin1Char('(') + runningConditions().join(QStringLiteral(" OR ")) +
                        QStringLiteral(") AND rowid > ? AND rowid <= ?");
    for (qint64 from = 0; from < end; from += kRange) {
        if (Status s = execWrite(db, set + any, {from, from + kRange}); !s)
            return s.error();
        if (from + kRange < end && progress && !progress(0))
            return false;
    }
    return true;
}

// Ended cases have no deadline (but an open 差评 follow-up or a running 代办): their stale
// rows cleared by statements, not case by case (a rebuilt store of millions is nearly all
// ended), kRange at a time along the stale rows' partial index in number order. "+status"
// keeps SQLite from reading every ended case by the status index. False: stopped.
Result<bool> clearEnded(const Database &db, const CaseClockIndex::Progress &progress)
{
    QStringList cleared{QStringLiteral("clock_stale = 0")};
    for (const QString &column : CaseClockIndex::columns().mid(1))
        cleared << column + QStringLiteral(" = NULL");
    const QString ended = QStringLiteral("clock_stale = 1 AND follow_up_due IS NULL AND "
                                         "proxy_commit_due IS NULL AND +status IN ") +
                          statuses(false);
    QString after; // the last number of the range before
    for (;;) {
        QSqlQuery range(db.connection());
        range.setForwardOnly(true);
        range.prepare(QStringLiteral("SELECT max(number), count(*) FROM (SELECT number FROM "
                                     "case_record WHERE ") +
                      ended + QStringLiteral(" AND number > ? ORDER BY number LIMIT ?)"));
        range.addBindValue(after);
        range.addBindValue(kRange);
        if (!range.exec() || !range.next())
            return indexError(range.lastError().text());
        const int rows = range.value(1).toInt();
        if (rows == 0)
            return true;
        const QString until = range.value(0).toString();
        range.finish();
        if (Status s =
                execWrite(db,
                          QStringLiteral("UPDATE case_record SET ") +
                              cleared.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") +
                              ended + QStringLiteral(" AND number > ? AND number <= ?"),
                          {after, until});
            !s)
            return s.error();
        if (rows < kRange)
            return true;
        if (progress && !progress(0))
            return false;
        after = until;
    }
}

// Counts up to `rows` stale rows in one transaction; the number counted.
Result<int> step(const Database &db, const WorkdayCalendar &calendar, const WarningPolicy &policy,
                 int rows)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT ") + DeadlineColumns::select() +
                   QStringLiteral(", follow_up_due, follow_up_days, proxy_commit_due, "
                                  "proxy_taken_on FROM case_record WHERE clock_stale = 1 LIMIT ?"));
    select.addBindValue(rows);
    if (!select.exec())
        return indexError(select.lastError().text());
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral(
        "UPDATE case_record SET clock_stale = 0, clock_due = ?, clock_warn_from = ?, "
        "clock_paused_on = ?, supplement_warn_from = ?, notice_warn_from = ?, "
        "follow_up_warn_from = ?, proxy_warn_from = ?, urgent_due = ?, red_after = ? WHERE "
        "number = ?"));
    int n = 0;
    while (select.next()) {
        auto c = count(select, calendar, policy);
        if (!c)
            return c.error();
        for (const QVariant &v :
             {c->due, c->warnFrom, c->pausedOn, c->supplementWarnFrom, c->noticeWarnFrom,
              c->followUpWarnFrom, c->proxyWarnFrom, c->urgentDue, c->redAfter, select.value(0)})
            update.addBindValue(v);
        if (!update.exec())
            return indexError(update.lastError().text());
        ++n;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

} // namespace

const QStringList &CaseClockIndex::columns()
{
    static const QStringList names{
        QStringLiteral("clock_stale"),          QStringLiteral("clock_due"),
        QStringLiteral("clock_warn_from"),      QStringLiteral("clock_paused_on"),
        QStringLiteral("supplement_warn_from"), QStringLiteral("notice_warn_from"),
        QStringLiteral("follow_up_warn_from"),  QStringLiteral("proxy_warn_from"),
        QStringLiteral("urgent_due"),           QStringLiteral("red_after")};
    return names;
}

QString CaseClockIndex::basis(const WorkdayCalendar &calendar, const WarningPolicy &policy)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("policy %1 %2;")
                     .arg(policy.minimumWorkingDays)
                     .arg(policy.percentOfLimit)
                     .toUtf8());
    for (int y : calendar.years()) {
        const CalendarYear year = calendar.year(y).value_or(CalendarYear{});
        QStringList days;
        for (QDate d : year.weekdayOffDays)
            days << QLatin1Char('-') + d.toString(Qt::ISODate);
        for (QDate d : year.makeupWorkdays)
            days << QLatin1Char('+') + d.toString(Qt::ISODate);
        days.sort();
        hash.addData(QStringLiteral("%1:%2;").arg(y).arg(days.join(QLatin1Char(','))).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<CaseClockIndex::Report> CaseClockIndex::refresh(const Database &db,
                                                       const WorkdayCalendar &calendar,
                                                       const WarningPolicy &policy, int limit,
                                                       const Progress &progress)
{
    Report report;
    const QString now = basis(calendar, policy);
    auto stored = storedBasis(db);
    if (!stored)
        return stored.error();
    if (limit > 0) {
        // What there is to count, by indexes, never more than limit + 1 rows of each read:
        // the stale rows, and with a changed basis every case a deadline runs in.
        auto stale = countUpTo(db, QStringLiteral("clock_stale = 1"), limit + 1);
        if (!stale)
            return stale.error();
        int toCount = stale.value();
        if (stored.value() != now && toCount <= limit) {
            auto open = openRows(db, limit + 1 - toCount);
            if (!open)
                return open.error();
            toCount += open.value();
        }
        if (toCount > limit) {
            report.complete = false;
            return report;
        }
    }
    if (stored.value() != now) {
        report.rebased = true;
        auto marked = markRunning(db, limit > 0, progress);
        if (!marked)
            return marked.error();
        if (!marked.value()) {
            report.complete = false;
            return report;
        }
        // Saved once all are marked: a refresh broken off before marks them again.
        if (Status s = SettingTable::setValue(db, kBasisKey, now); !s)
            return indexError(s.error().detail);
    }
    auto cleared = clearEnded(db, progress);
    if (!cleared)
        return cleared.error();
    if (!cleared.value()) {
        report.complete = false;
        return report;
    }
    // Bounded: one step of the bound and one more row (more than the bound would be a sync
    // that came in since the check: left to the next refresh).
    const int perStep = limit > 0 ? limit + 1 : kStep;
    for (;;) {
        auto n = step(db, calendar, policy, perStep);
        if (!n)
            return n.error();
        report.counted += n.value();
        if (n.value() < perStep)
            break;
        if (limit > 0) {
            report.complete = false;
            break;
        }
        if (progress && !progress(report.counted)) {
            report.complete = false;
            break;
        }
    }
    return report;
}

} // namespace onetrip
