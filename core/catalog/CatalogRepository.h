#pragma once

#include "catalog/CatalogJson.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogProblem.h"
#include "catalog/CatalogSearchIndex.h"
#include "catalog/ServiceItem.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

namespace onetrip {

class Database;

struct ImportReport
{
    int added = 0;     // new items
    int versioned = 0; // items whose guide changed: a new version
    int unchanged = 0;
    int bundles = 0;
};

// The catalog in the local store: items, every guide version, bundles, search entries.
class CatalogRepository
{
public:
    explicit CatalogRepository(const Database &db);

    // One BEGIN IMMEDIATE transaction: all items and bundles, or nothing. A guide whose
    // content changed becomes a new version; the older versions stay readable. A bundle
    // naming an item that is neither in the file nor in the store is refused.
    Result<ImportReport> import(const Catalog &catalog, const QString &sourceFile,
                                const Clock &clock);

    // version 0: the current version.
    Result<ServiceGuide> guide(const QString &code, int version = 0) const;
    Result<QList<int>> versions(const QString &code) const;
    Result<QList<ServiceItem>> items() const;
    // The departments the catalog's items belong to, each once, sorted (分转 and 代办 choices).
    Result<QStringList> departments() const;
    Result<QList<Bundle>> bundles() const;
    Result<Bundle> bundle(const QString &code) const;
    Result<Catalog> exportCurrent() const;
    Result<QList<SearchEntry>> searchEntries() const;
    int itemCount() const;

private:
    const Database &m_db;
};

// Reads a catalog file, validates every record and imports it in one transaction.
class CatalogImporter
{
public:
    struct Outcome
    {
        CatalogProblems problems; // non-empty: nothing was written
        ImportReport report;
    };
    static Result<Outcome> importFile(const Database &db, const QString &path, const Clock &clock);
    // The same for a file's content (a catalog published by the server); `sourceName` is
    // recorded as where it came from.
    static Result<Outcome> importBytes(const Database &db, const QByteArray &json,
                                       const QString &sourceName, const Clock &clock);

private:
    static Result<Outcome> import(const Database &db, CatalogJson::ReadResult read,
                                  const QString &sourceName, const Clock &clock);
};

} // namespace onetrip
