// Case desk benchmark on a lived-in store (`onetripctl generate`): opening the store, opening
// a case by number and by a document's number, the first page and the count of every
// worklist and the desk's counts — each through OneTrip (CaseQueries, WorklistQuery) beside
// the same query written by hand on SQLite in the same run — and the memory of this process
// with the store open. Read-only but for the deadline index (counted once, timed apart).
// Usage: onetrip-bench-casedesk --store FILE [--today YYYY-MM-DD] [--cases N] [--rounds R]
#include "BenchCases.h"
#include "BenchStats.h"

#include "calendar/CalendarRepository.h"
#include "cases/CaseNumber.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "common/Clock.h"
#include "deadline/DeadlineSettings.h"
#include "storage/Database.h"
#include "worklist/WorklistQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <functional>

using namespace onetrip;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void row(const QString &what, const bench::Stats &s)
{
    out << "| " << what << " | " << QString::number(s.p50, 'f', 3) << " | "
        << QString::number(s.p95, 'f', 3) << " | " << QString::number(s.max, 'f', 3) << " |\n";
    out.flush();
}

// Runs `sql` with `values`, reads every column of every row (as a program would), the rows.
int raw(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qFatal("prepare: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec: %s", qPrintable(q.lastError().text()));
    int n = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            static_cast<void>(q.value(c));
        ++n;
    }
    return n;
}

bench::Stats timed(int rounds, const std::function<void()> &f)
{
    QList<double> samples;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        samples << msSince(t);
    }
    return bench::stats(samples);
}

QString q(QDate d)
{
    return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\'');
}

// Each worklist as a person would write it for SQLite on the same schema and indexes: its
// condition and its order (WorklistQuery::defaultSort); the page joins the applicant for the
// name, the count counts the condition.
struct Hand
{
    QString where, order;
    QString index = {}; // the list's own index, named as WorklistQuery names it
};

Hand hand(WorklistKind kind, QDate today)
{
    const QString t = q(today);
    switch (kind) {
    case WorklistKind::All:
        return {{}, QStringLiteral("c.received_on DESC, c.number DESC")};
    case WorklistKind::MineToday:
        return {QStringLiteral("c.number IN (SELECT case_number FROM case_visit WHERE "
                               "clerk_login = 'clerk01' AND visited_at >= %1 AND visited_at < %2)")
                    .arg(t, q(today.addDays(1))),
                QStringLiteral("c.updated_at DESC, c.number DESC")};
    case WorklistKind::Correction:
        return {QStringLiteral("c.status IN ('received', 'correction-requested')"),
                QStringLiteral("c.notice_due, c.number"),
                QStringLiteral("case_record_list_correction")};
    case WorklistKind::Supplement:
        return {QStringLiteral("c.status = 'accepted-with-deferral'"),
                QStringLiteral("c.supplement_due, c.number")};
    case WorklistKind::InProgress:
        return {QStringLiteral("c.status IN ('accepted', 'accepted-with-deferral')"),
                QStringLiteral("c.clock_due, c.number"),
                QStringLiteral("case_record_list_in_progress")};
    case WorklistKind::InApproval:
        return {QStringLiteral("c.status IN ('accepted', 'accepted-with-deferral') AND "
                               "c.department <> ''"),
                QStringLiteral("c.clock_due, c.number"),
                QStringLiteral("case_record_list_in_approval")};
    case WorklistKind::Overdue:
        return {QStringLiteral("c.red_after < %1").arg(t), QStringLiteral("c.red_after, c.number"),
                QStringLiteral("case_record_red")};
    case WorklistKind::ReadyForHandOut:
        return {QStringLiteral("c.status IN ('approved', 'refused')"),
                QStringLiteral("c.updated_at, c.number"),
                QStringLiteral("case_record_list_hand_out")};
    case WorklistKind::Ended:
        return {QStringLiteral("c.status IN ('terminated', 'withdrawn')"),
                QStringLiteral("c.updated_at DESC, c.number DESC"),
                QStringLiteral("case_record_list_ended")};
    case WorklistKind::ComplaintFollowUp:
        return {QStringLiteral("c.follow_up_due IS NOT NULL"),
                QStringLiteral("c.follow_up_due, c.number")};
    case WorklistKind::MyProxyCases:
        return {QStringLiteral("c.proxy_commit_due IS NOT NULL AND c.proxy_agent = 'agent01'"),
                QStringLiteral("c.proxy_commit_due, c.number")};
    case WorklistKind::ProxyCases:
        return {QStringLiteral("c.proxy_commit_due IS NOT NULL"),
                QStringLiteral("c.proxy_commit_due, c.number")};
    }
    return {};
}

