#include "tst_casefixture.h"

#include "cases/CaseEventLog.h"
#include "cases/CaseRebuild.h"
#include "demo/CaseGenerator.h"

#include <QProcess>

using namespace onetrip;
using test::CaseFixture;

// `db rebuild`: the projections made again from the event log through the same function
// that wrote them must equal what was there, over a store holding every kind of case.
class TestCaseRebuild : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;

    // Every kind of case (CaseGenerator makes each at least once), over three weeks, two
    // terminals, through the real commands.
    bool fillEveryKind()
    {
        CaseGenerator::Options o;
        o.cases = 240;
        o.seed = 11;
        o.from = QDate(2026, 11, 2);
        o.to = QDate(2026, 11, 20);
        o.terminals = 2;
        o.supervisor = SupervisorApproval{QStringLiteral("super01"), QStringLiteral("demo"), {}};
        // And the life after acceptance: routing, decisions, hand-outs, ratings, 代办.
        o.life = true;
        o.supervisorUser =
            User{0, QStringLiteral("super01"), QStringLiteral("张华"), Role::Supervisor};
        o.agent = User{0, QStringLiteral("agent01"), QStringLiteral("李强"), Role::Agent};
        auto report = CaseGenerator::run(f.db(), CaseFixture::hall(), f.clerk(), o);
        if (!report)
            qWarning("%s", qPrintable(report.describe()));
        return report && report->cases == 240;
    }

    int count(const char *where)
    {
        return f.count(QStringLiteral("SELECT count(*) FROM case_record WHERE ") +
                       QLatin1String(where));
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(); }
    void cleanup() { f.close(); }

    void storeHoldsEveryKind()
    {
        QVERIFY(fillEveryKind());
        // Read from the tables, not from the generator's report.
        for (const char *status : {"received", "correction-requested", "accepted",
                                   "accepted-with-deferral", "declined", "terminated", "withdrawn"})
            QVERIFY2(count(qPrintable(QStringLiteral("status = '%1'").arg(QLatin1String(status)))) >
                         0,
                     status);
        QVERIFY(count("second_notices > 0") > 0);
        QVERIFY(count("notices > 0 AND status = 'accepted'") > 0); // resubmitted, accepted
        QVERIFY(count("trips > 1") > 0);
        QVERIFY(count("terminal_code = 'T02'") > 0);
        QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM applicant WHERE false_commitment = "
                                       "1")) > 0);
        // After acceptance: sent to departments, decided, handed out, rated, carried by agents.
        QVERIFY(count("department <> ''") > 0);
        QVERIFY(count("status IN ('approved', 'refused')") > 0);
        QVERIFY(count("status = 'handed-out'") > 0);
        QVERIFY(count("ratings <> '[]'") > 0);
        QVERIFY(count("proxy <> ''") > 0);
        // The intake's six kinds, the withdrawal confirmation and termination notice, the
        // hand-out receipt, the 代办's 委托书 and 交接单.
        for (const char *kind :
             {"acceptance-notice", "correction-notice", "deferral-notice", "commitment-in-lieu",
              "decline-notice", "material-receipt", "withdrawal-confirmation", "termination-notice",
              "hand-out-receipt", "proxy-authorisation", "handover-slip"})
            QVERIFY2(f.count(QStringLiteral("SELECT count(*) FROM case_document WHERE kind = '%1'")
                                 .arg(QLatin1String(kind))) > 0,
                     kind);
    }

    void rebuildGivesBackWhatWasThere()
    {
        QVERIFY(fillEveryKind());
        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(before.size() > 1000);
        auto report = CaseRebuild::run(f.db());
        QVERIFY2(report, qPrintable(report.describe()));
        QCOMPARE(report->cases, 240);
        QCOMPARE(report->events, f.count(QStringLiteral("SELECT count(*) FROM case_event")));
        const QStringList after = CaseFixture::projections(f.db());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
    }

    // Projections damaged by hand (or by a bug) are made right again from the log.
    void rebuildRepairsProjections()
    {
        QVERIFY(fillEveryKind());
        const QStringList before = CaseFixture::projections(f.db());
        QVERIFY(f.exec(QStringLiteral("UPDATE case_record SET status = 'accepted', trips = 9")));
        QVERIFY(f.exec(QStringLiteral("DELETE FROM case_visit WHERE trip > 1")));
        QVERIFY(f.exec(QStringLiteral("DELETE FROM case_check WHERE row_key LIKE '%m01'")));
        QVERIFY(f.exec(QStringLiteral("UPDATE applicant SET false_commitment = 0, name = 'x'")));
        QVERIFY(CaseFixture::projections(f.db()) != before);
        QVERIFY(CaseRebuild::run(f.db()));
        QCOMPARE(CaseFixture::projections(f.db()), before);
    }

    // An event this program cannot read stops the rebuild; nothing is changed.
    void unknownEventChangesNothing()
    {
        QVERIFY(fillEveryKind());
        const QStringList before = CaseFixture::projections(f.db());
        const QString number =
            f.service().queries().open(QStringLiteral("JNLX-20261102-T01-00001"))->number;
        QVERIFY(f.exec(
            QStringLiteral("INSERT INTO case_event (id, case_number, hall_code, terminal_code, "
                           "terminal_seq, actor, at, type, payload, base_version, prev_hash, "
                           "hash) VALUES ('x-1', '%1', 'JNLX', 'T09', 1, 'clerk01', "
                           "'2026-11-20T10:00:00.000+08:00', 'case.teleported', '{\"v\":2}', 99, "
                           "'', '')")
                .arg(number)));
        auto report = CaseRebuild::run(f.db());
        QVERIFY(!report);
        QVERIFY2(report.message().contains(QStringLiteral("case.teleported")),
                 qPrintable(report.message()));
        QCOMPARE(CaseFixture::projections(f.db()), before);
    }

    // The same through the command line, on the store file.
    void ctlRebuild()
    {
        QVERIFY(fillEveryKind());
        const QStringList before = CaseFixture::projections(f.db());
        const QString path = f.db().path();
        QVERIFY(f.exec(QStringLiteral("DELETE FROM case_check")));
        f.close();
        QProcess p;
        p.start(qEnvironmentVariable("ONETRIP_CTL"),
                {QStringLiteral("db"), QStringLiteral("rebuild"), QStringLiteral("--store"), path});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("240")), qPrintable(out));
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(CaseFixture::projections(*db.value()), before);
    }
};

QTEST_GUILESS_MAIN(TestCaseRebuild)
#include "tst_caserebuild.moc"
