// Catalog search benchmark: a generated 20,000-item catalog, search per keystroke through
// CatalogSearchIndex, and the same queries as hand-written SQL on the same SQLite store.
// Usage: onetrip-bench-catalog [--items N] [--rounds R]
#include "BenchStats.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchIndex.h"
#include "common/Paths.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace onetrip;

namespace {

Catalog generate(int count)
{
    const Catalog district =
        CatalogJson::readFile(Paths::dataFile(QStringLiteral("catalog/guangan-district.json")))
            .catalog;
    const Catalog jinan =
        CatalogJson::readFile(Paths::dataFile(QStringLiteral("catalog/jinan-guides.json"))).catalog;
    QList<ServiceGuide> bases = jinan.guides + district.guides;
    if (bases.isEmpty())
        qFatal("no shipped catalog found under %s", qPrintable(Paths::dataDirectory()));
    const QStringList variants = {QString(),
                                  QStringLiteral("（变更）"),
                                  QStringLiteral("（延续）"),
                                  QStringLiteral("（注销）"),
                                  QStringLiteral("（补证）"),
                                  QStringLiteral("（换证）"),
                                  QStringLiteral("（新设）"),
                                  QStringLiteral("（备案）"),
                                  QStringLiteral("（年检）"),
                                  QStringLiteral("（迁入）"),
                                  QStringLiteral("（迁出）"),
                                  QStringLiteral("（撤销）"),
                                  QStringLiteral("（市级）"),
                                  QStringLiteral("（县级）"),
                                  QStringLiteral("（乡镇）"),
                                  QStringLiteral("（容缺）"),
                                  QStringLiteral("（告知承诺）"),
                                  QStringLiteral("（一般程序）"),
                                  QStringLiteral("（简易程序）")};
    QRandomGenerator rng(20261122); // fixed: every run measures the same catalog
    Catalog out;
    out.guides.reserve(count);
    for (int i = 0; i < count; ++i) {
        const ServiceGuide &base = bases.at(i % bases.size());
        ServiceGuide g = base;
        g.code = QStringLiteral("B%1-%2").arg(i, 6, 10, QLatin1Char('0')).arg(base.code.left(20));
        g.name = base.name + variants.at((i / bases.size()) % variants.size());
        g.aliases.clear();
        // Every item gets real material rows, so material search has work to do.
        const ServiceGuide &donor = jinan.guides.at(int(rng.bounded(jinan.guides.size())));
        g.materials = donor.materials;
        g.situations = donor.situations;
        g.handlingForm = HandlingForm(rng.bounded(3));
        out.guides.append(std::move(g));
    }
    return out;
}

struct QueryResult
{
    QList<double> indexMs, sqlMs;
    qsizetype mismatches = 0;
    QMap<QString, double> slowest; // keystroke -> worst OneTrip time over the rounds
};

QueryResult runQueries(const CatalogSearchIndex &index, const Database &db, int rounds)
{
    const QStringList typed = {
        QStringLiteral("gtgs"),         QStringLiteral("个体工商户"),
        QStringLiteral("营业执照"),     QStringLiteral("yyzz"),
        QStringLiteral("食品经营"),     QStringLiteral("spjy"),
        QStringLiteral("不动产登记"),   QStringLiteral("gongjijin"),
        QStringLiteral("残疾人证"),     QStringLiteral("B00123"),
        QStringLiteral("医疗机构执业"), QStringLiteral("排污许可"),
        QStringLiteral("shebaoka"),     QStringLiteral("ylws"),
        QStringLiteral("建筑工程施工"), QStringLiteral("身份证"),
        QStringLiteral("dlhy"),         QStringLiteral("律师执业"),
        QStringLiteral("xzxk"),         QStringLiteral("区教科体局"),
    };
    QSqlQuery sql(db.connection());
    sql.setForwardOnly(true);
    // The hand-written equivalent: same fields, same rank order, same limit.
    if (!sql.prepare(QStringLiteral(
            "SELECT code FROM (SELECT code, name, material_count, CASE "
            "WHEN lower(code) = :q THEN 0 "
            "WHEN length(:q) >= 3 AND lower(code) LIKE :q || '%' THEN 1 "
            "WHEN substr(name, 1, length(:q)) = :q THEN 2 "
            "WHEN instr(name, :q) > 0 THEN 3 "
            "WHEN instr(name_initials, :q) > 0 OR instr(name_pinyin, :q) > 0 THEN 4 "
            "WHEN instr(department, :q) > 0 THEN 5 "
            "WHEN instr(material_names, :q) > 0 THEN 6 END AS rank FROM catalog_item) "
            "WHERE rank IS NOT NULL "
            "ORDER BY rank, material_count = 0, length(name), code LIMIT 200")))
        qFatal("%s", qPrintable(sql.lastError().text()));

    QueryResult r;
    QElapsedTimer t;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : typed) {
            for (qsizetype len = 1; len <= query.size(); ++len) {
                const QString q = CatalogSearchIndex::normalize(query.left(len));
                t.start();
                const QList<SearchHit> hits = index.search(q, {}, 200);
                const double ms = t.nsecsElapsed() / 1e6;
                r.indexMs.append(ms);
                r.slowest[q] = std::max(r.slowest.value(q), ms);

                t.start();
                sql.bindValue(QStringLiteral(":q"), q);
                if (!sql.exec())
                    qFatal("%s", qPrintable(sql.lastError().text()));
                qsizetype rows = 0;
                while (sql.next())
                    ++rows;
                r.sqlMs.append(t.nsecsElapsed() / 1e6);
                if (round == 0 && rows != hits.size())
                    ++r.mismatches;
            }
        }
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int items = args.contains(QStringLiteral("--items"))
                          ? args.value(args.indexOf(QStringLiteral("--items")) + 1).toInt()
                          : 20000;
    const int rounds = args.contains(QStringLiteral("--rounds"))
                           ? args.value(args.indexOf(QStringLiteral("--rounds")) + 1).toInt()
                           : 10;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));

    QElapsedTimer t;
    t.start();
    const Catalog catalog = generate(items);
    const double generateMs = t.elapsed();

    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    t.start();
    auto report = CatalogRepository(*db.value()).import(catalog, QStringLiteral("bench"), clock);
    if (!report)
        qFatal("%s", qPrintable(report.error().message + report.error().detail));
    const double importMs = t.elapsed();

    const auto before = bench::memoryMiB();
    t.start();
    auto entries = CatalogRepository(*db.value()).searchEntries();
    CatalogSearchIndex index;
    index.rebuild(std::move(entries).value());
    const double indexMs = t.elapsed();
    const auto after = bench::memoryMiB();

    if (args.contains(QStringLiteral("--query"))) { // investigate one keystroke
        const QString q = args.value(args.indexOf(QStringLiteral("--query")) + 1);
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            t.start();
            const auto hits = index.search(q, {}, 200);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        const bench::Stats st = bench::stats(ms);
        out << q << ": p50 " << st.p50 << " ms, p95 " << st.p95 << " ms\n";
        return 0;
    }
    const QueryResult r = runQueries(index, *db.value(), rounds);
    const bench::Stats s = bench::stats(r.indexMs);
    const bench::Stats q = bench::stats(r.sqlMs);

    out << "catalog items: " << items << " (+" << catalog.bundles.size() << " bundles)\n";
    out << "generate: " << generateMs
        << " ms; import (one transaction, pinyin included): " << importMs
        << " ms; load + build index: " << indexMs << " ms\n";
    out << "index memory: " << QString::number(after.first - before.first, 'f', 1)
        << " MiB; process RSS " << QString::number(after.first, 'f', 1) << " MiB, peak "
        << QString::number(after.second, 'f', 1) << " MiB\n";
    out << "keystrokes measured: " << s.n << " (" << rounds << " rounds); result-count "
        << "mismatches vs SQL: " << r.mismatches << "\n\n";
    out << "| search per keystroke | p50 ms | p95 ms | max ms | mean ms |\n|---|---|---|---|---|\n";
    const auto row = [&](const char *name, const bench::Stats &st) {
        out << "| " << name << " | " << QString::number(st.p50, 'f', 3) << " | "
            << QString::number(st.p95, 'f', 3) << " | " << QString::number(st.max, 'f', 3) << " | "
            << QString::number(st.mean, 'f', 3) << " |\n";
    };
    row("OneTrip CatalogSearchIndex", s);
    row("raw SQLite, same ranking in SQL", q);
    QList<QPair<double, QString>> worst;
    for (auto it = r.slowest.cbegin(); it != r.slowest.cend(); ++it)
        worst.append({it.value(), it.key()});
    std::sort(worst.begin(), worst.end(), std::greater<>());
    out << "\nslowest keystrokes (worst of the rounds):";
    for (const auto &[ms, keys] : worst.mid(0, 6))
        out << ' ' << keys << '=' << QString::number(ms, 'f', 2) << "ms";
    out << '\n';
    out << "\nratio p95 OneTrip / raw SQLite: " << QString::number(s.p95 / q.p95, 'f', 2) << '\n';
    out << "budget p95 <= 5 ms: " << (s.p95 <= 5.0 ? "met" : "MISSED") << '\n';
    return 0;
}
