#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogProblem.h"

#include <QByteArray>
#include <QJsonObject>

namespace onetrip {

// The documented JSON catalog format (docs/catalog-format.md), both directions.
class CatalogJson
{
public:
    // The value of "format" and the only "formatVersion" this program reads and writes.
    static constexpr const char *FormatName = "onetrip-catalog";
    static constexpr int FormatVersion = 1;
    // Limits in working days are 0..MaxLimitDays (ten years); copies 0..MaxCopies.
    static constexpr int MaxLimitDays = 3650;
    static constexpr int MaxCopies = 99;

    struct ReadResult
    {
        Catalog catalog;          // complete only when problems is empty
        CatalogProblems problems; // every problem in the file, not just the first
    };

    static ReadResult read(const QByteArray &json);
    static ReadResult readFile(const QString &path);

    static QByteArray write(const Catalog &catalog);
    // One guide as a canonical JSON object (stored per version; hashed to detect changes).
    static QJsonObject guideToJson(const ServiceGuide &guide);
    static QJsonObject bundleToJson(const Bundle &bundle);
    // Reads one stored guide/bundle back; problems are reported into `problems`.
    static ServiceGuide guideFromJson(const QJsonObject &o, const QString &record,
                                      CatalogProblems &problems);
    static Bundle bundleFromJson(const QJsonObject &o, const QString &record,
                                 CatalogProblems &problems);
};

} // namespace onetrip