QString handPage(const Hand &h)
{
    return QStringLiteral(
               "SELECT c.number, c.status, c.received_on, c.item_name, a.name, a.kind, "
               "a.id_number, c.clerk_name, c.terminal_code, c.updated_at, c.trips, c.clock_due, "
               "c.clock_warn_from, c.supplement_due, c.notice_due, c.follow_up_due, "
               "c.proxy_commit_due FROM case_record c") +
           (h.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + h.index) +
           QStringLiteral(" JOIN applicant a ON a.id_number = c.applicant_id") +
           (h.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + h.where) +
           QStringLiteral(" ORDER BY ") + h.order + QStringLiteral(" LIMIT 50");
}

QString handCount(const Hand &h)
{
    return QStringLiteral("SELECT count(*) FROM case_record c") +
           (h.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + h.index) +
           (h.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + h.where);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path;
    QDate today = QDate(2026, 12, 1);
    int cases = 300, rounds = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--store"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--today"))
            today = QDate::fromString(args.at(i + 1), Qt::ISODate);
        else if (args.at(i) == QLatin1String("--cases"))
            cases = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
    }
    if (path.isEmpty() || !today.isValid() || cases < 1 || rounds < 1)
        qFatal("usage: onetrip-bench-casedesk --store FILE [--today YYYY-MM-DD] [--cases N] "
               "[--rounds R]");

    const auto [rss0, hwm0] = bench::memoryMiB();
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.describe()));
    const double openMs = msSince(t);
    const Database &db = *opened.value();
    auto setup = HallSettings(db).load();
    auto calendar = CalendarRepository(db).load();
    auto policy = DeadlineSettings::load(db);
    if (!setup || !setup->has_value() || !calendar || !policy)
        qFatal("the store has no hall, calendar or deadline setting");
    ManualClock clock(QDateTime(today, QTime(9, 0)));
    const CaseService service(db, clock, calendar.value(), setup->value().hall,
                              setup->value().terminal);

    out << "store " << path << ", today " << today.toString(Qt::ISODate) << "\n";
    for (const char *table : {"case_record", "case_event", "case_document"})
        out << table << ": "
            << raw(db, QStringLiteral("SELECT 1 FROM %1").arg(QLatin1String(table))) << " rows\n";
    out << "open the store (Database::open, migrations, no quick_check): "
        << QString::number(openMs, 'f', 1) << " ms\n";

    // The deadline index: counted once after generation or a calendar change (timed apart).
    const WorklistQuery lists(db, calendar.value(), policy.value(), today,
                              QStringLiteral("clerk01"));
    t.restart();
    if (Status s = lists.refreshIndex(); !s)
        qFatal("%s", qPrintable(s.describe()));
    out << "deadline index counted (first time after generation): "
        << QString::number(msSince(t) / 1000, 'f', 1) << " s\n";
    t.restart();
    static_cast<void>(lists.refreshIndex());
    out << "deadline index refresh with nothing stale: " << QString::number(msSince(t), 'f', 3)
        << " ms\n";
    // A published holiday (the next working day off): every open case counted again — in the
    // app on ClockIndexKeeper's thread, while the window's bounded refresh does nothing —
    // and then again with the calendar in use.
    WorkdayCalendar published = calendar.value();
    QDate off = today.addDays(1);
    while (!published.isWorkingDay(off))
        off = off.addDays(1);
    if (std::optional<CalendarYear> year = published.year(off.year())) {
        year->weekdayOffDays << off;
        published.setYear(*year);
        const WorklistQuery moved =
            WorklistQuery(db, published, policy.value(), today, QStringLiteral("clerk01"));
        t.restart();
        auto bounded = moved.refreshIndexWithin(500);
        const double boundedMs = msSince(t);
        if (!bounded)
            qFatal("%s", qPrintable(bounded.describe()));
        t.restart();
        if (Status s = moved.refreshIndex(); !s)
            qFatal("%s", qPrintable(s.describe()));
        const double movedS = msSince(t) / 1000;
        t.restart();
        if (Status s = lists.refreshIndex(); !s)
            qFatal("%s", qPrintable(s.describe()));
        out << "the window's bounded refresh with a published holiday ("
            << off.toString(Qt::ISODate)
            << (bounded.value() ? " off; counted: few cases): " : " off; nothing done): ")
            << QString::number(boundedMs, 'f', 3)
            << " ms\ndeadline index counted again for it (every open case): "
            << QString::number(movedS, 'f', 1)
            << " s, and back to the calendar in use: " << QString::number(msSince(t) / 1000, 'f', 1)
            << " s\n";
    }
    out << "\n";

    // Case numbers spread over the store, in a fixed order.
    const QStringList numbers = bench::sampleCaseNumbers(db, cases);
    QStringList documentNumbers;
    for (const QString &n : std::as_const(numbers)) {
        QSqlQuery d(db.connection());
        d.prepare(QStringLiteral("SELECT number FROM case_document WHERE case_number = ? LIMIT 1"));
        d.addBindValue(n);
        if (d.exec() && d.next())
            documentNumbers << d.value(0).toString();
    }

    out << "| " << cases << " cases, ms | p50 | p95 | max |\n|---|---|---|---|\n";
    auto sweep = [&](const std::function<void(const QString &)> &f, const QStringList &of) {
        QList<double> samples;
        for (int round = 0; round < 3; ++round) {
            for (const QString &n : of) {
                QElapsedTimer one;
                one.start();
                f(n);
                samples << msSince(one);
            }
        }
        return bench::stats(samples);
    };
    row(QStringLiteral("OneTrip: open a case by number (`CaseQueries::open`)"),
        sweep(
            [&](const QString &n) {
                if (!service.queries().open(n))
                    qFatal("open %s", qPrintable(n));
            },
            numbers));
    row(QStringLiteral("hand SQL: its case_record row, checks and documents"),
        sweep(
            [&](const QString &n) {
                raw(db, QStringLiteral("SELECT * FROM case_record WHERE number = ?"), {n});
                raw(db,
                    QStringLiteral("SELECT * FROM case_check WHERE case_number = ? ORDER BY "
                                   "position"),
                    {n});
                raw(db, QStringLiteral("SELECT * FROM case_document WHERE case_number = ?"), {n});
            },
            numbers));
    row(QStringLiteral("OneTrip: open a case by a document's number (`openByDocument`)"),
        sweep(
            [&](const QString &n) {
                if (!service.queries().openByDocument(n))
                    qFatal("open %s", qPrintable(n));
            },
            documentNumbers));
    row(QStringLiteral("OneTrip: the case's history (`CaseQueries::events`)"),
        sweep([&](const QString &n) { static_cast<void>(service.queries().events(n)); }, numbers));
    row(QStringLiteral("hand SQL: its case_event rows"),
        sweep(
            [&](const QString &n) {
                raw(db,
                    QStringLiteral("SELECT * FROM case_event WHERE case_number = ? ORDER BY "
                                   "rowid"),
                    {n});
            },
            numbers));

    out << "\n| worklist (" << rounds
        << " rounds, ms) | rows | OneTrip page p50 | p95 | hand SQL p50 | p95 | ratio p50 | "
           "OneTrip count p50 | hand COUNT p50 |\n|---|---|---|---|---|---|---|---|---|\n";
    for (WorklistKind kind : allWorklists()) {
        const WorklistQuery forKind(db, calendar.value(), policy.value(), today,
                                    kind == WorklistKind::MyProxyCases ? QStringLiteral("agent01")
                                                                       : QStringLiteral("clerk01"));
        int rows = 0;
        const bench::Stats page = timed(rounds, [&] {
            auto p = forKind.page(kind, {}, WorklistQuery::defaultSort(kind), 0, 50);
            if (!p)
                qFatal("%s", qPrintable(p.describe()));
            rows = int(p->size());
        });
        const Hand written = hand(kind, today);
        const QString sql = handPage(written);
        int handRows = 0;
        const bench::Stats byHand = timed(rounds, [&] { handRows = raw(db, sql); });
        int members = 0;
        const bench::Stats count =
            timed(rounds, [&] { members = forKind.count(kind, {}).value(); });
        const QString countSql = handCount(written);
        const bench::Stats countByHand = timed(rounds, [&] { raw(db, countSql); });
        out << "| " << toKey(kind) << " (" << members << ") | " << rows << "/" << handRows << " | "
            << QString::number(page.p50, 'f', 3) << " | " << QString::number(page.p95, 'f', 3)
            << " | " << QString::number(byHand.p50, 'f', 3) << " | "
            << QString::number(byHand.p95, 'f', 3) << " | "
            << QString::number(byHand.p50 > 0 ? page.p50 / byHand.p50 : 0, 'f', 1) << "x | "
            << QString::number(count.p50, 'f', 3) << " | "
            << QString::number(countByHand.p50, 'f', 3) << " |\n";
        out.flush();
    }

    // The desk (DeskPage::reload): every list's count, the four lights of the cases in
    // progress, what falls due today and on the next working day.
    const QDate next = calendar->addWorkingDays(today, 1).date;
    const bench::Stats desk = timed(std::max(3, rounds / 4), [&] {
        for (WorklistKind kind : worklistsFor(Role::Clerk))
            static_cast<void>(lists.count(kind, {}));
        if (!lists.countByLight(WorklistKind::InProgress, {}))
            qFatal("lights");
        for (QDate d : {today, next}) {
            WorklistFilter f;
            f.dueFrom = f.dueUntil = d;
            static_cast<void>(lists.count(WorklistKind::All, f));
        }
    });
    // The same figures by hand: each list's COUNT, the lights in one pass over the list's
    // index, the due days as a range of urgent_due.
    const QString day = q(today);
    const QString paused = QStringLiteral("IFNULL(c.clock_paused_on <= c.clock_due, 0)");
    const QString lightsSql =
        QStringLiteral("SELECT TOTAL(%1), TOTAL(NOT %1 AND c.clock_due < %2), TOTAL(NOT %1 AND "
                       "c.clock_due >= %2 AND c.clock_warn_from <= %2), TOTAL(NOT %1 AND "
                       "c.clock_warn_from > %2) FROM case_record c INDEXED BY "
                       "case_record_list_in_progress WHERE c.status IN ('accepted', "
                       "'accepted-with-deferral')")
            .arg(paused, day);
    const bench::Stats deskByHand = timed(std::max(3, rounds / 4), [&] {
        for (WorklistKind kind : worklistsFor(Role::Clerk))
            raw(db, handCount(hand(kind, today)));
        raw(db, lightsSql);
        for (QDate d : {today, next})
            raw(db,
                QStringLiteral("SELECT count(*) FROM case_record WHERE urgent_due = %1").arg(q(d)));
    });
    out << "\nthe desk's counts (" << worklistsFor(Role::Clerk).size() + 3
        << " queries: every list, the lights in one pass, two due days): p50 "
        << QString::number(desk.p50, 'f', 1) << " ms, max " << QString::number(desk.max, 'f', 1)
        << " ms; by hand p50 " << QString::number(deskByHand.p50, 'f', 1) << " ms, max "
        << QString::number(deskByHand.max, 'f', 1) << " ms\n";

    const auto [rss, hwm] = bench::memoryMiB();
    out << "memory of this process: before the store " << QString::number(rss0, 'f', 1)
        << " MiB; now " << QString::number(rss, 'f', 1) << " MiB (peak "
        << QString::number(hwm, 'f', 1) << " MiB; before " << QString::number(hwm0, 'f', 1)
        << ")\n";
    return 0;
}
