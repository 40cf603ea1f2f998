// The clerk's window on a lived-in store (`onetripctl generate`), offscreen: the main window
// signed in as clerk01 with its desk, every worklist shown in the worklist page until its
// first page is in the table, cases opened in the case view (its history, deadlines, visits,
// 代办) — timed — and the memory of the client process with that store open (the budget:
// 150 MB); then a holiday published and withdrawn, the window's longest wait while the
// deadline index is counted again in the background. Read-only but for the deadline index.
// Usage: onetrip-bench-deskwindow --store FILE [--today YYYY-MM-DD] [--cases N]
#include "BenchCases.h"
#include "BenchStats.h"

#include "auth/UserRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "common/Clock.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString mib(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path;
    QDate today(2026, 12, 1);
    int cases = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--store"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--today"))
            today = QDate::fromString(args.at(i + 1), Qt::ISODate);
        else if (args.at(i) == QLatin1String("--cases"))
            cases = args.at(i + 1).toInt();
    }
    if (path.isEmpty() || !today.isValid() || cases < 1)
        qFatal("usage: onetrip-bench-deskwindow --store FILE [--today YYYY-MM-DD] [--cases N]");

    const auto before = bench::memoryMiB();
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.describe()));
    const Database &db = *opened.value();
    auto clerk = UserRepository(db).authenticate(QStringLiteral("clerk01"), QStringLiteral("demo"));
    if (!clerk)
        qFatal("%s", qPrintable(clerk.describe()));
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppContext context(db, settings);
    context.setUser(clerk.value());
    ManualClock clock(QDateTime(today, QTime(9, 0)));
    context.setClock(&clock);
    MainWindow window(context);
    if (Status loaded = window.loadCatalog(); !loaded)
        qFatal("%s", qPrintable(loaded.describe()));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window did not show");
    QCoreApplication::processEvents();
    out << "store " << path << "\n";
    out << "store opened, signed in, main window with its desk shown: "
        << QString::number(msSince(t), 'f', 0) << " ms (the deadline index counted on the way)\n";
    // The desk's figures come from a thread of its own; meanwhile the window keeps handling
    // events. The longest gap between two turns of its event loop is what a clerk would feel.
    auto *desk = qobject_cast<DeskPage *>(window.page(u"desk"));
    if (!desk)
        qFatal("no desk");
    QElapsedTimer gap;
    gap.start();
    double longestGap = 0;
    while (desk->isCounting() && msSince(t) < 600000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longestGap = std::max(longestGap, msSince(gap));
        gap.restart();
    }
    if (desk->isCounting())
        qFatal("the desk did not count within ten minutes");
    out << "the desk's figures shown: " << QString::number(msSince(t), 'f', 0)
        << " ms from the start; the window's longest wait for its event loop meanwhile: "
        << QString::number(longestGap, 'f', 1) << " ms\n";
    const auto atDesk = bench::memoryMiB();

    if (Status shown = window.showPage(u"worklists"); !shown)
        qFatal("%s", qPrintable(shown.describe()));
    auto *page = window.findChild<WorklistPage *>();
    if (!page)
        qFatal("no worklist page");
    out << "\n| worklist shown (ms, to its first rows in the table) | rows |\n|---|---|\n";
    for (WorklistKind kind : worklistsFor(Role::Clerk)) {
        bool loaded = false;
        const auto connection =
            QObject::connect(page->model(), &WorklistModel::loaded, [&loaded]() { loaded = true; });
        QElapsedTimer one;
        one.start();
        page->showList(kind);
        // Filled when the model has loaded its count and first page (an empty list too), and
        // the table has had its events.
        while (!loaded && one.elapsed() < 10000)
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QObject::disconnect(connection);
        out << "| " << displayName(kind) << " | " << QString::number(msSince(one), 'f', 1)
            << " ms | " << page->model()->rowCount() << " |\n";
        out.flush();
    }

    const QStringList numbers = bench::sampleCaseNumbers(db, cases);
    QList<double> opens;
    for (const QString &n : std::as_const(numbers)) {
        QElapsedTimer one;
        one.start();
        if (Status s = window.openCase(n); !s)
            qFatal("%s", qPrintable(s.describe()));
        QCoreApplication::processEvents();
        opens << msSince(one);
        if (window.caseDialog())
            window.caseDialog()->close();
        QCoreApplication::processEvents();
    }
    const bench::Stats s = bench::stats(opens);
    out << "\ncase view opened by number (" << s.n << " cases, with its history, deadlines, "
        << "visits): p50 " << QString::number(s.p50, 'f', 1) << " ms, p95 "
        << QString::number(s.p95, 'f', 1) << " ms, max " << QString::number(s.max, 'f', 1)
        << " ms\n";
    const auto after = bench::memoryMiB();
    out << "client memory: before the store " << mib(before.first) << "; at the desk "
        << mib(atDesk.first) << "; after every list and " << s.n << " cases " << mib(after.first)
        << " (peak " << mib(after.second) << ")\n";

    // A holiday published (the next working day off) with the worklists shown: every open
    // case counted again on ClockIndexKeeper's thread, the window's longest wait for its event
    // loop meanwhile; then the calendar in use again, the same way (the store left as found).
    if (Status shown = window.showPage(u"worklists"); !shown)
        qFatal("%s", qPrintable(shown.describe()));
    const WorkdayCalendar inUse = context.calendar();
    WorkdayCalendar published = inUse;
    QDate off = today.addDays(1);
    while (!published.isWorkingDay(off))
        off = off.addDays(1);
    std::optional<CalendarYear> year = published.year(off.year());
    if (!year)
        qFatal("the calendar has no year %d", off.year());
    year->weekdayOffDays << off;
    published.setYear(*year);
    const std::array<const WorkdayCalendar *, 2> both{&published, &inUse};
    for (const WorkdayCalendar *calendar : both) {
        QElapsedTimer recount;
        recount.start();
        context.setCalendar(*calendar);
        const double returnedMs = msSince(recount);
        const bool background = context.clockIndex().isCounting();
        double longest = 0;
        QElapsedTimer wait;
        wait.start();
        while (context.clockIndex().isCounting() && msSince(recount) < 600000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            longest = std::max(longest, msSince(wait));
            wait.restart();
        }
        if (context.clockIndex().isCounting())
            qFatal("the deadline index was not counted within ten minutes");
        const QString what =
            calendar == &published
                ? QStringLiteral("\na holiday published (%1 off)").arg(off.toString(Qt::ISODate))
                : QStringLiteral("the calendar in use again");
        out << what << ": setCalendar returned in " << QString::number(returnedMs, 'f', 1)
            << " ms; "
            << (background ? "every open case counted again on the keeper's thread in "
                           : "counted on the window's thread (few cases) in ")
            << QString::number(msSince(recount) / 1000, 'f', 1)
            << " s; the window's longest wait for its event loop meanwhile "
            << QString::number(longest, 'f', 1) << " ms\n";
    }
    return 0;
}
