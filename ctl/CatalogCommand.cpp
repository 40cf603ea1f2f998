#include "Command.h"
#include "StoreAccess.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace onetrip::ctl {

namespace {

void printProblems(const CatalogProblems &problems, const QString &file, Io io)
{
    for (const CatalogProblem &p : problems)
        io.out << file << ": " << p.toString() << '\n';
    io.err << QCoreApplication::translate("onetripctl", "%1: %2 problem(s) found.")
                  .arg(file)
                  .arg(problems.size())
           << '\n';
}

int validate(const QString &file, const Options &opts, Io io)
{
    const CatalogJson::ReadResult read = CatalogJson::readFile(file);
    if (!read.problems.isEmpty()) {
        printProblems(read.problems, file, io);
        return Invalid;
    }
    Q_UNUSED(opts);
    io.out << QCoreApplication::translate("onetripctl", "%1: valid — %2 item(s), %3 bundle(s).")
                  .arg(file)
                  .arg(read.catalog.guides.size())
                  .arg(read.catalog.bundles.size())
           << '\n';
    return Ok;
}

int import(const QString &file, const Options &opts, Io io)
{
    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    SystemClock clock;
    auto outcome = CatalogImporter::importFile(*db, file, clock);
    if (!outcome) {
        io.err << outcome.error().message << '\n';
        return Failed;
    }
    if (!outcome->problems.isEmpty()) {
        printProblems(outcome->problems, file, io);
        io.err << QCoreApplication::translate("onetripctl", "Nothing was imported.") << '\n';
        return Invalid;
    }
    const ImportReport &r = outcome->report;
    io.out << QCoreApplication::translate(
                  "onetripctl",
                  "Imported %1: %2 new item(s), %3 with a new guide version, %4 unchanged, %5 "
                  "bundle(s).")
                  .arg(file)
                  .arg(r.added)
                  .arg(r.versioned)
                  .arg(r.unchanged)
                  .arg(r.bundles)
           << '\n';
    return Ok;
}

int exportTo(const QString &file, const Options &opts, Io io)
{
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto catalog = CatalogRepository(*db).exportCurrent();
    if (!catalog) {
        io.err << catalog.error().message << '\n';
        return Failed;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(CatalogJson::write(catalog.value())) < 0 ||
        !out.commit()) {
        io.err << QCoreApplication::translate("onetripctl", "Cannot write %1: %2")
                      .arg(file, out.errorString())
               << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate("onetripctl",
                                          "Exported %1 item(s) and %2 bundle(s) to %3.")
                  .arg(catalog->guides.size())
                  .arg(catalog->bundles.size())
                  .arg(file)
           << '\n';
    return Ok;
}

} // namespace

int runCatalog(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() != 2) {
        io.err << QCoreApplication::translate(
                      "onetripctl", "Usage: onetripctl catalog validate|import|export FILE")
               << '\n';
        return Usage;
    }
    const QString &action = args.at(0);
    if (action == QLatin1String("validate"))
        return validate(args.at(1), opts, io);
    if (action == QLatin1String("import"))
        return import(args.at(1), opts, io);
    if (action == QLatin1String("export"))
        return exportTo(args.at(1), opts, io);
    io.err << QCoreApplication::translate(
                  "onetripctl", "Unknown catalog action %1: use validate, import or export.")
                  .arg(action)
           << '\n';
    return Usage;
}

} // namespace onetrip::ctl
