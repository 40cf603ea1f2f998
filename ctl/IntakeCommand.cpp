#include "Command.h"
#include "StoreAccess.h"

#include "catalog/CatalogRepository.h"
#include "intake/Checklist.h"
#include "intake/IntakeJson.h"
#include "intake/VerdictEngine.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate("onetripctl",
                                       "Usage: onetripctl [--store FILE] intake check FILE.json");
}

void printProblems(const IntakeProblems &problems, const QString &file, Io io)
{
    for (const IntakeProblem &p : problems)
        io.err << file << ": " << p.toString() << '\n';
    io.err << QCoreApplication::translate("onetripctl", "%1: %2 problem(s) found.")
                  .arg(file)
                  .arg(problems.size())
           << '\n';
}

// A lookup that found nothing is the file's fault (exit 1); a store failure is not (exit 3).
int exitFor(const Error &error)
{
    return error.detail.isEmpty() ? Invalid : Failed;
}

// The guides the intake names, at their pinned versions.
Result<QList<ServiceGuide>> loadGuides(const IntakeInput &input, const CatalogRepository &catalog)
{
    QStringList codes{input.itemCode};
    if (!input.bundleCode.isEmpty()) {
        auto bundle = catalog.bundle(input.bundleCode);
        if (!bundle)
            return bundle.error();
        codes = bundle->itemCodes;
    }
    QList<ServiceGuide> guides;
    for (const QString &code : codes) {
        auto guide = catalog.guide(code, input.versions.value(code, 0));
        if (!guide)
            return guide.error();
        if (!guide->hasGuideText())
            return Error{QCoreApplication::translate("onetripctl",
                                                     "Item %1 has no published material list: "
                                                     "its intake cannot be checked.")
                             .arg(code),
                         {}};
        guides.append(std::move(guide).value());
    }
    return guides;
}

int check(const QString &file, const Options &opts, Io io)
{
    const IntakeJson::ReadResult read = IntakeJson::readFile(file);
    const IntakeInput &input = read.input;
    const bool named = input.itemCode.isEmpty() != input.bundleCode.isEmpty();
    if (!read.problems.isEmpty() && !named) {
        printProblems(read.problems, file, io);
        return Invalid;
    }
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    const auto guides = loadGuides(input, CatalogRepository(*db));
    if (!guides) {
        if (!read.problems.isEmpty())
            printProblems(read.problems, file, io);
        printError(guides.error(), io);
        return read.problems.isEmpty() ? exitFor(guides.error()) : Invalid;
    }

    // Checked against the guides even when the file has other problems: every problem at once.
    IntakeRequest request;
    const IntakeProblems problems =
        read.problems + IntakeJson::resolve(input, guides.value(), request);
    if (!problems.isEmpty()) {
        printProblems(problems, file, io);
        return Invalid;
    }
    const QList<ChecklistRow> rows = Checklist::build(request.guides, request.answers);
    const Verdict verdict = VerdictEngine::evaluate(request, rows);
    QJsonObject out = IntakeJson::verdictToJson(verdict, request, rows);
    if (input.bundleCode.isEmpty())
        out.insert(QStringLiteral("item"), input.itemCode);
    else
        out.insert(QStringLiteral("bundle"), input.bundleCode);
    io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace

int runIntake(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("check")) {
        io.err << usage() << '\n';
        return Usage;
    }
    return check(args.at(1), opts, io);
}

} // namespace onetrip::ctl
