#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "common/MessageText.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace onetrip {

Result<CatalogImporter::Outcome>
CatalogImporter::importFile(const Database &db, const QString &path, const Clock &clock)
{
    return import(db, CatalogJson::readFile(path), QFileInfo(path).fileName(), clock);
}

Result<CatalogImporter::Outcome> CatalogImporter::importBytes(const Database &db,
                                                              const QByteArray &json,
                                                              const QString &sourceName,
                                                              const Clock &clock)
{
    return import(db, CatalogJson::read(json), sourceName, clock);
}

Result<CatalogImporter::Outcome> CatalogImporter::import(const Database &db,
                                                         CatalogJson::ReadResult read,
                                                         const QString &sourceName,
                                                         const Clock &clock)
{
    Outcome outcome;
    outcome.problems = std::move(read.problems);

    // Bundles may name items already in the store; only those found nowhere are problems.
    CatalogRepository repository(db);
    auto stored = repository.items();
    if (!stored)
        return stored.error();
    QSet<QString> known;
    for (const ServiceItem &item : stored.value())
        known.insert(item.code);
    for (const ServiceGuide &g : std::as_const(read.catalog.guides))
        known.insert(g.code);
    for (qsizetype i = 0; i < read.catalog.bundles.size(); ++i) {
        const Bundle &b = read.catalog.bundles.at(i);
        for (qsizetype k = 0; k < b.itemCodes.size(); ++k) {
            if (known.contains(b.itemCodes.at(k)))
                continue;
            outcome.problems.append(
                {QStringLiteral("bundles[%1] (%2)").arg(i).arg(quotedValue(b.code)),
                 QStringLiteral("items[%1]").arg(k),
                 QCoreApplication::translate("CatalogImporter",
                                             "Item %1 is neither in this file nor in the store.")
                     .arg(quotedValue(b.itemCodes.at(k)))});
        }
    }
    if (!outcome.problems.isEmpty())
        return outcome; // all or nothing: not one record is written

    auto report = repository.import(read.catalog, sourceName, clock);
    if (!report)
        return report.error();
    outcome.report = report.value();
    return outcome;
}

} // namespace onetrip
