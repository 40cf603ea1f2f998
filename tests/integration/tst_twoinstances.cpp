// Two onetrip-server instances on one database (a city's halls behind a load balancer):
// terminals split between them push and pull at the same time and converge — every event
// exactly once, every terminal the same cases, feed cursors without gaps or repeats.
#include "SyncHarness.h"

#include <QProcess>
#include <QTest>

using namespace onetrip;
using namespace onetrip::test;

class TestTwoInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalsSplitBetweenInstancesConverge()
    {
        ServerDatabaseFixture database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        ServerProcess first(database.url());
        QVERIFY(first.bootstrap());
        QVERIFY(first.start());
        ServerProcess second(database.url());
        QVERIFY(second.start());

        std::vector<std::unique_ptr<Terminal>> terminals;
        for (int i = 0; i < 4; ++i) {
            terminals.push_back(std::make_unique<Terminal>(QStringLiteral("T0%1").arg(i + 1)));
            QVERIFY(terminals.back()->generate(15, quint32(100 + i)));
            // Registration once, as the supervisor does (half of them through each instance).
            auto joined = terminals.back()->sync((i % 2 ? second : first).url());
            QVERIFY2(joined, qPrintable(joined.message()));
        }
        // Then everyone works and syncs at once, twice, through their own instance.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 4; ++i) {
                auto more = terminals[size_t(i)]->generate(5, quint32(200 + 10 * round + i));
                QVERIFY2(more, qPrintable(more.message()));
            }
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int i = 0; i < 4; ++i) {
                auto p = std::make_unique<QProcess>();
                p->start(qEnvironmentVariable("ONETRIP_CTL"),
                         {QStringLiteral("--store"), terminals[size_t(i)]->path(),
                          QStringLiteral("sync"), QStringLiteral("--server"),
                          (i % 2 ? second : first).url().toString(), QStringLiteral("--user"),
                          QStringLiteral("clerk01")});
                p->write(kPassword.toUtf8() + '\n');
                p->closeWriteChannel();
                runs.push_back(std::move(p));
            }
            for (auto &p : runs) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
        }
        // A last quiet round so everyone has what the others pushed meanwhile.
        for (int i = 0; i < 4; ++i)
            QVERIFY(terminals[size_t(i)]->sync((i % 2 ? second : first).url(),
                                               QStringLiteral("clerk01")));

        qint64 own = 0;
        for (auto &t : terminals)
            own += t->count(QStringLiteral("SELECT count(*) FROM case_event WHERE terminal_code "
                                           "= '%1'")
                                .arg(t->terminal().terminalCode));
        auto server = [&database](const QString &sql) {
            QString v;
            return database.exec(sql, &v) ? v.toLongLong() : -1;
        };
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM sync_event WHERE state = 'applied'")),
                 own);
        QCOMPARE(server(QStringLiteral("SELECT count(DISTINCT id) FROM sync_event")), own);
        // The hall's feed: 1 … N, each once.
        QCOMPARE(server(QStringLiteral("SELECT count(DISTINCT feed_cursor) FROM sync_event WHERE "
                                       "state = 'applied'")),
                 own);
        QCOMPARE(server(QStringLiteral("SELECT max(feed_cursor) FROM sync_event")), own);
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM case_head")), 4 * (15 + 5 + 5));
        for (auto &t : terminals) {
            QCOMPARE(t->count(QStringLiteral("SELECT count(*) FROM case_event")), own);
            QCOMPARE(t->projections(), terminals.front()->projections());
        }
        const CtlRun audit = first.command({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
        QVERIFY(first.stop());
        QVERIFY(second.stop());
    }
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "tst_twoinstances.moc"
