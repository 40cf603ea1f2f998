#include "catalog/CatalogRepository.h"

#include "catalog/CatalogJson.h"
#include "catalog/Pinyin.h"
#include "common/StoredValue.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

Error queryError(const QSqlQuery &q)
{
    return Error{QCoreApplication::translate("CatalogRepository",
                                             "Reading or writing the catalog in the store failed."),
                 q.lastQuery() + QLatin1String(": ") + q.lastError().text()};
}

QByteArray canonical(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString materialNames(const ServiceGuide &g)
{
    QStringList names;
    for (const MaterialRequirement &m : g.materials)
        names << m.name;
    return names.join(u'\n');
}

// NOT NULL text columns: Qt binds a null QString as SQL NULL, so empty must be made explicit.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// The item of a catalog_item row read as code, name, department, item_type, handling_form,
// case_type, current_version, material_count: an unknown form or type is an error naming it.
Result<ServiceItem> itemFrom(const QSqlQuery &q)
{
    const QString code = q.value(0).toString();
    const QString where = QStringLiteral("catalog_item ") + code;
    auto form = StoredValue::key(handlingFormFromKey(q.value(4).toString()), q.value(4).toString(),
                                 QCoreApplication::translate("Store", "handling form"), where);
    if (!form)
        return form.error();
    auto type = StoredValue::key(caseTypeFromKey(q.value(5).toString()), q.value(5).toString(),
                                 QCoreApplication::translate("Store", "case type"), where);
    if (!type)
        return type.error();
    return ServiceItem{
        code,         q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        form.value(), type.value(),          q.value(6).toInt(),    q.value(7).toInt()};
}

} // namespace

CatalogRepository::CatalogRepository(const Database &db)
    : m_db(db)
{
}

Result<ImportReport> CatalogRepository::import(const Catalog &catalog, const QString &sourceFile,
                                               const Clock &clock)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QSqlDatabase conn = m_db.connection();
    const QString now = clock.now().toString(Qt::ISODate);

    QSet<QString> known;
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT code FROM catalog_item")))
            return queryError(q);
        while (q.next())
            known.insert(q.value(0).toString());
    }
    for (const ServiceGuide &g : catalog.guides)
        known.insert(g.code);
    for (const Bundle &b : catalog.bundles) {
        for (const QString &code : b.itemCodes) {
            if (!known.contains(code))
                return Error{QCoreApplication::translate(
                                 "CatalogRepository",
                                 "Bundle %1 names item %2, which is neither in the file nor in "
                                 "the store. Nothing was imported.")
                                 .arg(b.code, code),
                             {}};
        }
    }

    QSqlQuery current(conn), insertVersion(conn), upsertItem(conn);
    current.prepare(QStringLiteral(
        "SELECT i.current_version, v.content_hash FROM catalog_item i JOIN guide_version v "
        "ON v.item_code = i.code AND v.version = i.current_version WHERE i.code = ?"));
    insertVersion.prepare(QStringLiteral(
        "INSERT INTO guide_version (item_code, version, content_hash, content, imported_at, "
        "source_file) VALUES (?, ?, ?, ?, ?, ?)"));
    upsertItem.prepare(QStringLiteral(
        "INSERT INTO catalog_item (code, current_version, name, department, item_type, "
        "handling_form, case_type, material_count, name_pinyin, name_initials, material_names, "
        "aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
        "current_version = excluded.current_version, name = excluded.name, department = "
        "excluded.department, item_type = excluded.item_type, handling_form = "
        "excluded.handling_form, case_type = excluded.case_type, material_count = "
        "excluded.material_count, name_pinyin = excluded.name_pinyin, name_initials = "
        "excluded.name_initials, material_names = excluded.material_names, aliases = "
        "excluded.aliases"));

    Pinyin pinyin;
    ImportReport report;
    for (const ServiceGuide &g : catalog.guides) {
        const QByteArray content = canonical(CatalogJson::guideToJson(g));
        const QString hash = hashOf(content);
        int version = 1;
        current.addBindValue(g.code);
        if (!current.exec())
            return queryError(current);
        if (current.next()) {
            if (current.value(1).toString() == hash) {
                ++report.unchanged;
                current.finish();
                continue;
            }
            version = current.value(0).toInt() + 1;
            ++report.versioned;
        } else {
            ++report.added;
        }
        current.finish();

        for (const QVariant &v :
             {QVariant(g.code), QVariant(version), QVariant(hash),
              QVariant(QString::fromUtf8(content)), QVariant(now), text(sourceFile)})
            insertVersion.addBindValue(v);
        if (!insertVersion.exec())
            return queryError(insertVersion);

        const PinyinText py = pinyin.convert(g.name);
        for (const QVariant &v :
             {QVariant(g.code), QVariant(version), text(g.name), text(g.department),
              text(g.itemType), QVariant(toKey(g.handlingForm)), QVariant(toKey(g.caseType)),
              QVariant(int(g.materials.size())), text(py.full), text(py.initials),
              text(materialNames(g)), text(g.aliases.join(u'\n'))})
            upsertItem.addBindValue(v);
        if (!upsertItem.exec())
            return queryError(upsertItem);
    }

    QSqlQuery upsertBundle(conn);
    upsertBundle.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO bundle (code, name, name_pinyin, name_initials, content) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const Bundle &b : catalog.bundles) {
        const PinyinText py = pinyin.convert(b.name);
        for (const QVariant &v :
             {QVariant(b.code), text(b.name), text(py.full), text(py.initials),
              QVariant(QString::fromUtf8(canonical(CatalogJson::bundleToJson(b))))})
            upsertBundle.addBindValue(v);
        if (!upsertBundle.exec())
            return queryError(upsertBundle);
        ++report.bundles;
    }

    QSqlQuery log(conn);
    log.prepare(QStringLiteral(
        "INSERT INTO catalog_import (imported_at, source_file, items_added, items_versioned, "
        "items_unchanged, bundles) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(now), text(sourceFile), QVariant(report.added), QVariant(report.versioned),
          QVariant(report.unchanged), QVariant(report.bundles)})
        log.addBindValue(v);
    if (!log.exec())
        return queryError(log);

    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<ServiceGuide> CatalogRepository::guide(const QString &code, int version) const
{
    QSqlQuery q(m_db.connection());
    if (version > 0) {
        q.prepare(QStringLiteral(
            "SELECT content, version FROM guide_version WHERE item_code = ? AND version = ?"));
        q.addBindValue(code);
        q.addBindValue(version);
    } else {
        q.prepare(QStringLiteral(
            "SELECT v.content, v.version FROM catalog_item i JOIN guide_version v ON "
            "v.item_code = i.code AND v.version = i.current_version WHERE i.code = ?"));
        q.addBindValue(code);
    }
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        return Error{version > 0 ? QCoreApplication::translate(
                                       "CatalogRepository",
                                       "Version %2 of the guide for item %1 is not in the store.")
                                       .arg(code)
                                       .arg(version)
                                 : QCoreApplication::translate("CatalogRepository",
                                                               "Item %1 is not in the catalog.")
                                       .arg(code),
                     {}};
    }
    CatalogProblems problems;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    ServiceGuide g = CatalogJson::guideFromJson(o, code, problems);
    if (!problems.isEmpty())
        return Error{QCoreApplication::translate("CatalogRepository",
                                                 "The stored guide for item %1 cannot be read.")
                         .arg(code),
                     problems.constFirst().toString()};
    g.version = q.value(1).toInt();
    return g;
}

