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

// The statuses no deadline runs in, as an SQL list (built from CaseDeadlines, not copied).
QString quietStatuses()
{
    QStringList keys;
    for (CaseStatus s : CaseTransitions::all()) {
        if (!CaseDeadlines::mayRun(s))
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

// How many rows are stale, counted up to `atMost`.
Result<int> staleRows(const Database &db, int atMost)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_record WHERE "
                             "clock_stale = 1 LIMIT ?)"));
    q.addBindValue(atMost);
    if (!q.exec() || !q.next())
        return indexError(q.lastError().text());
    return q.value(0).toInt();
}

// How many cases a deadline runs in (as the rebase marks them stale, by the status and the
// partial indexes: a case in two of the three is counted twice), up to `atMost`.
Result<int> openRows(const Database &db, int atMost)
{
    QStringList running;
    for (CaseStatus s : CaseTransitions::all()) {
        if (CaseDeadlines::mayRun(s))
            running << QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
    }
    int n = 0;
    for (const QString &where : {QString(QStringLiteral("status IN (") +
                                         running.join(QLatin1Char(',')) + QLatin1Char(')')),
                                 QStringLiteral("follow_up_due IS NOT NULL"),
                                 QStringLiteral("proxy_commit_due IS NOT NULL")}) {
        if (n >= atMost)
            break;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_record WHERE ") + where +
                  QStringLiteral(" LIMIT ?)"));
        q.addBindValue(atMost - n);
        if (!q.exec() || !q.next())
            return indexError(q.lastError().text());
        n += q.value(0).toInt();
    }
    return n;
}

// Counts up to kStep stale rows in one transaction; the number counted.
Result<int> step(const Database &db, const WorkdayCalendar &calendar, const WarningPolicy &policy)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT ") + DeadlineColumns::select() +
                   QStringLiteral(", follow_up_due, follow_up_days, proxy_commit_due, "
                                  "proxy_taken_on FROM case_record WHERE clock_stale = 1 LIMIT ?"));
    select.addBindValue(kStep);
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
        auto stale = staleRows(db, limit + 1);
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
    {
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        if (stored.value() != now) {
            report.rebased = true;
            if (Status s =
                    db.exec(QStringLiteral("UPDATE case_record SET clock_stale = 1 WHERE "
                                           "clock_stale = 0 AND (status NOT IN ") +
                            quietStatuses() +
                            QStringLiteral(" OR follow_up_due IS NOT NULL OR proxy_commit_due IS "
                                           "NOT NULL)"));
                !s)
                return s.error();
            if (Status s = SettingTable::setValue(db, kBasisKey, now); !s)
                return indexError(s.error().detail);
        }
        // Ended cases have no deadline (but an open 差评 follow-up or a running 代办): one
        // statement, not one per case (a rebuilt store of millions is nearly all ended). The
        // stale rows by their partial index: "+status" keeps SQLite from reading every ended
        // case by the status index at each refresh.
        QStringList cleared{QStringLiteral("clock_stale = 0")};
        for (const QString &column : columns().mid(1))
            cleared << column + QStringLiteral(" = NULL");
        if (Status s = db.exec(QStringLiteral("UPDATE case_record SET ") +
                               cleared.join(QStringLiteral(", ")) +
                               QStringLiteral(" WHERE clock_stale = 1 AND follow_up_due IS NULL "
                                              "AND proxy_commit_due IS NULL AND +status IN ") +
                               quietStatuses());
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    for (;;) {
        auto n = step(db, calendar, policy);
        if (!n)
            return n.error();
        report.counted += n.value();
        if (n.value() < kStep)
            break;
        if (progress && !progress(report.counted)) {
            report.complete = false;
            break;
        }
    }
    return report;
}

} // namespace onetrip
