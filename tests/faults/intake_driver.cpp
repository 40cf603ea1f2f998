// onetrip-intake-driver: confirms intakes in a loop as fast as it can, for the kill test
// (kill_intake.py). After each commit it prints "committed <case number>" (flushed), then
// writes the case's first document into --documents through a temporary file and a rename.
// A document can therefore only exist for a committed case.
//
//   onetrip-intake-driver --store FILE --init            store with catalog, calendar, users
//   onetrip-intake-driver --store FILE --documents DIR   the loop (until killed or --count)
//   onetrip-intake-driver --store FILE --verify          integrity_check + event chain
#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "common/Paths.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstdio>

using namespace onetrip;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "onetrip-intake-driver: %s\n", qPrintable(what));
    return 1;
}

int init(const Database &db)
{
    SystemClock clock;
    if (Status s = DemoData::ensure(db, Paths::dataDirectory(), clock); !s)
        return fail(s.describe());
    const HallInfo hall{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                        QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")};
    if (Status s = HallSettings(db).save(hall, QStringLiteral("T01")); !s)
        return fail(s.describe());
    std::printf("ready\n");
    return 0;
}

int verify(const Database &db)
{
    auto problems = db.integrityCheck();
    if (!problems)
        return fail(problems.describe());
    auto chain = CaseAudit::verifyChain(db);
    if (!chain)
        return fail(chain.describe());
    for (const QString &p : problems.value())
        std::printf("integrity: %s\n", qPrintable(p));
    for (const QString &p : chain->problems)
        std::printf("chain: %s\n", qPrintable(p));
    std::printf("events %d\n", chain->events);
    return problems->isEmpty() && chain->ok() ? 0 : 1;
}

Status writeDocument(const QString &dir, const CaseDocument &doc)
{
    // QSaveFile writes a temporary file beside the target and renames it on commit().
    QSaveFile file(QDir(dir).filePath(doc.number + QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    file.write(QJsonDocument(CaseJson::toJson(doc.data)).toJson());
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

int loop(const Database &db, const QString &documents, int count)
{
    auto setup = HallSettings(db).load();
    if (!setup || !setup.value())
        return fail(QStringLiteral("run --init first"));
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return fail(calendar.describe());
    auto users = UserRepository(db).users();
    if (!users || users->isEmpty())
        return fail(QStringLiteral("no users"));
    const User clerk = users->constFirst();
    QList<ServiceGuide> guides;
    for (const char *code : {"JN-SG08", "JN-SG24", "JN-SG19"}) {
        auto g = CatalogRepository(db).guide(QString::fromLatin1(code));
        if (!g)
            return fail(g.describe());
        guides << g.value();
    }
    SystemClock clock;
    CaseService service(db, clock, calendar.value(), setup.value()->hall, setup.value()->terminal);

    QRandomGenerator random(QRandomGenerator::system()->generate());
    for (int i = 0; count < 0 || i < count; ++i) {
        const int n = int(random.bounded(1000000));
        IntakeConfirmation c = IntakeSample::acceptance({guides.at(n % guides.size())},
                                                        IntakeSample::person(n), clerk);
        if (n % 3 == 0) {
            c.checks.first().state = MaterialState::Missing;
            c.outcome = Outcome::CorrectionNeeded;
        }
        auto r = service.confirm(c);
        if (!r)
            return fail(r.describe());
        // Committed: say so before anything else can happen.
        std::printf("committed %s\n", qPrintable(r->number));
        std::fflush(stdout);
        if (Status s = writeDocument(documents, r->issuedNow.constFirst()); !s)
            return fail(s.describe());
        std::printf("printed %s\n", qPrintable(r->issuedNow.constFirst().number));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("store file"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption documents(QStringLiteral("documents"),
                                       QStringLiteral("folder for the documents"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("stop after N intakes (default: never)"),
                                   QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption initOption(QStringLiteral("init"), QStringLiteral("prepare"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"), QStringLiteral("check"));
    parser.addOptions({store, documents, count, initOption, verifyOption});
    parser.process(app);
    if (!parser.isSet(store))
        return fail(QStringLiteral("--store is required"));

    auto db = Database::open(parser.value(store));
    if (!db)
        return fail(db.describe());
    if (parser.isSet(initOption))
        return init(*db.value());
    if (parser.isSet(verifyOption))
        return verify(*db.value());
    if (!parser.isSet(documents))
        return fail(QStringLiteral("--documents is required"));
    return loop(*db.value(), parser.value(documents), parser.value(count).toInt());
}
