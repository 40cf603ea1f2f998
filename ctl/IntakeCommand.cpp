#include "Command.h"
#include "StoreAccess.h"

#include "catalog/CatalogRepository.h"
#include "intake/Checklist.h"
#include "intake/Intake.h"
#include "intake/IntakeJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate("onetripctl",
                                       "Usage: onetripctl [--store FILE] [--lang zh_CN|en] intake "
                                       "check FILE.json|- [--date YYYY-MM-DD]");
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

// An item, bundle or version the store does not have is exit 4 (the file itself is sound);
// a store failure is exit 3.
int exitFor(const Error &error)
{
    return error.detail.isEmpty() ? NotFound : Failed;
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

// The verdict, and what acceptance on `acceptedOn` would promise when the verdict allows it.
QJsonObject verdictJson(const Intake &intake, QDate acceptedOn, const WorkdayCalendar &calendar)
{
    const Verdict verdict = intake.verdict();
    QJsonObject out = IntakeJson::verdictToJson(verdict, intake.request(), intake.rows());
    if (!verdict.complete()) {
        // Not a recommendation to decline: the clerk has not finished.
        out.insert(QStringLiteral("outcome"), QStringLiteral("incomplete"));
        out.insert(QStringLiteral("outcomeName"),
                   QCoreApplication::translate("onetripctl",
                                               "Check not finished: %1 material(s) still to "
                                               "check")
                       .arg(verdict.pendingRows.size()));
        return out;
    }
    if (verdict.allows(Outcome::Accept) || verdict.allows(Outcome::AcceptWithDeferral)) {
        const PromisedDeadline due = intake.acceptanceDue(acceptedOn, calendar);
        QJsonObject acceptance{{QStringLiteral("acceptedOn"), acceptedOn.toString(Qt::ISODate)},
                               {QStringLiteral("basis"), PromisedDeadline::basisKey(due.basis)}};
        if (due.basis != PromisedDeadline::Basis::Unknown) {
            acceptance.insert(QStringLiteral("dueDate"), due.due.date.toString(Qt::ISODate));
            acceptance.insert(QStringLiteral("workingDays"), due.workingDays);
        }
        acceptance.insert(QStringLiteral("text"), due.describe(acceptedOn));
        // The calendar's warning covers both counts (the due date and the 容缺 supplement).
        DueDate warned = due.due;
        if (verdict.allows(Outcome::AcceptWithDeferral) && intake.supplementDays() > 0) {
            const DueDate supplement = calendar.addWorkingDays(acceptedOn, intake.supplementDays());
            acceptance.insert(QStringLiteral("supplementDue"),
                              supplement.date.toString(Qt::ISODate));
            for (int year : supplement.missingYears) {
                if (!warned.missingYears.contains(year))
                    warned.missingYears << year;
            }
        }
        acceptance.insert(QStringLiteral("warning"),
                          warned.hasWarning() ? QJsonValue(warned.warning()) : QJsonValue());
        out.insert(QStringLiteral("acceptance"), acceptance);
    }
    return out;
}

int check(const QString &file, QDate acceptedOn, const Options &opts, Io io)
{
    IntakeJson::ReadResult read;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            io.err << QCoreApplication::translate("onetripctl", "Cannot read standard input.")
                   << '\n';
            return Failed;
        }
        read = IntakeJson::read(in.readAll());
    } else {
        read = IntakeJson::readFile(file);
    }
    const QString shown = file == QLatin1String("-") ? QStringLiteral("stdin") : file;
    const IntakeInput &input = read.input;
    const bool named = input.itemCode.isEmpty() != input.bundleCode.isEmpty();
    if (!read.problems.isEmpty() && !named) {
        printProblems(read.problems, shown, io);
        return Invalid;
    }
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    const auto guides = loadGuides(input, CatalogRepository(*db));
    if (!guides) {
        if (!read.problems.isEmpty())
            printProblems(read.problems, shown, io);
        printError(guides.error(), io);
        return read.problems.isEmpty() ? exitFor(guides.error()) : Invalid;
    }

    // Checked against the guides even when the file has other problems: every problem at once.
    IntakeRequest request;
    const IntakeProblems problems =
        read.problems + IntakeJson::resolve(input, guides.value(), request);
    if (!problems.isEmpty()) {
        printProblems(problems, shown, io);
        return Invalid;
    }
    const auto calendar = loadCalendar(opts, io);
    if (!calendar)
        return Failed;
    Intake intake(request.guides, request.answers);
    intake.setChecks(request.checks);
    intake.setDeferral(request.commitmentSigned, request.supplementDays);
    intake.setFalseCommitmentFlagged(request.falseCommitmentFlagged);
    QJsonObject out = verdictJson(intake, acceptedOn, *calendar);
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
    QDate acceptedOn = QDate::currentDate(); // the entry point's clock: today by default
    QStringList rest = args;
    const qsizetype at = rest.indexOf(QStringLiteral("--date"));
    if (at >= 0) {
        acceptedOn = QDate::fromString(rest.value(at + 1), Qt::ISODate);
        if (!acceptedOn.isValid()) {
            io.err << QCoreApplication::translate("onetripctl", "--date takes a day as YYYY-MM-DD.")
                   << '\n'
                   << usage() << '\n';
            return Usage;
        }
        rest.remove(at, 2);
    }
    if (rest.size() != 2 || rest.at(0) != QLatin1String("check")) {
        io.err << usage() << '\n';
        return Usage;
    }
    return check(rest.at(1), acceptedOn, opts, io);
}

} // namespace onetrip::ctl
