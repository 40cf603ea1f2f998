#include "Command.h"

#include "common/Paths.h"
#include "common/Translations.h"

#include <QCoreApplication>

using namespace onetrip;

namespace {

QString usage()
{
    return QCoreApplication::translate(
               "onetripctl",
               "Usage: onetripctl [--store FILE] [--data-dir DIR] [--lang zh_CN|en] COMMAND ...\n"
               "\n"
               "Commands:\n"
               "  catalog validate FILE       check a catalog file and list every problem\n"
               "  catalog import FILE         import a catalog file (all or nothing)\n"
               "  catalog export FILE         write the store's current catalog to FILE\n"
               "  db check                    run the store's integrity check\n"
               "  db backup FILE              write a consistent copy of the store\n"
               "  db restore BACKUP           check a backup and put it in the store's place\n"
               "                              (the old file is kept as STORE.damaged-DATE)\n"
               "  db rebuild                  rebuild every case table from the event log\n"
               "  audit verify                check the hash chain of the case history\n"
               "  case show NUMBER            one case with its events and documents (JSON)\n"
               "  case find TEXT              cases by number, ID number, credit code or name\n"
               "  id check [--kind resident|credit-code] VALUE...\n"
               "                              check resident ID numbers or credit codes\n"
               "  deadline YYYY-MM-DD N       the date N working days after a date\n"
               "  calendar import FILE        validate and load working-day calendar years\n"
               "  calendar show YEAR          list a year's holidays and make-up workdays\n"
               "  user add LOGIN ROLE NAME    create a staff user (password from stdin)\n"
               "  user passwd|disable|enable LOGIN | user role LOGIN ROLE | user list\n"
               "                              manage a standalone terminal's staff\n"
               "  demo init                   load the shipped catalog, calendar and demo users\n"
               "  intake check FILE.json|- [--date YYYY-MM-DD]\n"
               "                              check an intake and print the verdict as JSON\n"
               "  generate --cases N [--seed S] [--from DATE --to DATE] [--terminals K]\n"
               "           [--intake-only]    fill the store with realistic cases of every kind\n"
               "                              (accepted ones then routed, decided, handed out\n"
               "                              and rated, some carried by an agent; not with\n"
               "                              --intake-only)\n"
               "  settings show | settings set warning-days N | warning-percent N |\n"
               "           follow-up-days 5|7|15\n"
               "                              the deadline lights' warning window and the\n"
               "                              working days of a 差评 follow-up\n"
               "  hall show | hall set HALL TERMINAL NAME [--address A] [--phone P]\n"
               "                              this store's hall and terminal codes\n"
               "  sync --server URL --user LOGIN [--ca FILE] [--pin SHA256]\n"
               "       [--retry-for SECONDS]  one sync with the server (password from stdin;\n"
               "                              the first registers this terminal; network\n"
               "                              errors are retried for up to SECONDS)\n"
               "  conflicts list | reapply CASE --user LOGIN | discard CASE --user LOGIN\n"
               "            --reason TEXT     a supervisor settles this terminal's sync conflicts\n"
               "\n"
               "Global options may come before or after the command. Messages are in Chinese\n"
               "unless --lang en (or $ONETRIP_LANG=en) is given.\n"
               "The store defaults to %1 (or $ONETRIP_STORE).\n")
        .arg(Paths::defaultStorePath());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onetripctl"));
    // Messages in Chinese unless asked otherwise (--lang, or $ONETRIP_LANG for scripts).
    QString language = qEnvironmentVariable("ONETRIP_LANG", QStringLiteral("zh_CN"));
    const QStringList all = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < all.size(); ++i) {
        if (all.at(i) == QLatin1String("--lang"))
            language = all.at(i + 1);
    }
    if (!Translations::available().contains(language)) {
        Translations::install(QStringLiteral("zh_CN"));
        QTextStream(stderr) << QCoreApplication::translate("onetripctl",
                                                           "--lang takes zh_CN or en, not \"%1\".")
                                   .arg(language)
                            << '\n';
        return ctl::Usage;
    }
    Translations::install(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ctl::Io io{out, err};

    QStringList args = QCoreApplication::arguments().mid(1);
    ctl::Options opts;
    opts.storePath = Paths::defaultStorePath();
    opts.dataDir = Paths::dataDirectory();
    // Global options anywhere on the line (before or after the command); what is left is
    // the command's own.
    QStringList rest;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--lang")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("onetripctl", "%1 needs a value.").arg(arg)
                    << '\n';
                return ctl::Usage;
            }
            args.removeFirst(); // installed above, before any message
        } else if (arg == QLatin1String("--store") || arg == QLatin1String("--data-dir")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("onetripctl", "%1 needs a value.").arg(arg)
                    << '\n';
                return ctl::Usage;
            }
            (arg == QLatin1String("--store") ? opts.storePath : opts.dataDir) = args.takeFirst();
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << usage();
            return ctl::Ok;
        } else if (rest.isEmpty() && arg.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("onetripctl", "Unknown option %1.").arg(arg) << '\n'
                << usage();
            return ctl::Usage;
        } else {
            rest << arg;
        }
    }
    args = rest;
    if (args.isEmpty()) {
        err << usage();
        return ctl::Usage;
    }
    const QString command = args.takeFirst();
    using Runner = int (*)(const QStringList &, const ctl::Options &, ctl::Io);
    const std::pair<const char *, Runner> commands[] = {
        {"catalog", ctl::runCatalog},
        {"db", ctl::runDb},
        {"id", ctl::runId},
        {"deadline", ctl::runDeadline},
        {"calendar", ctl::runCalendar},
        {"user", ctl::runUser},
        {"demo", ctl::runDemo},
        {"intake", ctl::runIntake},
        {"audit", ctl::runAudit},
        {"case", ctl::runCase},
        {"generate", ctl::runGenerate},
        {"sync", ctl::runSync},
        {"hall", ctl::runHall},
        {"conflicts", ctl::runConflicts},
        {"settings", ctl::runSettings},
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(args, opts, io);
    }
    err << QCoreApplication::translate("onetripctl", "Unknown command %1.").arg(command) << '\n'
        << usage();
    return ctl::Usage;
}
