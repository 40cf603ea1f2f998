// Intake rules benchmark: building the checklist of an item (or bundle) and computing the
// verdict, for every shipped guide and bundle, beside the raw engine reading the same guide
// row by primary key from SQLite and parsing its JSON (what opening the guide costs anyway).
// Usage: onetrip-bench-intake [--runs N]
#include "BenchStats.h"

#include "catalog/CatalogRepository.h"
#include "common/Paths.h"
#include "demo/DemoData.h"
#include "intake/Checklist.h"
#include "intake/VerdictEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace onetrip;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 200;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    if (!db || !DemoData::ensure(*db.value(), Paths::dataDirectory(), clock))
        qFatal("cannot prepare the demo store");
    const CatalogRepository repository(*db.value());

    // Every guide with materials, and every bundle as its list of guides.
    QList<QList<ServiceGuide>> cases;
    const QList<ServiceItem> items = repository.items().value();
    const QList<Bundle> bundles = repository.bundles().value();
    for (const ServiceItem &item : items) {
        if (item.materialCount > 0)
            cases.append({repository.guide(item.code).value()});
    }
    for (const Bundle &b : bundles) {
        QList<ServiceGuide> guides;
        for (const QString &code : b.itemCodes)
            guides.append(repository.guide(code).value());
        cases.append(guides);
    }

    QList<double> checklistMs, verdictMs, rawMs;
    QSqlQuery raw(db.value()->connection());
    raw.prepare(
        QStringLiteral("SELECT content FROM guide_version WHERE item_code = ? AND version = ?"));
    QElapsedTimer t;
    for (int r = 0; r < runs; ++r) {
        for (const QList<ServiceGuide> &guides : cases) {
            t.start();
            const QHash<QString, QString> answers = Checklist::mergedDefaultAnswers(guides);
            const QList<ChecklistRow> rows = Checklist::build(guides, answers);
            checklistMs.append(t.nsecsElapsed() / 1e6);

            // A realistic check: everything provided except the last row, missing.
            IntakeRequest request;
            request.guides = guides;
            request.answers = answers;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                MaterialCheck c;
                c.rowKey = rows.at(i).key;
                c.state = i + 1 == rows.size() ? MaterialState::Missing : MaterialState::Provided;
                c.copiesReceived = rows.at(i).material.copies;
                request.checks.append(c);
            }
            t.start();
            const Verdict verdict = VerdictEngine::evaluate(request, rows);
            verdictMs.append(t.nsecsElapsed() / 1e6);
            Q_UNUSED(verdict);

            t.start();
            for (const ServiceGuide &g : guides) {
                raw.addBindValue(g.code);
                raw.addBindValue(g.version);
                if (!raw.exec() || !raw.next())
                    qFatal("raw read failed");
                const QJsonDocument doc = QJsonDocument::fromJson(raw.value(0).toByteArray());
                Q_UNUSED(doc);
                raw.finish();
            }
            rawMs.append(t.nsecsElapsed() / 1e6);
        }
    }

    QTextStream out(stdout);
    out << "guides and bundles: " << cases.size() << ", runs: " << runs << "\n\n";
    out << "| intake rules | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n";
    const auto row = [&](const char *name, const QList<double> &v) {
        const bench::Stats s = bench::stats(v);
        out << "| " << name << " | " << QString::number(s.p50, 'f', 3) << " | "
            << QString::number(s.p95, 'f', 3) << " | " << QString::number(s.max, 'f', 3) << " |\n";
    };
    row("Checklist::build (answers -> applicable rows)", checklistMs);
    row("VerdictEngine::evaluate", verdictMs);
    row("raw SQLite: read + parse the guide row(s)", rawMs);
    return 0;
}
