#include "Command.h"
#include "StoreAccess.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/HallSettings.h"
#include "common/Clock.h"
#include "deadline/DeadlineSettings.h"
#include "demo/CaseGenerator.h"
#include "demo/DemoData.h"
#include "worklist/CaseClockIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "onetripctl", "Usage: onetripctl [--store FILE] generate --cases N [--seed S] "
                      "[--from YYYY-MM-DD --to YYYY-MM-DD] [--terminals K] [--intake-only]");
}

struct Parsed
{
    CaseGenerator::Options options;
    QString problem;
};

Parsed parse(const QStringList &args)
{
    Parsed p;
    p.options.from = QDate(2026, 1, 5);
    p.options.to = QDate(2026, 12, 31);
    p.options.life = true;
    bool haveCases = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &name = args.at(i);
        if (name == QLatin1String("--intake-only")) { // no life after acceptance
            p.options.life = false;
            continue;
        }
        const QString value = args.value(i + 1);
        bool ok = false;
        if (name == QLatin1String("--cases")) {
            p.options.cases = value.toLongLong(&ok);
            ok = ok && p.options.cases >= 0;
            haveCases = ok;
        } else if (name == QLatin1String("--seed")) {
            p.options.seed = value.toUInt(&ok);
        } else if (name == QLatin1String("--terminals")) {
            p.options.terminals = value.toInt(&ok);
            ok = ok && p.options.terminals >= 1 && p.options.terminals <= 99;
        } else if (name == QLatin1String("--from") || name == QLatin1String("--to")) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            ok = d.isValid();
            (name == QLatin1String("--from") ? p.options.from : p.options.to) = d;
        }
        if (!ok) {
            p.problem = QCoreApplication::translate("onetripctl", "%1: \"%2\" is not valid.")
                            .arg(name, value);
            return p;
        }
        ++i;
    }
    if (!haveCases)
        p.problem = QCoreApplication::translate("onetripctl", "Say how many cases: --cases N.");
    return p;
}

} // namespace

int runGenerate(const QStringList &args, const Options &opts, Io io)
{
    Parsed parsed = parse(args);
    if (!parsed.problem.isEmpty()) {
        io.err << parsed.problem << '\n' << usage() << '\n';
        return Usage;
    }
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    // Generated data, not a hall's promises: the durability of every commit is not needed
    // and would make two million cases take hours.
    (void)db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // Nor a write-ahead log: each of millions of small commits would be written twice (log,
    // then checkpoint). The next open puts the store back in WAL mode.
    (void)db->exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    (void)db->exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB
    SystemClock clock;
    if (Status s = DemoData::ensure(*db, opts.dataDir, clock); !s) {
        printError(s.error(), io);
        return Failed;
    }
    HallSettings settings(*db);
    auto setup = settings.load();
    if (!setup) {
        printError(setup.error(), io);
        return Failed;
    }
    HallInfo hall = setup->has_value() ? setup->value().hall : DemoData::demoHall().hall;
    if (!setup->has_value()) {
        if (Status s = settings.save(hall, QStringLiteral("T01")); !s) {
            printError(s.error(), io);
            return Failed;
        }
    }
    if (setup->has_value())
        parsed.options.ownTerminal = setup->value().terminal.terminalCode;
    UserRepository users(*db);
    auto clerk = users.authenticate(QStringLiteral("clerk01"), DemoData::demoPassword());
    if (!clerk) {
        printError(clerk.error(), io);
        io.err << QCoreApplication::translate("onetripctl", "generate needs the demo users "
                                                            "(clerk01, super01).")
               << '\n';
        return Failed;
    }
    parsed.options.supervisor =
        SupervisorApproval{QStringLiteral("super01"), DemoData::demoPassword(), {}};
    // The 差评 follow-up and the 代办 need the demo's supervisor and agent.
    for (const auto &[login, into] : {std::pair{"super01", &parsed.options.supervisorUser},
                                      std::pair{"agent01", &parsed.options.agent}}) {
        auto user = users.authenticate(QLatin1String(login), DemoData::demoPassword());
        if (!user) {
            printError(user.error(), io);
            return Failed;
        }
        *into = user.value();
    }
    QElapsedTimer timer;
    timer.start();
    parsed.options.progress = [&io, &timer](qint64 cases) {
        io.err << QCoreApplication::translate("onetripctl", "%1 cases (%2 s) ...")
                      .arg(cases)
                      .arg(timer.elapsed() / 1000)
               << '\n';
        io.err.flush();
    };
    auto report = CaseGenerator::run(*db, hall, clerk.value(), parsed.options);
    if (!report) {
        printError(report.error(), io);
        return Failed;
    }
    // The worklists' deadline index counted now, while the store's pages are warm: else the
    // first list opened on it counts every open case (minutes on a cold store of millions).
    QElapsedTimer counting;
    counting.start();
    auto calendar = CalendarRepository(*db).load();
    auto policy = calendar ? DeadlineSettings::load(*db) : Result<WarningPolicy>(calendar.error());
    auto indexed = policy ? CaseClockIndex::refresh(*db, calendar.value(), policy.value())
                          : Result<CaseClockIndex::Report>(policy.error());
    if (!indexed) {
        printError(indexed.error(), io);
        return Failed;
    }
    io.err << QCoreApplication::translate("onetripctl",
                                          "Deadlines of %1 case(s) counted for the worklists "
                                          "(%2 s).")
                  .arg(indexed->counted)
                  .arg(double(counting.elapsed()) / 1000.0, 0, 'f', 1)
           << '\n';
    io.out << QCoreApplication::translate("onetripctl",
                                          "Generated %1 case(s) over %2 working day(s) in %3 s.")
                  .arg(report->cases)
                  .arg(report->days)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
           << '\n';
    for (CaseGenerator::Kind kind : CaseGenerator::allKinds())
        io.out << CaseGenerator::key(kind) << '\t' << report->counts.value(kind) << '\n';
    for (auto it = report->life.cbegin(); it != report->life.cend(); ++it)
        io.out << it.key() << '\t' << it.value() << '\n';
    return Ok;
}

} // namespace onetrip::ctl
