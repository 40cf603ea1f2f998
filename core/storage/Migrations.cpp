#include "storage/Migrations.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

QStringList sql(std::initializer_list<const char *> statements)
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    // Append only: a released migration is never edited; fix forward with a new one.
    static const QList<Migration> migrations = {
        {1, "service catalog with guide versions and bundles",
         sql({R"(CREATE TABLE guide_version (
                    item_code TEXT NOT NULL,
                    version INTEGER NOT NULL CHECK (version >= 1),
                    content_hash TEXT NOT NULL,
                    content TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    source_file TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (item_code, version)))",
              R"(CREATE TABLE catalog_item (
                    code TEXT PRIMARY KEY,
                    current_version INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    department TEXT NOT NULL,
                    item_type TEXT NOT NULL,
                    handling_form TEXT NOT NULL,
                    case_type TEXT NOT NULL,
                    material_count INTEGER NOT NULL,
                    name_pinyin TEXT NOT NULL,
                    name_initials TEXT NOT NULL,
                    material_names TEXT NOT NULL,
                    aliases TEXT NOT NULL,
                    FOREIGN KEY (code, current_version) REFERENCES guide_version (item_code, version)))",
              "CREATE INDEX catalog_item_department ON catalog_item (department)",
              R"(CREATE TABLE bundle (
                    code TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_pinyin TEXT NOT NULL,
                    name_initials TEXT NOT NULL,
                    content TEXT NOT NULL))",
              R"(CREATE TABLE catalog_import (
                    id INTEGER PRIMARY KEY,
                    imported_at TEXT NOT NULL,
                    source_file TEXT NOT NULL,
                    items_added INTEGER NOT NULL,
                    items_versioned INTEGER NOT NULL,
                    items_unchanged INTEGER NOT NULL,
                    bundles INTEGER NOT NULL))"})},
        {2, "working-day calendar",
         sql({R"(CREATE TABLE calendar_year (
                    year INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    content TEXT NOT NULL,
                    imported_at TEXT NOT NULL))",
              R"(CREATE TABLE calendar_day (
                    day TEXT PRIMARY KEY,
                    year INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('off', 'makeup')),
                    note TEXT NOT NULL DEFAULT ''))"})},
        {3, "staff users and store settings",
         sql({R"(CREATE TABLE app_user (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('clerk', 'agent', 'supervisor', 'admin')),
                    password_hash TEXT NOT NULL,
                    active INTEGER NOT NULL DEFAULT 1))",
              R"(CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL))"})},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Status Migrations::apply(const Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = db.userVersion();
    if (current < 0)
        return Status::failure(QCoreApplication::translate(
            "Database", "The store's schema version cannot be read; the file may be damaged."));
    if (current > latestVersion()) {
        return Status::failure(
            QCoreApplication::translate("Database",
                                        "The store %1 was written by a newer version of OneTrip "
                                        "(schema %2; this program knows up to %3). Install the "
                                        "newer version; the store was not changed.")
                .arg(db.path())
                .arg(current)
                .arg(latestVersion()));
    }
    for (const Migration &m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        // Re-read inside the lock: another process may have migrated meanwhile.
        if (db.userVersion() >= m.version)
            continue;
        for (const QString &statement : m.statements) {
            if (Status s = db.exec(statement); !s) {
                return Status::failure(
                    QCoreApplication::translate("Database",
                                                "Upgrading the store to schema %1 failed; it was "
                                                "left at schema %2.")
                        .arg(m.version)
                        .arg(m.version - 1),
                    s.error().detail);
            }
        }
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace onetrip
