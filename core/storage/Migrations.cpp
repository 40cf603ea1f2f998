#include "storage/Migrations.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

namespace onetrip {

namespace {

QStringList sql(std::initializer_list<const char *> statements)
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

// Statements that replace `table` by `definition` (a CREATE TABLE for "<table>_new" with the
// same columns in the same order), keeping its rows; indexes are made again by the caller.
QStringList replaceTable(const char *table, const char *definition)
{
    const QString t = QString::fromLatin1(table);
    return {QString::fromUtf8(definition),
            QStringLiteral("INSERT INTO %1_new SELECT * FROM %1").arg(t),
            QStringLiteral("DROP TABLE %1").arg(t),
            QStringLiteral("ALTER TABLE %1_new RENAME TO %1").arg(t)};
}

// case_document rebuilt with `kinds` (DocumentKind keys) in its CHECK: a new kind of document
// is a new migration (a test checks the latest list against the enum).
QStringList documentTable(const char *kinds)
{
    return replaceTable("case_document", QByteArray(QByteArray(R"(CREATE TABLE case_document_new (
                    number TEXT PRIMARY KEY,
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    kind TEXT NOT NULL CHECK (kind IN ()") +
                                                    kinds + R"()),
                    issued_at TEXT NOT NULL,
                    data TEXT NOT NULL))")
                                             .constData())
           << QStringLiteral("CREATE INDEX case_document_case ON case_document (case_number)");
}

// Case statuses, as CaseStatus keys (a test checks every list against its enum).
const char kStatusKeys[] = "('received', 'correction-requested', 'accepted', "
                           "'accepted-with-deferral', 'declined', 'terminated', 'withdrawn', "
                           "'approved', 'refused', 'handed-out')";

// case_record as migration 6 made it (the columns of later migrations are added after it):
// the start of every later rebuild of the table.
const char kCaseRecordV6[] = R"(CREATE TABLE case_record_new (
                    number TEXT PRIMARY KEY,
                    status TEXT NOT NULL CHECK (status IN STATUS_KEYS),
                    version INTEGER NOT NULL CHECK (version >= 1),
                    hall_code TEXT NOT NULL,
                    terminal_code TEXT NOT NULL,
                    bundle_code TEXT NOT NULL DEFAULT '',
                    bundle_name TEXT NOT NULL DEFAULT '',
                    items TEXT NOT NULL,
                    item_name TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    applicant_id TEXT NOT NULL REFERENCES applicant (id_number),
                    applicant TEXT NOT NULL,
                    agent TEXT NOT NULL DEFAULT '',
                    channel TEXT NOT NULL
                        CHECK (channel IN ('window', 'online', 'kiosk', 'mail', 'proxy')),
                    clerk_login TEXT NOT NULL,
                    clerk_name TEXT NOT NULL,
                    received_on TEXT NOT NULL,
                    first_decided_on TEXT,
                    accepted_on TEXT,
                    due_date TEXT,
                    due_warning TEXT NOT NULL DEFAULT '',
                    notice_due TEXT,
                    supplement_due TEXT,
                    supplement_days INTEGER NOT NULL DEFAULT 0,
                    commitment_signed INTEGER NOT NULL DEFAULT 0 CHECK (commitment_signed IN (0, 1)),
                    decline_reason TEXT NOT NULL DEFAULT '',
                    decline_redirect TEXT NOT NULL DEFAULT '',
                    notice_rows TEXT NOT NULL DEFAULT '[]',
                    trips INTEGER NOT NULL DEFAULT 0,
                    notices INTEGER NOT NULL DEFAULT 0,
                    second_notices INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL)";

QStringList checkFixedKeys()
{
    QStringList out;
    out << replaceTable("case_record", QByteArray(QByteArray(kCaseRecordV6) + ")").constData())
        << replaceTable("case_check", R"(CREATE TABLE case_check_new (
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    row_key TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    material_name TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'provided',
                        'obtained-by-sharing', 'replaced-by-commitment', 'missing', 'defective',
                        'deferred', 'not-applicable')),
                    defect TEXT NOT NULL DEFAULT '' CHECK (defect IN ('', 'expired', 'unsigned',
                        'unclear', 'wrong-form', 'not-enough-copies', 'data-mismatch', 'other')),
                    note TEXT NOT NULL DEFAULT '',
                    copies INTEGER NOT NULL DEFAULT 0,
                    in_notice INTEGER NOT NULL DEFAULT 0 CHECK (in_notice IN (0, 1)),
                    PRIMARY KEY (case_number, row_key)))")
        << replaceTable("case_document", R"(CREATE TABLE case_document_new (
                    number TEXT PRIMARY KEY,
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    kind TEXT NOT NULL CHECK (kind IN ('acceptance-notice', 'correction-notice',
                        'deferral-notice', 'commitment-in-lieu', 'decline-notice',
                        'material-receipt', 'consultation-list')),
                    issued_at TEXT NOT NULL,
                    data TEXT NOT NULL))")
        << replaceTable("case_visit", R"(CREATE TABLE case_visit_new (
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    trip INTEGER NOT NULL CHECK (trip >= 1),
                    visited_at TEXT NOT NULL,
                    clerk_login TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN STATUS_KEYS),
                    PRIMARY KEY (case_number, trip)))")
        << QStringLiteral("CREATE INDEX case_record_status ON case_record (status, received_on)")
        << QStringLiteral("CREATE INDEX case_record_applicant ON case_record (applicant_id)")
        << QStringLiteral("CREATE INDEX case_document_case ON case_document (case_number)");
    for (QString &statement : out)
        statement.replace(QLatin1String("STATUS_KEYS"), QLatin1String(kStatusKeys));
    return out;
}

