// CatalogJson: the file level (header, record lists, codes across records). Records are read
// in CatalogJsonReader.cpp and written in CatalogJsonWriter.cpp.
#include "catalog/CatalogJson.h"
#include "common/FileContent.h"
#include "common/MessageText.h"

#include "catalog/CatalogFieldReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace onetrip {

namespace {

using Presence = CatalogFieldReader::Presence;

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// "items[3] (JN-SG01)", or "items[3]" while the record has no usable code.
QString recordLabel(const QString &list, qsizetype index, const QJsonValue &entry)
{
    QString label = list + u'[' + QString::number(index) + u']';
    const QString code = entry.toObject().value(key("code")).toString();
    if (!code.trimmed().isEmpty())
        label += QStringLiteral(" (") + quotedValue(code) + u')';
    return label;
}

// Checks the file header; false when the rest of the file cannot be read as this format.
bool readHeader(CatalogFieldReader &r)
{
    bool readable = true;
    const QString format = r.text(key("format"), Presence::Required);
    if (!format.isEmpty() && format != QLatin1String(CatalogJson::FormatName)) {
        r.report(key("format"),
                 QCoreApplication::translate("CatalogJson", "Expected \"%1\", found \"%2\": this "
                                                            "is not a OneTrip catalog file.")
                     .arg(QLatin1String(CatalogJson::FormatName), quotedValue(format)));
        readable = false;
    }
    if (!r.has(key("formatVersion"))) {
        r.report(key("formatVersion"),
                 QCoreApplication::translate("CatalogJson", "Required: fill in this field."));
        return readable;
    }
    const std::optional<int> version = r.nullableInt(key("formatVersion"), 0, 1'000'000);
    if (version && *version != CatalogJson::FormatVersion) {
        r.report(key("formatVersion"),
                 QCoreApplication::translate("CatalogJson",
                                             "Format version %1 is not supported: this program "
                                             "reads version %2. Use a newer OneTrip, or export "
                                             "the catalog again in version %2.")
                     .arg(*version)
                     .arg(CatalogJson::FormatVersion));
        readable = false;
    }
    return readable;
}

} // namespace

CatalogJson::ReadResult CatalogJson::read(const QByteArray &json)
{
    ReadResult result;
    CatalogProblems &problems = result.problems;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(
            {{},
             {},
             QCoreApplication::translate("CatalogJson", "The file is not valid JSON: %1 (at byte "
                                                        "%2).")
                 .arg(error.errorString())
                 .arg(error.offset)});
        return result;
    }
    if (!doc.isObject()) {
        problems.append(
            {{},
             {},
             QCoreApplication::translate("CatalogJson", "The file must hold one JSON object "
                                                        "({ ... }) with \"format\", \"items\" and "
                                                        "\"bundles\".")});
        return result;
    }

    CatalogFieldReader r(doc.object(), {}, {}, problems);
    if (!readHeader(r))
        return result; // another format or version: its records would only add noise
    if (const std::optional<QJsonObject> source = r.object(key("source")))
        result.catalog.source = *source;
    const QJsonArray items = r.array(key("items"));
    const QJsonArray bundles = r.array(key("bundles"));
    r.rejectUnknownKeys();
    if (items.isEmpty() && bundles.isEmpty())
        r.report({}, QCoreApplication::translate("CatalogJson",
                                                 "The file contains no items and no bundles."));

    // Items and bundles share one code space: a code names exactly one record.
    QHash<QString, QString> owners;
    const auto claimCode = [&](const QString &code, const QString &record) {
        if (code.isEmpty())
            return;
        if (owners.contains(code)) {
            problems.append(
                {record, key("code"),
                 QCoreApplication::translate("CatalogJson", "The code \"%1\" is already used by "
                                                            "%2; every item and bundle needs its "
                                                            "own code.")
                     .arg(quotedValue(code), owners.value(code))});
            return;
        }
        owners.insert(code, record);
    };
    const auto notAnObject = [&](const QString &record, const QJsonValue &v) {
        problems.append(
            {record, {}, CatalogFieldReader::wrongType(CatalogFieldReader::typeObject(), v)});
    };

    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString record = recordLabel(key("items"), i, items.at(i));
        if (!items.at(i).isObject()) {
            notAnObject(record, items.at(i));
            continue;
        }
        result.catalog.guides.append(guideFromJson(items.at(i).toObject(), record, problems));
        claimCode(result.catalog.guides.constLast().code, record);
    }
    QSet<QString> itemCodes;
    for (const ServiceGuide &g : std::as_const(result.catalog.guides))
        itemCodes.insert(g.code);
    QSet<QString> bundleCodes;
    QStringList bundleRecords;
    for (qsizetype i = 0; i < bundles.size(); ++i) {
        const QString record = recordLabel(key("bundles"), i, bundles.at(i));
        if (!bundles.at(i).isObject()) {
            notAnObject(record, bundles.at(i));
            continue;
        }
        result.catalog.bundles.append(bundleFromJson(bundles.at(i).toObject(), record, problems));
        claimCode(result.catalog.bundles.constLast().code, record);
        bundleCodes.insert(result.catalog.bundles.constLast().code);
        bundleRecords.append(record);
    }
    // An item missing from this file may be in the store (the importer checks); a bundle
    // inside a bundle is wrong whatever the store holds. A code claimed by both an item and
    // a bundle is already reported above.
    for (qsizetype i = 0; i < result.catalog.bundles.size(); ++i) {
        const QStringList &codes = result.catalog.bundles.at(i).itemCodes;
        for (qsizetype j = 0; j < codes.size(); ++j) {
            if (bundleCodes.contains(codes.at(j)) && !itemCodes.contains(codes.at(j)))
                problems.append(
                    {bundleRecords.at(i), key("items[") + QString::number(j) + u']',
                     QCoreApplication::translate("CatalogJson", "\"%1\" is a bundle; a bundle can "
                                                                "only contain items.")
                         .arg(quotedValue(codes.at(j)))});
        }
    }
    return result;
}

CatalogJson::ReadResult CatalogJson::readFile(const QString &path)
{
    QString error;
    if (const std::optional<QByteArray> bytes = readWholeFile(path, &error))
        return read(*bytes);
    ReadResult result;
    result.problems.append(
        {{},
         {},
         QCoreApplication::translate("CatalogJson", "Cannot read \"%1\": %2. Check the "
                                                    "path and the file's permissions.")
             .arg(path, error)});
    return result;
}

} // namespace onetrip