Result<QList<int>> CatalogRepository::versions(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT version FROM guide_version WHERE item_code = ? ORDER BY version"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

Result<QList<ServiceItem>> CatalogRepository::items() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, department, item_type, handling_form, "
                               "case_type, current_version, material_count FROM catalog_item "
                               "ORDER BY code")))
        return queryError(q);
    QList<ServiceItem> out;
    while (q.next()) {
        auto item = itemFrom(q);
        if (!item)
            return item.error();
        out.append(std::move(item).value());
    }
    return out;
}

Result<QStringList> CatalogRepository::departments() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT department FROM catalog_item WHERE department <> "
                               "'' ORDER BY department")))
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<Bundle>> CatalogRepository::bundles() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, content FROM bundle ORDER BY code")))
        return queryError(q);
    QList<Bundle> out;
    while (q.next()) {
        CatalogProblems problems;
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        out.append(CatalogJson::bundleFromJson(o, q.value(0).toString(), problems));
        if (!problems.isEmpty())
            return Error{QCoreApplication::translate("CatalogRepository",
                                                     "The stored bundle %1 cannot be read.")
                             .arg(q.value(0).toString()),
                         problems.constFirst().toString()};
    }
    return out;
}

Result<Bundle> CatalogRepository::bundle(const QString &code) const
{
    auto all = bundles();
    if (!all)
        return all.error();
    for (const Bundle &b : all.value()) {
        if (b.code == code)
            return b;
    }
    return Error{
        QCoreApplication::translate("CatalogRepository", "Bundle %1 is not in the catalog.")
            .arg(code),
        {}};
}

Result<Catalog> CatalogRepository::exportCurrent() const
{
    auto list = items();
    if (!list)
        return list.error();
    Catalog catalog;
    catalog.source.insert(QStringLiteral("note"),
                          QStringLiteral("Exported from a OneTrip store: the current guide "
                                         "version of every item; provenance kept per record."));
    for (const ServiceItem &item : list.value()) {
        auto g = guide(item.code);
        if (!g)
            return g.error();
        g->version = 0;
        catalog.guides.append(std::move(g).value());
    }
    auto b = bundles();
    if (!b)
        return b.error();
    catalog.bundles = b.value();
    return catalog;
}

Result<QList<SearchEntry>> CatalogRepository::searchEntries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT code, name, department, item_type, handling_form, case_type, "
            "current_version, material_count, name_pinyin, name_initials, material_names, "
            "aliases FROM catalog_item")))
        return queryError(q);
    QList<SearchEntry> out;
    while (q.next()) {
        SearchEntry e;
        auto item = itemFrom(q);
        if (!item)
            return item.error();
        e.item = std::move(item).value();
        e.namePinyin = q.value(8).toString();
        e.nameInitials = q.value(9).toString();
        e.materialNames = q.value(10).toString();
        e.aliases = q.value(11).toString();
        out.append(std::move(e));
    }
    QSqlQuery b(m_db.connection());
    if (!b.exec(QStringLiteral("SELECT code, name, name_pinyin, name_initials FROM bundle")))
        return queryError(b);
    while (b.next()) {
        SearchEntry e;
        e.isBundle = true;
        e.item.code = b.value(0).toString();
        e.item.name = b.value(1).toString();
        e.item.department = QCoreApplication::translate("CatalogRepository", "One-thing bundle");
        e.namePinyin = b.value(2).toString();
        e.nameInitials = b.value(3).toString();
        out.append(std::move(e));
    }
    return out;
}

int CatalogRepository::itemCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM catalog_item")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace onetrip
