// onetripctl db check / backup / restore on a damaged store, through the real executable.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

using Run = test::CtlRun;

Run ctl(const QString &store, const QStringList &args)
{
    return test::runCtl(QStringList{QStringLiteral("--store"), store} + args);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray garbage(int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    return bytes;
}

// A sound store holding one marker row; empty on success, else what went wrong.
QString makeStore(const QString &path, const QString &marker)
{
    auto db = Database::open(path);
    if (!db)
        return db.describe();
    const Status s = db.value()->exec(
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('test_marker', '%1')")
            .arg(marker));
    return s ? QString() : s.describe();
}

// The marker row of a store, or what went wrong (prefixed with "error: ").
QString marker(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return QStringLiteral("error: ") + db.describe();
    QSqlQuery q(db.value()->connection());
    if (!q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'test_marker'")) || !q.next())
        return QStringLiteral("error: no marker");
    return q.value(0).toString();
}

QStringList keptFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("store.sqlite.damaged-*")}, QDir::Files);
}

} // namespace

class TestCtlDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedStoreIsNamedAndRestoredFromBackup()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        const QString made = makeStore(store, QStringLiteral("before"));
        QVERIFY2(made.isEmpty(), qPrintable(made));

        const Run backedUp = ctl(store, {QStringLiteral("db"), QStringLiteral("backup"), backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(QFile::exists(backup));

        // The store file is overwritten with garbage.
        const QByteArray damage = garbage(64 * 1024);
        QVERIFY(writeFile(store, damage));

        const Run check = ctl(store, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.err.contains(QStringLiteral("is damaged")), qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("Nothing was changed")), qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("db restore BACKUP")), qPrintable(check.err));
        QVERIFY2(check.err.contains(QDir::toNativeSeparators(store)), qPrintable(check.err));
        QVERIFY2(!check.err.contains(QStringLiteral("A database operation failed")),
                 qPrintable(check.err));
        QCOMPARE(test::readFile(store), damage); // check changed nothing

        // Any command that opens the store says the same.
        const Run open = ctl(store, {QStringLiteral("catalog"), QStringLiteral("export"),
                                     dir.filePath(QStringLiteral("out.json"))});
        QCOMPARE(open.exitCode, 3);
        QVERIFY2(open.err.contains(QStringLiteral("db restore BACKUP")), qPrintable(open.err));

        const Run restore = ctl(store, {QStringLiteral("db"), QStringLiteral("restore"), backup});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err + restore.out));
        QCOMPARE(marker(store), QStringLiteral("before"));

        // The damaged file is kept, byte for byte, under the documented name; it is named.
        const QStringList kept = keptFiles(dir.path());
        QCOMPARE(kept.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^store\\.sqlite\\.damaged-\\d{8}-\\d{6}$"))
                     .match(kept.at(0))
                     .hasMatch(),
                 qPrintable(kept.at(0)));
        QCOMPARE(test::readFile(dir.filePath(kept.at(0))), damage);
        QVERIFY2(restore.out.contains(kept.at(0)), qPrintable(restore.out));
        QVERIFY(QFile::exists(backup)); // the backup stays as it was

        const Run after = ctl(store, {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    }

    void restoreRefusesABadBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // in the message
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("cannot be used");
        QTest::newRow("not a store")
            << QStringLiteral("other sqlite") << QStringLiteral("is not a OneTrip store");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("schema 999");
        QTest::newRow("damaged pages")
            << QStringLiteral("damaged pages") << QStringLiteral("cannot be used");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    }

    void restoreRefusesABadBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        const QString made = makeStore(store, QStringLiteral("current"));
        QVERIFY2(made.isEmpty(), qPrintable(made));

        if (kind == QLatin1String("garbage")) {
            QVERIFY(writeFile(backup, garbage(8192)));
        } else if (kind == QLatin1String("other sqlite")) {
            auto db = Database::openRaw(backup);
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        } else if (kind == QLatin1String("newer")) {
            const QString other = makeStore(backup, QStringLiteral("newer"));
            QVERIFY2(other.isEmpty(), qPrintable(other));
            auto db = Database::openRaw(backup);
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 999")));
        } else if (kind == QLatin1String("damaged pages")) {
            // A real backup whose pages after the header were overwritten.
            const Run b = ctl(store, {QStringLiteral("db"), QStringLiteral("backup"), backup});
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096));
            QVERIFY(f.write(garbage(int(f.size()) - 4096)) > 0);
        }
        const QByteArray storeBefore = test::readFile(store);
        QVERIFY(!storeBefore.isEmpty());

        const Run restore = ctl(store, {QStringLiteral("db"), QStringLiteral("restore"), backup});
        QCOMPARE(restore.exitCode, 3);
        QVERIFY2(restore.err.contains(expected), qPrintable(restore.err));
        QVERIFY2(restore.err.contains(QStringLiteral("The store was not changed")),
                 qPrintable(restore.err));
        // Untouched: same bytes, same data, nothing set aside.
        QCOMPARE(test::readFile(store), storeBefore);
        QCOMPARE(marker(store), QStringLiteral("current"));
        QCOMPARE(keptFiles(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCtlDb)
#include "tst_ctl_db.moc"
