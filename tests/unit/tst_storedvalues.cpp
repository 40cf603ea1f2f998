#include "tst_casefixture.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseEvents.h"
#include "cases/CaseJson.h"
#include "catalog/CatalogRepository.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace onetrip;
using test::CaseFixture;

namespace {

// Every key of an enum whose values run 0, 1, 2 ... (toKey gives "" past the last).
template <typename E, typename F>
QStringList keysOf(F toKeyOf)
{
    QStringList out;
    for (int i = 0;; ++i) {
        const QString key = toKeyOf(E(i));
        if (key.isEmpty())
            return out;
        out << key;
    }
}

} // namespace

// A value outside its fixed set, read back from the store, is an error that names the
// value and the row; the store refuses to take one in the first place (migration 6).
class TestStoredValues : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;
    QString m_number;

    // One case with a deferral notice, a receipt and a checked row of every state it uses.
    void writeCase()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")});
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        m_number = r->number;
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init()
    {
        f.openStore();
        writeCase();
    }
    void cleanup() { f.close(); }

    // Migration 19 marks for counting again the cases a deadline may run in: its status
    // list is CaseDeadlines::mayRun's (a status left out would keep a stale light).
    void migration19RecountsWhatMayRun()
    {
        QStringList statement;
        for (const Migration &m : Migrations::all()) {
            if (m.version != 19)
                continue;
            for (const QString &sql : m.statements) {
                if (sql.contains(QLatin1String("SET clock_stale = 1")))
                    statement << sql;
            }
        }
        QCOMPARE(statement.size(), 1);
        QStringList listed;
        static const QRegularExpression key(QStringLiteral("'([a-z-]+)'"));
        for (auto it = key.globalMatch(statement.constFirst()); it.hasNext();)
            listed << it.next().captured(1);
        QStringList running;
        for (CaseStatus st : CaseTransitions::all()) {
            if (CaseDeadlines::mayRun(st))
                running << toKey(st);
        }
        listed.sort();
        running.sort();
        QVERIFY(running.size() >= 3);
        QCOMPARE(listed, running);
    }

    // The CHECK lists of migration 6 against the enums: every key goes in, a bogus one not.
    void checkConstraintsMatchTheEnums_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("case status")
            << "case_record"
            << "status" << keysOf<CaseStatus>([](CaseStatus s) { return toKey(s); });
        QTest::newRow("visit outcome")
            << "case_visit"
            << "outcome" << keysOf<CaseStatus>([](CaseStatus s) { return toKey(s); });
        QTest::newRow("channel") << "case_record"
                                 << "channel"
                                 << keysOf<Channel>([](Channel c) { return toKey(c); });
        QTest::newRow("material state")
            << "case_check"
            << "state" << keysOf<MaterialState>([](MaterialState s) { return toKey(s); });
        QTest::newRow("defect") << "case_check"
                                << "defect"
                                << (QStringList{QString()} +
                                    keysOf<DefectReason>([](DefectReason d) { return toKey(d); }));
        QTest::newRow("document kind")
            << "case_document"
            << "kind" << keysOf<DocumentKind>([](DocumentKind k) { return CaseJson::kindKey(k); });
    }
    void checkConstraintsMatchTheEnums()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, keys);
        QVERIFY(keys.size() >= 5);
        for (const QString &key : keys) {
            const Status s =
                f.db().exec(QStringLiteral("UPDATE %1 SET %2 = '%3'").arg(table, column, key));
            QVERIFY2(s, qPrintable(key + u' ' + s.describe()));
        }
        const Status bogus =
            f.db().exec(QStringLiteral("UPDATE %1 SET %2 = 'bogus'").arg(table, column));
        QVERIFY(!bogus);
        QVERIFY2(bogus.error().detail.contains(QStringLiteral("CHECK")),
                 qPrintable(bogus.describe()));
    }

    // Past the constraints (a SQLite shell with ignore_check_constraints), reading fails
    // and names what it found.
    void unknownValueIsAnError_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("case status") << "UPDATE case_record SET status = 'archived'"
                                     << "archived"
                                     << "case_record";
        QTest::newRow("channel") << "UPDATE case_record SET channel = 'fax'"
                                 << "fax"
                                 << "case_record";
        QTest::newRow("applicant kind in the case")
            << "UPDATE case_record SET applicant = replace(applicant, '\"person\"', '\"robot\"')"
            << "robot"
            << "case_record";
        QTest::newRow("material state")
            << "UPDATE case_check SET state = 'lost' WHERE row_key = 'JN-SG08/m01'"
            << "lost"
            << "JN-SG08/m01";
        QTest::newRow("defect")
            << "UPDATE case_check SET state = 'defective', defect = 'smudged' WHERE row_key = "
               "'JN-SG08/m01'"
            << "smudged"
            << "JN-SG08/m01";
        QTest::newRow("document kind")
            << "UPDATE case_document SET kind = 'invoice' WHERE number LIKE '%-SL1'"
            << "invoice"
            << "-SL1";
        QTest::newRow("rating level")
            << "UPDATE case_record SET ratings = '[{\"trip\":1,\"level\":\"meh\"}]'"
            << "meh"
            << "case_record";
    }
    void unknownValueIsAnError()
    {
        QFETCH(QString, edit);
        QFETCH(QString, value);
        QFETCH(QString, where);
        QVERIFY(f.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(f.exec(edit));
        auto opened = f.service().queries().open(m_number);
        QVERIFY(!opened);
        const QString message = opened.message();
        QVERIFY2(message.contains(u'"' + value + u'"'), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(m_number), qPrintable(message));
    }

    // The catalog's item rows too: an unknown handling form is not read as 最多跑一次.
    void unknownCatalogValueIsAnError_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("value");
        QTest::newRow("handling form")
            << "UPDATE catalog_item SET handling_form = 'by-pigeon' WHERE code = 'JN-SG08'"
            << "by-pigeon";
        QTest::newRow("case type")
            << "UPDATE catalog_item SET case_type = 'someday' WHERE code = 'JN-SG08'"
            << "someday";
    }
    void unknownCatalogValueIsAnError()
    {
        QFETCH(QString, edit);
        QFETCH(QString, value);
        QVERIFY(f.exec(edit));
        const CatalogRepository catalog(f.db());
        const auto items = catalog.items();
        QVERIFY(!items);
        QVERIFY2(items.message().contains(u'"' + value + u'"'), qPrintable(items.message()));
        QVERIFY2(items.message().contains(QStringLiteral("JN-SG08")), qPrintable(items.message()));
        const auto entries = catalog.searchEntries();
        QVERIFY(!entries);
        QVERIFY2(entries.message().contains(u'"' + value + u'"'), qPrintable(entries.message()));
    }

    void unknownApplicantKindInItsTable()
    {
        QVERIFY(f.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(f.exec(QStringLiteral("UPDATE applicant SET kind = 'robot'")));
        auto opened = f.service().queries().open(m_number);
        auto found = ApplicantRepository(f.db()).find(opened->applicant.idNumber);
        QVERIFY(!found);
        QVERIFY2(found.message().contains(QStringLiteral("\"robot\"")),
                 qPrintable(found.message()));
        // The row is named, its ID number masked.
        QVERIFY2(found.message().contains(opened->applicant.maskedId()),
                 qPrintable(found.message()));
        QVERIFY(!found.message().contains(opened->applicant.idNumber));
    }

    void unknownEventTypeOrVersion_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("named");
        QTest::newRow("type") << "case.teleported"
                              << "{\"v\":2}"
                              << "case.teleported";
        QTest::newRow("newer payload") << "case.visit"
                                       << "{\"v\":3,\"trip\":2}"
                                       << "\"3\"";
        QTest::newRow("status key") << "case.status"
                                    << "{\"v\":2,\"from\":\"accepted\",\"to\":\"archived\"}"
                                    << "\"archived\"";
        QTest::newRow("rating level") << "case.rated"
                                      << "{\"v\":2,\"trip\":1,\"level\":\"meh\"}"
                                      << "\"meh\"";
        QTest::newRow("follow-up step") << "case.complaint-follow-up"
                                        << "{\"v\":2,\"trip\":1,\"step\":\"appeal\"}"
                                        << "\"appeal\"";
        QTest::newRow("appeal decision") << "case.rating-appeal"
                                         << "{\"v\":2,\"trip\":1,\"result\":\"maybe\"}"
                                         << "\"maybe\"";
        QTest::newRow("holder of the materials")
            << "case.handover"
            << "{\"v\":2,\"from\":{\"kind\":\"courier\"},\"to\":{\"kind\":\"agent\"}}"
            << "\"courier\"";
        QTest::newRow("whose ID") << "case.id-revealed"
                                  << "{\"v\":2,\"whose\":\"neighbour\"}"
                                  << "\"neighbour\"";
    }
    void unknownEventTypeOrVersion()
    {
        QFETCH(QString, type);
        QFETCH(QString, payload);
        QFETCH(QString, named);
        CaseEvent e;
        e.caseNumber = m_number;
        e.type = type;
        e.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
        auto body = CaseEvents::decode(e);
        QVERIFY(!body);
        QVERIFY2(body.message().contains(named), qPrintable(body.message()));
        QVERIFY2(body.message().contains(m_number), qPrintable(body.message()));
    }

    // Migration 6 keeps the rows of a schema-5 store; one holding a bogus key is refused
    // and stays at schema 5, unchanged.
    void migrationKeepsRowsOrRefuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("upgrades");
        QTest::newRow("known status") << "accepted" << true;
        QTest::newRow("bogus status") << "archived" << false;
    }
    void migrationKeepsRowsOrRefuses()
    {
        QFETCH(QString, status);
        QFETCH(bool, upgrades);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY(Migrations::apply(*raw.value(), 5));
            const Database &db = *raw.value();
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO applicant (id_number, kind, name, updated_at) VALUES "
                "('370102196001010011', 'person', '张三', '2026-11-02T01:00:00.000Z')")));
            QVERIFY(db.exec(
                QStringLiteral(
                    "INSERT INTO case_record (number, status, version, hall_code, terminal_code, "
                    "items, item_name, answers, applicant_id, applicant, channel, clerk_login, "
                    "clerk_name, received_on, created_at, updated_at) VALUES "
                    "('JNLX-20261102-T01-00001', '%1', 3, 'JNLX', 'T01', '[]', '药品零售', '{}', "
                    "'370102196001010011', '{}', 'window', 'clerk01', '王', '2026-11-02', "
                    "'2026-11-02T09:00:00.000+08:00', '2026-11-02T09:00:00.000+08:00')")
                    .arg(status)));
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO case_check (case_number, row_key, position, material_name, state) "
                "VALUES ('JNLX-20261102-T01-00001', 'JN-SG08/m01', 0, '申请书', 'provided')")));
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO case_visit (case_number, trip, visited_at, clerk_login, outcome) "
                "VALUES ('JNLX-20261102-T01-00001', 1, '2026-11-02T09:00:00.000+08:00', "
                "'clerk01', 'accepted')")));
            // A document: migrations 14 and 17 rebuild case_document for new kinds.
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO case_document (number, case_number, kind, issued_at, data) VALUES "
                "('JNLX-20261102-T01-00001-SL1', 'JNLX-20261102-T01-00001', 'acceptance-notice', "
                "'2026-11-02T09:00:00.000+08:00', '{\"kind\":\"acceptance-notice\"}')")));
        }
        QStringList before;
        {
            auto raw = Database::openRaw(path);
            before = CaseFixture::projections(*raw.value());
        }
        QCOMPARE(before.size(), 5);
        auto opened = Database::open(path);
        QCOMPARE(bool(opened), upgrades);
        if (!upgrades)
            QVERIFY2(opened.message().contains(QStringLiteral("schema 5")),
                     qPrintable(opened.describe()));
        else
            QCOMPARE(opened.value()->userVersion(), Migrations::latestVersion());
        if (opened)
            opened.value().reset();
        auto raw = Database::openRaw(path);
        QCOMPARE(raw.value()->userVersion(), upgrades ? Migrations::latestVersion() : 5);
        // Migration 10 adds two columns to case_record with their defaults: no time limit
        // known (-1), no stopped time ([]); migration 12 the worklists' deadline index, to be
        // counted (stale, five NULLs); migration 13 neither routed, decided nor handed out;
        // migration 15 no ratings, no 差评 follow-up; migrations 16 and 18 no 代办;
        // migrations 19 and 21 no urgent due day, no red_after (counted by the index).
        QStringList expected = before;
        if (upgrades) {
            for (QString &row : expected) {
                if (row.startsWith(QLatin1String("case_record")))
                    row += QStringLiteral("\u001F-1\u001F[]\u001F1\u001FNULL\u001FNULL\u001FNULL"
                                          "\u001FNULL\u001FNULL\u001F\u001FNULL\u001FNULL"
                                          "\u001FNULL\u001F\u001F\u001FNULL\u001F"
                                          "\u001F[]\u001FNULL\u001F0\u001FNULL"
                                          "\u001F\u001F\u001FNULL"
                                          "\u001FNULL\u001FNULL\u001FNULL\u001FNULL"
                                          "\u001FNULL");
            }
        }
        QCOMPARE(CaseFixture::projections(*raw.value()), expected);
        QSqlQuery fk(raw.value()->connection());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
    }
};

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_storedvalues.moc"