// Migration 13: case_record with the statuses of the decision and hand-out in its CHECK, the
// columns migrations 10 and 12 added, and the routing, decision and hand-out columns; the
// rows copied by name, every index made again.
QStringList decisionStatuses()
{
    const QString columns = QStringLiteral(
        "number, status, version, hall_code, terminal_code, bundle_code, bundle_name, items, "
        "item_name, answers, applicant_id, applicant, agent, channel, clerk_login, clerk_name, "
        "received_on, first_decided_on, accepted_on, due_date, due_warning, notice_due, "
        "supplement_due, supplement_days, commitment_signed, decline_reason, decline_redirect, "
        "notice_rows, trips, notices, second_notices, created_at, updated_at, limit_days, "
        "pauses, clock_stale, clock_due, clock_warn_from, clock_paused_on, "
        "supplement_warn_from, notice_warn_from");
    QStringList out;
    out << QStringLiteral(R"(%1,
                    limit_days INTEGER NOT NULL DEFAULT -1,
                    pauses TEXT NOT NULL DEFAULT '[]',
                    clock_stale INTEGER NOT NULL DEFAULT 1 CHECK (clock_stale IN (0, 1)),
                    clock_due TEXT,
                    clock_warn_from TEXT,
                    clock_paused_on TEXT,
                    supplement_warn_from TEXT,
                    notice_warn_from TEXT,
                    department TEXT NOT NULL DEFAULT '',
                    routed_on TEXT,
                    department_due TEXT,
                    decided_on TEXT,
                    decision_number TEXT NOT NULL DEFAULT '',
                    refusal_reason TEXT NOT NULL DEFAULT '',
                    handed_out_on TEXT,
                    hand_out TEXT NOT NULL DEFAULT ''))")
               .arg(QString::fromUtf8(kCaseRecordV6))
        << QStringLiteral("INSERT INTO case_record_new (%1) SELECT %1 FROM case_record")
               .arg(columns)
        << QStringLiteral("DROP TABLE case_record")
        << QStringLiteral("ALTER TABLE case_record_new RENAME TO case_record");
    out << replaceTable("case_visit", R"(CREATE TABLE case_visit_new (
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    trip INTEGER NOT NULL CHECK (trip >= 1),
                    visited_at TEXT NOT NULL,
                    clerk_login TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN STATUS_KEYS),
                    PRIMARY KEY (case_number, trip)))");
    for (const char *index :
         {"CREATE INDEX case_record_status ON case_record (status, received_on)",
          "CREATE INDEX case_record_applicant ON case_record (applicant_id)",
          "CREATE INDEX case_record_applicant_received ON case_record (applicant_id, received_on)",
          "CREATE INDEX case_record_clock_stale ON case_record (number) WHERE clock_stale = 1",
          "CREATE INDEX case_record_status_clock ON case_record (status, clock_due)",
          "CREATE INDEX case_record_status_supplement ON case_record (status, supplement_due)",
          "CREATE INDEX case_record_status_notice ON case_record (status, notice_due)",
          "CREATE INDEX case_record_status_updated ON case_record (status, updated_at)",
          "CREATE INDEX case_record_received ON case_record (received_on)",
          "CREATE INDEX case_record_status_department ON case_record (status, department, "
          "department_due)",
          "CREATE INDEX case_visit_clerk ON case_visit (clerk_login, visited_at)"})
        out << QString::fromLatin1(index);
    for (QString &statement : out)
        statement.replace(QLatin1String("STATUS_KEYS"), QLatin1String(kStatusKeys));
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
        {4, "cases: append-only hash-chained events, per-terminal sequences and projections",
         sql({R"(CREATE TABLE terminal_sequence (
                    hall_code TEXT NOT NULL,
                    terminal_code TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    last INTEGER NOT NULL CHECK (last >= 0),
                    PRIMARY KEY (hall_code, terminal_code, scope)))",
              R"(CREATE TABLE case_event (
                    id TEXT PRIMARY KEY,
                    case_number TEXT NOT NULL,
                    hall_code TEXT NOT NULL,
                    terminal_code TEXT NOT NULL,
                    terminal_seq INTEGER NOT NULL CHECK (terminal_seq >= 1),
                    actor TEXT NOT NULL,
                    at TEXT NOT NULL,
                    type TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    base_version INTEGER NOT NULL CHECK (base_version >= 0),
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    UNIQUE (hall_code, terminal_code, terminal_seq)))",
              "CREATE INDEX case_event_case ON case_event (case_number, base_version)",
              // Append-only: the log is the audit trail; the hash chain catches what gets past.
              R"(CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
                 BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END)",
              R"(CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
                 BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END)",
              R"(CREATE TABLE applicant (
                    id_number TEXT PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
                    name TEXT NOT NULL,
                    phone TEXT NOT NULL DEFAULT '',
                    address TEXT NOT NULL DEFAULT '',
                    legal_representative TEXT NOT NULL DEFAULT '',
                    contact TEXT NOT NULL DEFAULT '',
                    false_commitment INTEGER NOT NULL DEFAULT 0,
                    updated_at TEXT NOT NULL))",
              R"(CREATE TABLE case_record (
                    number TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    hall_code TEXT NOT NULL,
                    terminal_code TEXT NOT NULL,
                    bundle_code TEXT NOT NULL DEFAULT '',
                    bundle_name TEXT NOT NULL DEFAULT '',
                    items TEXT NOT NULL,
                    item_name TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    applicant_id TEXT NOT NULL REFERENCES applicant (id_number),
                    applicant TEXT NOT NULL,
                    agent TEXT NOT NULL DEFAULT '',
                    channel TEXT NOT NULL,
                    clerk_login TEXT NOT NULL,
                    clerk_name TEXT NOT NULL,
                    received_on TEXT NOT NULL,
                    first_decided_on TEXT,
                    accepted_on TEXT,
                    due_date TEXT,
                    due_warning TEXT NOT NULL DEFAULT '',
                    notice_due TEXT,
                    supplement_due TEXT,
                    supplement_days INTEGER NOT NULL DEFAULT 0,
                    commitment_signed INTEGER NOT NULL DEFAULT 0,
                    decline_reason TEXT NOT NULL DEFAULT '',
                    decline_redirect TEXT NOT NULL DEFAULT '',
                    notice_rows TEXT NOT NULL DEFAULT '[]',
                    trips INTEGER NOT NULL DEFAULT 0,
                    notices INTEGER NOT NULL DEFAULT 0,
                    second_notices INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
              "CREATE INDEX case_record_status ON case_record (status, received_on)",
              "CREATE INDEX case_record_applicant ON case_record (applicant_id)",
              R"(CREATE TABLE case_check (
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    row_key TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    material_name TEXT NOT NULL,
                    state TEXT NOT NULL,
                    defect TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    copies INTEGER NOT NULL DEFAULT 0,
                    in_notice INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (case_number, row_key)))",
              R"(CREATE TABLE case_document (
                    number TEXT PRIMARY KEY,
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    kind TEXT NOT NULL,
                    issued_at TEXT NOT NULL,
                    data TEXT NOT NULL))",
              "CREATE INDEX case_document_case ON case_document (case_number)",
              R"(CREATE TABLE case_visit (
                    case_number TEXT NOT NULL REFERENCES case_record (number),
                    trip INTEGER NOT NULL CHECK (trip >= 1),
                    visited_at TEXT NOT NULL,
                    clerk_login TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    PRIMARY KEY (case_number, trip)))"})},
        {5, "consultations given at the help desk (counted, no case)",
         sql({R"(CREATE TABLE consultation (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    day TEXT NOT NULL,
                    hall_code TEXT NOT NULL DEFAULT '',
                    terminal_code TEXT NOT NULL DEFAULT '',
                    clerk TEXT NOT NULL,
                    entry_code TEXT NOT NULL))",
              "CREATE INDEX consultation_day ON consultation (day)"})},
        {6, "fixed keys checked: case status, channel, material state, defect, document kind",
         checkFixedKeys(), true},
        {7, "sync: each event names the case event it follows; conflicts; sync state",
         sql({"ALTER TABLE case_event ADD COLUMN parent_id TEXT NOT NULL DEFAULT ''",
              // Before sync every case's events formed one line: the parent is the event
              // of the version before.
              R"(UPDATE case_event SET parent_id = coalesce((SELECT p.id FROM case_event p
                    WHERE p.case_number = case_event.case_number
                      AND p.base_version = case_event.base_version - 1), '')
                  WHERE base_version > 0)",
              // An event the server refused, or that lost to a change made elsewhere: kept
              // in the log (audit) but left out of the projections until resolved.
              R"(CREATE TABLE case_conflict (
                    event_id TEXT PRIMARY KEY REFERENCES case_event (id),
                    case_number TEXT NOT NULL,
                    code TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    detected_at TEXT NOT NULL,
                    resolution TEXT NOT NULL DEFAULT ''
                        CHECK (resolution IN ('', 'reapplied', 'discarded')),
                    resolved_by TEXT NOT NULL DEFAULT '',
                    resolved_at TEXT NOT NULL DEFAULT ''))",
              "CREATE INDEX case_conflict_case ON case_conflict (case_number)",
              // One row: what this terminal knows of the server.
              R"(CREATE TABLE sync_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    server_url TEXT NOT NULL DEFAULT '',
                    terminal_key TEXT NOT NULL DEFAULT '',
                    pushed_through INTEGER NOT NULL DEFAULT 0 CHECK (pushed_through >= 0),
                    pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
                    last_success TEXT NOT NULL DEFAULT '',
                    last_error TEXT NOT NULL DEFAULT ''))",
              "INSERT INTO sync_state (id) VALUES (1)"})},
        {8, "sync: the versions of the catalog and calendar taken from the server",
         sql({"ALTER TABLE sync_state ADD COLUMN catalog_version INTEGER NOT NULL DEFAULT 0",
              "ALTER TABLE sync_state ADD COLUMN calendar_version INTEGER NOT NULL DEFAULT 0"})},
        {9, "sync: the server's CA and certificate fingerprint given when the terminal joined",
         sql({"ALTER TABLE sync_state ADD COLUMN server_ca TEXT NOT NULL DEFAULT ''",
              "ALTER TABLE sync_state ADD COLUMN server_pin TEXT NOT NULL DEFAULT ''"})},
        {10, "case desk: the time limit in working days and the stopped time of a case",
         sql({"ALTER TABLE case_record ADD COLUMN limit_days INTEGER NOT NULL DEFAULT -1",
              "ALTER TABLE case_record ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]'"})},
        {11, "case desk: find cases by the applicant's name (its start)",
         sql({"CREATE INDEX applicant_name ON applicant (name)",
              "CREATE INDEX case_record_applicant_received ON case_record (applicant_id, "
              "received_on)"})},
        {12, "case desk: worklists (the deadline index CaseClockIndex keeps, visits by clerk)",
         sql({// Derived from the record, the calendar and the warning setting; 1 = to count
              // again. Every row starts stale: the first worklist counts them.
              "ALTER TABLE case_record ADD COLUMN clock_stale INTEGER NOT NULL DEFAULT 1",
              "ALTER TABLE case_record ADD COLUMN clock_due TEXT",
              "ALTER TABLE case_record ADD COLUMN clock_warn_from TEXT",
              "ALTER TABLE case_record ADD COLUMN clock_paused_on TEXT",
              "ALTER TABLE case_record ADD COLUMN supplement_warn_from TEXT",
              "ALTER TABLE case_record ADD COLUMN notice_warn_from TEXT",
              "CREATE INDEX case_record_clock_stale ON case_record (number) WHERE clock_stale = 1",
              "CREATE INDEX case_record_status_clock ON case_record (status, clock_due)",
              "CREATE INDEX case_record_status_supplement ON case_record (status, supplement_due)",
              "CREATE INDEX case_record_status_notice ON case_record (status, notice_due)",
              "CREATE INDEX case_record_status_updated ON case_record (status, updated_at)",
              "CREATE INDEX case_record_received ON case_record (received_on)",
              "CREATE INDEX case_visit_clerk ON case_visit (clerk_login, visited_at)"})},
        {13, "case desk: routing to the deciding department, the decision and the hand-out",
         decisionStatuses(), true},
        {14, "case desk: the hand-out receipt, withdrawal confirmation and termination notice",
         documentTable("'acceptance-notice', 'correction-notice', 'deferral-notice', "
                       "'commitment-in-lieu', 'decline-notice', 'material-receipt', "
                       "'consultation-list', 'hand-out-receipt', 'withdrawal-confirmation', "
                       "'termination-notice'"),
         true},
        {15, "好差评: the ratings of a case's visits and the 差评 follow-ups",
         sql({// The case's ratings (JSON, as RatingJson writes them); the open follow-up due
              // first, its working days, and its warning day (derived, CaseClockIndex).
              "ALTER TABLE case_record ADD COLUMN ratings TEXT NOT NULL DEFAULT '[]'",
              "ALTER TABLE case_record ADD COLUMN follow_up_due TEXT",
              "ALTER TABLE case_record ADD COLUMN follow_up_days INTEGER NOT NULL DEFAULT 0",
              "ALTER TABLE case_record ADD COLUMN follow_up_warn_from TEXT",
              "CREATE INDEX case_record_follow_up ON case_record (follow_up_due) WHERE "
              "follow_up_due IS NOT NULL"})},
        {16, "代办: the case carried by an agent, its chain of custody and relay",
         sql({// The 代办 (JSON, as ProxyJson writes it); its agent and end day for the lists.
              "ALTER TABLE case_record ADD COLUMN proxy TEXT NOT NULL DEFAULT ''",
              "ALTER TABLE case_record ADD COLUMN proxy_agent TEXT NOT NULL DEFAULT ''",
              "ALTER TABLE case_record ADD COLUMN proxy_completed_on TEXT",
              "CREATE INDEX case_record_proxy_agent ON case_record (proxy_agent, updated_at) "
              "WHERE proxy_agent <> ''"})},
        {17, "代办: the 委托书, the 交接单 of each handover and the 办结单",
         documentTable("'acceptance-notice', 'correction-notice', 'deferral-notice', "
                       "'commitment-in-lieu', 'decline-notice', 'material-receipt', "
                       "'consultation-list', 'hand-out-receipt', 'withdrawal-confirmation', "
                       "'termination-notice', 'proxy-authorisation', 'handover-slip', "
                       "'proxy-completion'"),
         true},
        {18, "代办: the agent's commitment date as a deadline light of the 代办 lists",
         sql({// The commitment date while the 代办 runs and the day it was taken (derived from
              // proxy), the warning day (derived, CaseClockIndex); counted again at once.
              "ALTER TABLE case_record ADD COLUMN proxy_commit_due TEXT",
              "ALTER TABLE case_record ADD COLUMN proxy_taken_on TEXT",
              "ALTER TABLE case_record ADD COLUMN proxy_warn_from TEXT",
              "UPDATE case_record SET proxy_commit_due = json_extract(proxy, '$.commitDate'), "
              "proxy_taken_on = json_extract(proxy, '$.takenOn'), clock_stale = 1 WHERE proxy "
              "<> '' AND json_extract(proxy, '$.completedOn') IS NULL",
              "CREATE INDEX case_record_proxy_commit ON case_record (proxy_commit_due) WHERE "
              "proxy_commit_due IS NOT NULL"})},
        {19, "case desk at millions of cases: the overdue list and an agent's 代办 by index",
         sql({// The earliest due day of the case's running deadlines (derived, CaseClockIndex):
              // the overdue list reads the few cases past it instead of every case.
              "ALTER TABLE case_record ADD COLUMN urgent_due TEXT",
              // (The statuses a deadline runs in: CaseDeadlines::mayRun.)
              "UPDATE case_record SET clock_stale = 1 WHERE status IN ('received', 'accepted', "
              "'accepted-with-deferral')",
              "CREATE INDEX case_record_urgent ON case_record (urgent_due) WHERE urgent_due IS "
              "NOT NULL",
              // 我的代办: the agent's running 代办 by commitment date (the partial index on
              // proxy_agent <> '' does not serve "proxy_agent = ?").
              "CREATE INDEX case_record_proxy_agent_commit ON case_record (proxy_agent, "
              "proxy_commit_due) WHERE proxy_commit_due IS NOT NULL"})},
        {20, "case desk at millions of cases: each worklist's first page in its index order",
         sql({// A list over two statuses sorted by a day cannot use (status, day): one index per
              // list, its condition as WorklistQuery writes it, rows in the list's order.
              "CREATE INDEX case_record_list_correction ON case_record (notice_due, number) "
              "WHERE status IN ('received', 'correction-requested')",
              "CREATE INDEX case_record_list_in_progress ON case_record (clock_due, number) "
              "WHERE status IN ('accepted', 'accepted-with-deferral')",
              "CREATE INDEX case_record_list_in_approval ON case_record (clock_due, number) "
              "WHERE status IN ('accepted', 'accepted-with-deferral') AND department <> ''",
              "CREATE INDEX case_record_list_hand_out ON case_record (updated_at, number) WHERE "
              "status IN ('approved', 'refused')",
              "CREATE INDEX case_record_list_ended ON case_record (updated_at, number) WHERE "
              "status IN ('terminated', 'withdrawn')",
              // Every case, newest first, ties by number.
              "DROP INDEX case_record_received",
              "CREATE INDEX case_record_received ON case_record (received_on, number)"})},
        {21, "case desk at millions of cases: the overdue list and the desk's lights by index",
         sql({// The earliest due day of the running deadlines whose clock is not stopped
              // (derived, CaseClockIndex): the case is red after it, so "overdue" and its
              // count are an index range, not a test of each case past its earliest due day.
              "ALTER TABLE case_record ADD COLUMN red_after TEXT",
              // Counted from the index's own columns the way the lists' lights read them
              // (a stopped clock is not late while the stop began by its due day); stale
              // rows are counted again by the next refresh anyway.
              "UPDATE case_record SET red_after = NULLIF(MIN(IFNULL(CASE WHEN clock_due IS NOT "
              "NULL AND NOT IFNULL(clock_paused_on <= clock_due, 0) THEN clock_due END, '9'), "
              "IFNULL(CASE WHEN supplement_warn_from IS NOT NULL THEN supplement_due END, '9'), "
              "IFNULL(CASE WHEN notice_warn_from IS NOT NULL THEN notice_due END, '9')), '9') "
              "WHERE urgent_due IS NOT NULL",
              "CREATE INDEX case_record_red ON case_record (red_after, number) WHERE red_after "
              "IS NOT NULL",
              // The desk's lights of the cases in progress from the list's index alone (a
              // count of a million rows reads no table page).
              "DROP INDEX case_record_list_in_progress",
              "CREATE INDEX case_record_list_in_progress ON case_record (clock_due, number, "
              "clock_warn_from, clock_paused_on, status) WHERE status IN ('accepted', "
              "'accepted-with-deferral')"})},
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
        // PRAGMA foreign_keys is a no-op inside a transaction: switch it before BEGIN.
        if (m.rebuildsTables) {
            if (Status s = db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
                return s;
        }
        auto restoreKeys = qScopeGuard([&db, &m]() {
            if (m.rebuildsTables)
                (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
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
        if (m.rebuildsTables) {
            QSqlQuery fk(db.connection());
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")) || fk.next())
                return Status::failure(
                    QCoreApplication::translate("Database",
                                                "Upgrading the store to schema %1 failed; it was "
                                                "left at schema %2.")
                        .arg(m.version)
                        .arg(m.version - 1),
                    QStringLiteral("foreign_key_check: ") + fk.value(0).toString());
        }
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace onetrip
