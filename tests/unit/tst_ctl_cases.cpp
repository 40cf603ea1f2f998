#include "TestSupport.h"

#include "calendar/CalendarRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

using Run = test::CtlRun;

// Global options after the command on purpose: they are accepted anywhere.
Run ctl(const QString &store, const QStringList &args)
{
    return test::runCtl(args + QStringList{QStringLiteral("--store"), store});
}

int count(const QString &store, const QString &sql)
{
    auto db = Database::open(store, Database::Mode::ReadOnly);
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

} // namespace

// onetripctl generate, audit verify and case show on a real store file.
class TestCtlCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_generated; // a store filled once by generate, copied for each test
    int m_copies = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_generated, path))
            qFatal("copy failed");
        return path;
    }

    static QMap<QString, int> countsOf(const QString &out)
    {
        QMap<QString, int> counts;
        static const QRegularExpression line(QStringLiteral("^([a-z-]+)\t(\\d+)$"),
                                             QRegularExpression::MultilineOption);
        auto it = line.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            counts.insert(m.captured(1), m.captured(2).toInt());
        }
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_generated = m_dir.filePath(QStringLiteral("generated.sqlite"));
        const Run run =
            ctl(m_generated,
                {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("600"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--to"), QStringLiteral("2026-11-27"),
                 QStringLiteral("--intake-only")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("600")), qPrintable(run.out));
    }

    // The report's counts per kind against what the tables say, counted independently.
    void generateCountsEveryKind()
    {
        const Run again =
            ctl(m_dir.filePath(QStringLiteral("again.sqlite")),
                {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("600"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--to"), QStringLiteral("2026-11-27"),
                 QStringLiteral("--intake-only")});
        QCOMPARE(again.exitCode, 0);
        const QMap<QString, int> counts = countsOf(again.out);
        QCOMPARE(counts.size(), 11);
        int total = 0;
        for (int n : counts) {
            QVERIFY(n > 0); // every kind at least once
            total += n;
        }
        QCOMPARE(total, 600);
        const QString s = m_generated;
        auto where = [&s](const char *condition) {
            return count(s, QStringLiteral("SELECT count(*) FROM case_record r WHERE ") +
                                QLatin1String(condition));
        };
        const char *docOf = "EXISTS (SELECT 1 FROM case_document d WHERE d.case_number = "
                            "r.number AND d.kind = '%1')";
        auto hasDoc = [docOf](const char *kind) {
            return QString::fromLatin1(docOf).arg(QLatin1String(kind));
        };
        QCOMPARE(where(qPrintable(QStringLiteral("status = 'accepted' AND trips = 1 AND NOT ") +
                                  hasDoc("commitment-in-lieu"))),
                 counts.value(QStringLiteral("accepted")));
        QCOMPARE(where(qPrintable(QStringLiteral("status = 'accepted' AND ") +
                                  hasDoc("commitment-in-lieu"))),
                 counts.value(QStringLiteral("commitment-in-lieu")));
        QCOMPARE(where("status = 'accepted-with-deferral'"),
                 counts.value(QStringLiteral("deferred")));
        QCOMPARE(where(qPrintable(QStringLiteral("status = 'accepted' AND ") +
                                  hasDoc("deferral-notice"))),
                 counts.value(QStringLiteral("supplement-completed")));
        QCOMPARE(where("status = 'terminated'"), counts.value(QStringLiteral("terminated")));
        QCOMPARE(where("status = 'correction-requested' AND second_notices = 0"),
                 counts.value(QStringLiteral("correction-open")));
        QCOMPARE(where("status = 'accepted' AND notices = 1 AND trips = 2"),
                 counts.value(QStringLiteral("resubmitted")));
        QCOMPARE(where("second_notices = 1"), counts.value(QStringLiteral("second-notice")));
        QCOMPARE(where("status = 'declined'"), counts.value(QStringLiteral("declined")));
        QCOMPARE(where("status = 'received'"), counts.value(QStringLiteral("received-only")));
        QCOMPARE(where("status = 'withdrawn'"), counts.value(QStringLiteral("withdrawn")));
        // Spread over four terminals and the period's 20 working days, none other.
        QCOMPARE(where("1"), 600);
        QCOMPARE(count(s, QStringLiteral("SELECT count(DISTINCT terminal_code) FROM case_record")),
                 4);
        QCOMPARE(count(s, QStringLiteral("SELECT count(DISTINCT received_on) FROM case_record")),
                 20);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM case_record WHERE received_on < "
                                         "'2026-11-02' OR received_on > '2026-11-27' OR "
                                         "strftime('%w', received_on) IN ('0', '6')")),
                 0);
    }

    // By default the accepted cases live on: the report's figures against the tables.
    void generateLivesOnAfterAcceptance()
    {
        const QString path = m_dir.filePath(QStringLiteral("lived.sqlite"));
        const Run run =
            ctl(path, {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("600"),
                       QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-27")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QMap<QString, int> counts = countsOf(run.out);
        auto where = [&path](const char *condition) {
            return count(path, QStringLiteral("SELECT count(*) FROM case_record WHERE ") +
                                   QLatin1String(condition));
        };
        for (const char *key : {"routed", "approved", "handed-out", "rated", "proxy"})
            QVERIFY2(counts.value(QLatin1String(key)) > 0, key);
        QCOMPARE(where("department <> ''"), counts.value(QStringLiteral("routed")));
        QCOMPARE(where("decided_on IS NOT NULL AND refusal_reason = ''"),
                 counts.value(QStringLiteral("approved")));
        QCOMPARE(where("refusal_reason <> ''"), counts.value(QStringLiteral("refused")));
        QCOMPARE(where("status = 'handed-out'"), counts.value(QStringLiteral("handed-out")));
        QCOMPARE(where("ratings <> '[]'"), counts.value(QStringLiteral("rated")));
        QCOMPARE(where("proxy <> ''"), counts.value(QStringLiteral("proxy")));
        // Every case handed out got its receipt; every 代办 its 委托书.
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM case_document WHERE kind = "
                                            "'hand-out-receipt'")),
                 counts.value(QStringLiteral("handed-out")));
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM case_document WHERE kind = "
                                            "'proxy-authorisation'")),
                 counts.value(QStringLiteral("proxy")));
        // Nothing left in a state no hall would have: no routing without acceptance.
        QCOMPARE(where("department <> '' AND accepted_on IS NULL"), 0);
        // The worklists' deadline index is counted before generate ends: no case is stale and
        // the cases in progress have their due day.
        QCOMPARE(where("clock_stale = 1"), 0);
        QVERIFY(where("status IN ('accepted', 'accepted-with-deferral')") > 0);
        QCOMPARE(where("status IN ('accepted', 'accepted-with-deferral') AND limit_days > 0 AND "
                       "clock_due IS NULL"),
                 0);
        QVERIFY2(run.err.contains(QStringLiteral("counted")) ||
                     run.err.contains(QStringLiteral("计")),
                 qPrintable(run.err));
    }

    void generateRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no count") << QStringList{QStringLiteral("generate")};
        QTest::newRow("negative") << QStringList{QStringLiteral("generate"),
                                                 QStringLiteral("--cases"), QStringLiteral("-5")};
        QTest::newRow("bad date") << QStringList{
            QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5"),
            QStringLiteral("--from"), QStringLiteral("2026-13-01")};
    }
    void generateRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        const Run run = ctl(m_dir.filePath(QStringLiteral("bad.sqlite")), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("generate --cases")));
        QVERIFY(run.out.isEmpty());
    }

    void auditIntact()
    {
        const Run run = ctl(m_generated, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const int events = count(m_generated, QStringLiteral("SELECT count(*) FROM case_event"));
        QVERIFY(events > 3000);
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("ok, %1 events from 4 terminal(s).").arg(events));
    }

    // Past the triggers, with a SQLite shell: each kind of tampering is named, exit 1.
    void auditFindsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("named");
        QTest::newRow("payload modified")
            << "UPDATE case_event SET payload = replace(payload, 'accepted', 'declined') WHERE "
               "terminal_code = 'T02' AND terminal_seq = 4"
            << "Event 4 of terminal JNLX/T02";
        QTest::newRow("event deleted")
            << "DELETE FROM case_event WHERE terminal_code = 'T03' AND terminal_seq = 10"
            << "events 10 to 10 are missing";
        QTest::newRow("newest event deleted")
            << "DELETE FROM case_event WHERE terminal_code = 'T01' AND terminal_seq = (SELECT "
               "max(terminal_seq) FROM case_event WHERE terminal_code = 'T01')"
            << "deleted from the end of the log";
        QTest::newRow("two events swapped")
            << "UPDATE case_event SET terminal_seq = 900007 WHERE terminal_code = 'T04' AND "
               "terminal_seq = 7; UPDATE case_event SET terminal_seq = 7 WHERE terminal_code = "
               "'T04' AND terminal_seq = 8; UPDATE case_event SET terminal_seq = 8 WHERE "
               "terminal_code = 'T04' AND terminal_seq = 900007"
            << "Event 7 of terminal JNLX/T04";
    }
    void auditFindsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, named);
        const QString store = freshCopy();
        {
            auto db = Database::open(store);
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("DROP TRIGGER case_event_no_update")));
            QVERIFY(db.value()->exec(QStringLiteral("DROP TRIGGER case_event_no_delete")));
            for (const QString &statement : tamper.split(u';')) {
                const Status s = db.value()->exec(statement);
                QVERIFY2(s, qPrintable(s.describe()));
            }
        }
        const Run run = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void caseShowMasksIds()
    {
        QString number;
        {
            auto db = Database::open(m_generated, Database::Mode::ReadOnly);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT number FROM case_record WHERE second_notices = 1 LIMIT 1")));
            QVERIFY(q.next());
            number = q.value(0).toString();
        }
        const Run run = ctl(m_generated, {QStringLiteral("case"), QStringLiteral("show"), number});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("case")).toObject().value(QLatin1String("number")),
                 number);
        QStringList types;
        const QJsonArray events = json.value(QLatin1String("events")).toArray();
        for (const QJsonValue &e : events)
            types << e.toObject().value(QLatin1String("type")).toString();
        QCOMPARE(types,
                 (QStringList{QStringLiteral("case.received"), QStringLiteral("case.checked"),
                              QStringLiteral("case.status"), QStringLiteral("case.document"),
                              QStringLiteral("case.visit"), QStringLiteral("case.checked"),
                              QStringLiteral("case.second-notice-approved"),
                              QStringLiteral("case.status"), QStringLiteral("case.document")}));
        QCOMPARE(json.value(QLatin1String("documents")).toArray().size(), 2);
        // No full resident ID number anywhere; the masked form is there.
        static const QRegularExpression fullId(QStringLiteral("\\b\\d{17}[\\dX]\\b"));
        QVERIFY2(!fullId.match(run.out).hasMatch(), qPrintable(fullId.match(run.out).captured()));
        QVERIFY(run.out.contains(QStringLiteral("370102********")));
    }

    void caseShowUnknown()
    {
        const Run run = ctl(m_generated, {QStringLiteral("case"), QStringLiteral("show"),
                                          QStringLiteral("JNLX-20261102-T09-99999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("JNLX-20261102-T09-99999")));
    }

    // case find: a line per case, the ID masked, as many as the store says; a bad ID refused.
    void caseFind()
    {
        QString id;
        int expected = 0;
        {
            auto db = Database::open(m_generated, Database::Mode::ReadOnly);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT applicant_id, count(*) FROM case_record WHERE "
                                          "length(applicant_id) = 18 GROUP BY applicant_id "
                                          "ORDER BY count(*) DESC LIMIT 1")));
            QVERIFY(q.next());
            id = q.value(0).toString();
            expected = q.value(1).toInt();
        }
        const Run run = ctl(m_generated, {QStringLiteral("case"), QStringLiteral("find"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), expected);
        QVERIFY2(!run.out.contains(id), qPrintable(run.out));
        QString wrong = id;
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const Run refused =
            ctl(m_generated, {QStringLiteral("case"), QStringLiteral("find"), wrong});
        QCOMPARE(refused.exitCode, 1); // invalid input, said why
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.contains(wrong));
    }
};

QTEST_GUILESS_MAIN(TestCtlCases)
#include "tst_ctl_cases.moc"
