#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

using Run = test::CtlRun;

Run ctl(const QString &store, const QStringList &args)
{
    return test::runCtl(QStringList{QStringLiteral("--store"), store} + args);
}

} // namespace

class TestCtlCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

private Q_SLOTS:
    void validateGoodAndBad()
    {
        const Run good =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("validate"),
                          test::dataFile(QStringLiteral("catalog/jinan-guides.json"))});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains(QStringLiteral("25")));

        const Run bad =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("validate"),
                          test::testDataFile(QStringLiteral("catalog/several-bad.json"))});
        QCOMPARE(bad.exitCode, 1);
        // Every problem listed, each on its own line with record and field.
        QCOMPARE(bad.out.count(u'\n'), 5);
        QVERIFY(bad.out.contains(QStringLiteral("items[")));
    }

    void importBadFileWritesNothingThenGoodFileImports()
    {
        const Run bad =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("import"),
                          test::testDataFile(QStringLiteral("catalog/several-bad.json"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("Nothing was imported")));

        const Run good =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("import"),
                          test::dataFile(QStringLiteral("catalog/jinan-guides.json"))});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(QStringLiteral("25 new item(s)")), qPrintable(good.out));

        const Run again =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("import"),
                          test::dataFile(QStringLiteral("catalog/jinan-guides.json"))});
        QVERIFY2(again.out.contains(QStringLiteral("25 unchanged")), qPrintable(again.out));
    }

    void exportValidatesAgain()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const Run exported =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("export"), out});
        QCOMPARE(exported.exitCode, 0);
        const Run check =
            ctl(store(), {QStringLiteral("catalog"), QStringLiteral("validate"), out});
        QCOMPARE(check.exitCode, 0);
    }

    void dbCheckAndBackup()
    {
        const Run check = ctl(store(), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QStringLiteral("ok")));
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(ctl(store(), {QStringLiteral("db"), QStringLiteral("backup"), backup}).exitCode,
                 0);
        QCOMPARE(ctl(backup, {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
        // A second backup to the same file is refused, the first one kept.
        const Run twice = ctl(store(), {QStringLiteral("db"), QStringLiteral("backup"), backup});
        QCOMPARE(twice.exitCode, 3);
        QVERIFY(twice.err.contains(QStringLiteral("already exists")));
    }

    void dbCheckReportsDamage()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("backup.sqlite")), damaged));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Overwrite the middle of the file (table pages), leaving the header intact.
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const Run check = ctl(damaged, {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode != 0, qPrintable(check.out + check.err));
    }

    void userAddReadsPasswordFromStdin()
    {
        QProcess p;
        p.start(qEnvironmentVariable("ONETRIP_CTL"),
                {QStringLiteral("--store"), store(), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("clerk09"), QStringLiteral("clerk"), QStringLiteral("赵六")});
        p.write("pw-1234\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const Run badRole =
            ctl(store(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                          QStringLiteral("root"), QStringLiteral("X")});
        QCOMPARE(badRole.exitCode, 2);
    }

    void unknownCommandIsUsageError()
    {
        const Run r = ctl(store(), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage")));
    }
};

QTEST_GUILESS_MAIN(TestCtlCatalog)
#include "tst_ctl_catalog.moc"
