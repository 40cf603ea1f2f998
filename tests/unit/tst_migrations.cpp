#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QStringList tables(const Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void freshStoreReachesLatest()
    {
        test::TempStore store;
        QCOMPARE(store.db().userVersion(), Migrations::latestVersion());
        const QStringList t = tables(store.db());
        for (const char *name : {"catalog_item", "guide_version", "bundle", "calendar_year",
                                 "calendar_day", "app_user", "setting"})
            QVERIFY2(t.contains(QString::fromLatin1(name)), name);
    }

    void pragmasAreSet()
    {
        test::TempStore store;
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY(Migrations::apply(*raw.value(), 1));
            QCOMPARE(raw.value()->userVersion(), 1);
            QVERIFY(!tables(*raw.value()).contains(QStringLiteral("calendar_year")));
            QVERIFY(raw.value()->exec(QStringLiteral(
                "INSERT INTO guide_version VALUES ('X1', 1, 'h', '{}', '2026-01-01', 'f')")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.message()));
        QCOMPARE(db.value()->userVersion(), Migrations::latestVersion());
        QVERIFY(tables(*db.value()).contains(QStringLiteral("calendar_year")));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM guide_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerStoreIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY(raw.value()->exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)));
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("newer version")), qPrintable(db.message()));
        auto raw = Database::openRaw(path);
        QVERIFY(raw);
        QCOMPARE(raw.value()->userVersion(), Migrations::latestVersion() + 5);
        QVERIFY(tables(*raw.value()).isEmpty());
    }

    void failedMigrationLeavesWholeVersion()
    {
        // A store where migration 2's table already exists: migration 2 fails, and the
        // store stays a complete schema 1 (the failed step rolled back entirely).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY(Migrations::apply(*raw.value(), 1));
            QVERIFY(raw.value()->exec(QStringLiteral("CREATE TABLE calendar_day (x)")));
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.message().contains(QStringLiteral("schema 2")));
        auto raw = Database::openRaw(path);
        QCOMPARE(raw.value()->userVersion(), 1);
        QVERIFY(!tables(*raw.value()).contains(QStringLiteral("calendar_year")));
    }

    void garbageFileIsRefusedWithMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("not a OneTrip store")) ||
                     db.message().contains(QStringLiteral("damaged")),
                 qPrintable(db.message()));
    }

    // quick_check reads every page (minutes on millions of cases): it runs at open only when
    // the store was not closed cleanly — a write-ahead log left by a killed process. A store
    // closed cleanly opens without it; the full check (`db check`) still finds the damage.
    void quickCheckAfterAnUncleanShutdownOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(db.value()->exec(
                    QStringLiteral("INSERT INTO setting (key, value) VALUES ('k%1', '%2')")
                        .arg(i)
                        .arg(QString(300, QLatin1Char('v')))));
            // Every page in the main file, then the files copied while the store is open: what
            // a killed process leaves (the log is still there, emptied).
            QSqlQuery checkpoint(db.value()->connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            checkpoint.finish();
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        }
        QVERIFY(Database::closedCleanly(path));
        QVERIFY(!Database::closedCleanly(crashed));
        // The last page (the setting table's rows) overwritten.
        const auto damage = [](const QString &file) {
            QFile f(file);
            if (!f.open(QIODevice::ReadWrite) || !f.seek(f.size() - 4096))
                return false;
            return f.write(QByteArray(4096, '\xA5')) == 4096;
        };
        QVERIFY(damage(crashed));
        QVERIFY(QFile::copy(crashed, path + QStringLiteral(".clean-copy")));
        auto opened = Database::open(crashed);
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QStringLiteral("damaged")),
                 qPrintable(opened.message()));
        // The same damage in a store closed cleanly: opened without the page-by-page check,
        // the full check finds it.
        const QString clean = path + QStringLiteral(".clean-copy");
        QVERIFY(Database::closedCleanly(clean));
        auto quick = Database::open(clean);
        QVERIFY2(quick, qPrintable(quick.message()));
        auto problems = quick.value()->integrityCheck();
        QVERIFY(problems);
        QVERIFY(!problems->isEmpty());
    }

    // `onetripctl case show` and the desk's counting thread read the store read-only: they
    // must leave it as closed cleanly as they found it (a log left behind would make the
    // next start check every page and say the program was not closed properly), and must
    // not write.
    void aReadOnlyLookLeavesTheStoreClosedCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('hall', 'H1')")));
        }
        QVERIFY(Database::closedCleanly(path));
        {
            auto ro = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(ro, qPrintable(ro.describe()));
            QSqlQuery q(ro.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'hall'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("H1"));
            q.finish();
            QVERIFY(!ro.value()->exec(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('x', 'y')")));
        }
        QVERIFY(Database::closedCleanly(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // Beside the window's own connection, closed first: the window's close removes the log.
        {
            auto rw = Database::open(path);
            QVERIFY(rw);
            {
                auto ro = Database::openRaw(path, Database::Mode::ReadOnly);
                QVERIFY(ro);
                QCOMPARE(ro.value()->userVersion(), Migrations::latestVersion());
            }
            QVERIFY(!Database::closedCleanly(path)); // in use
        }
        QVERIFY(Database::closedCleanly(path));
    }

    void backupIsAConsistentCopy()
    {
        test::TempStore store;
        QVERIFY(store.db().exec(
            QStringLiteral("INSERT INTO setting (key, value) VALUES ('hall', 'H1')")));
        const QString dest = store.dir() + QStringLiteral("/backup.sqlite");
        QVERIFY(store.db().backupTo(dest));
        QVERIFY(!store.db().backupTo(dest)); // never overwrites
        auto copy = Database::open(dest);
        QVERIFY(copy);
        QSqlQuery q(copy.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'hall'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("H1"));
        auto problems = copy.value()->integrityCheck();
        QVERIFY(problems && problems->isEmpty());
    }

    void writeTransactionRollsBackWhenNotCommitted()
    {
        test::TempStore store;
        {
            WriteTransaction tx(store.db());
            QVERIFY(tx.begin());
            QVERIFY(store.db().exec(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')")));
        }
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM setting")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A WriteTransaction inside another joins it: all or nothing. Its commit waits for the
    // outer one's; its rollback dooms the outer one, whose commit then keeps nothing and
    // fails; listeners hear of the events once, when the outer one commits — never when it
    // rolls back.
    void joinedTransactionsAreAllOrNothing()
    {
        test::TempStore store;
        const Database &db = store.db();
        QSignalSpy told(&db.notifier(), &StoreNotifier::eventsCommitted);
        auto settings = [&db] {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT group_concat(key, ',') FROM (SELECT key FROM "
                                       "setting WHERE key LIKE 'n%' ORDER BY key)")) ||
                !q.next())
                return QStringLiteral("error");
            return q.value(0).toString();
        };
        auto insert = [&db](const char *key) {
            return bool(
                db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('%1', 'v')")
                            .arg(QLatin1String(key))));
        };
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begin());
            QVERIFY(insert("n1"));
            for (const char *key : {"n2", "n3"}) {
                WriteTransaction command(db);
                QVERIFY(command.begin());
                QVERIFY(insert(key));
                QVERIFY(command.commit());
                db.notifier().notifyEventsCommitted(key[1] - '0');
            }
            QCOMPARE(told.count(), 0);
            QVERIFY(outer.commit());
        }
        QCOMPARE(told.count(), 1);
        QCOMPARE(told.at(0).at(0).toLongLong(), 3);
        QCOMPARE(settings(), QStringLiteral("n1,n2,n3"));
        // A joined one rolled back (destroyed uncommitted): the outer commit fails and keeps
        // nothing of the batch, the commands committed before it neither; no one is told.
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begin());
            {
                WriteTransaction kept(db);
                QVERIFY(kept.begin());
                QVERIFY(insert("n4"));
                QVERIFY(kept.commit());
                db.notifier().notifyEventsCommitted(4);
            }
            {
                WriteTransaction failed(db);
                QVERIFY(failed.begin());
                QVERIFY(insert("n5"));
            }
            const Status committed = outer.commit();
            QVERIFY(!committed);
            QVERIFY2(committed.message().contains(QStringLiteral("nothing was changed")),
                     qPrintable(committed.message()));
        }
        QCOMPARE(told.count(), 1);
        QCOMPARE(settings(), QStringLiteral("n1,n2,n3"));
        // The outer one rolled back itself: the same.
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begin());
            WriteTransaction inner(db);
            QVERIFY(inner.begin());
            QVERIFY(insert("n6"));
            QVERIFY(inner.commit());
            db.notifier().notifyEventsCommitted(6);
            outer.rollback();
        }
        QCOMPARE(told.count(), 1);
        QCOMPARE(settings(), QStringLiteral("n1,n2,n3"));
        // And a transaction on its own commits and is told at once, as before.
        WriteTransaction alone(db);
        QVERIFY(alone.begin());
        QVERIFY(insert("n7"));
        QVERIFY(alone.commit());
        db.notifier().notifyEventsCommitted(7);
        QCOMPARE(told.count(), 2);
        QCOMPARE(settings(), QStringLiteral("n1,n2,n3,n7"));
    }

    void secondWriterWaitsInsteadOfFailing()
    {
        // Two connections on one file: BEGIN IMMEDIATE in the second waits for the busy
        // timeout rather than failing at once once the first commits.
        test::TempStore store;
        auto other = Database::open(store.path());
        QVERIFY(other);
        WriteTransaction first(store.db());
        QVERIFY(first.begin());
        QVERIFY(first.commit());
        WriteTransaction second(*other.value());
        QVERIFY(second.begin());
        QVERIFY(second.commit());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
