// onetripctl intake check: the documented file in, the verdict JSON out; every problem of a
// bad file on stderr. The store is a demo store made by `onetripctl demo init`.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

namespace {

struct Run
{
    int exitCode;
    QString out, err;
};

Run ctl(const QString &store, const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ONETRIP_CTL"),
            QStringList{QStringLiteral("--store"), store, QStringLiteral("--data-dir"),
                        qEnvironmentVariable("ONETRIP_DATA_DIR")} +
                args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &e : array)
        list.append(e.toString());
    return list;
}

QStringList rowsOf(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &e : array)
        list.append(e.toObject().value(QStringLiteral("row")).toString());
    return list;
}

} // namespace

class TestCtlIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    Run check(const QString &fixture) const
    {
        return ctl(store(), {QStringLiteral("intake"), QStringLiteral("check"),
                             test::testDataFile(QStringLiteral("intake/") + fixture)});
    }

    static QJsonObject verdict(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out + run.err));
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run init = ctl(store(), {QStringLiteral("demo"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void deferralVerdict()
    {
        const Run run = check(QStringLiteral("sg08-deferral.json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject v = verdict(run);
        QCOMPARE(v.value(QStringLiteral("format")).toString(), QStringLiteral("onetrip-verdict"));
        QCOMPARE(v.value(QStringLiteral("item")).toString(), QStringLiteral("JN-SG08"));
        QCOMPARE(v.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("accept-with-deferral"));
        QCOMPARE(strings(v.value(QStringLiteral("allowed"))),
                 (QStringList{QStringLiteral("accept-with-deferral"),
                              QStringLiteral("correction-needed"), QStringLiteral("decline")}));
        QCOMPARE(rowsOf(v.value(QStringLiteral("deficiencies"))),
                 (QStringList{QStringLiteral("JN-SG08/m04"), QStringLiteral("JN-SG08/m06")}));
        QCOMPARE(v.value(QStringLiteral("supplementLimitDays")).toInt(), 15);
        QVERIFY(v.value(QStringLiteral("complete")).toBool());
        QVERIFY(strings(v.value(QStringLiteral("pending"))).isEmpty());

        // The agent answer brought in the authorisation row; the bare ids were resolved.
        const QStringList checklist = rowsOf(v.value(QStringLiteral("checklist")));
        QCOMPARE(checklist.size(), 7);
        QVERIFY(checklist.contains(QStringLiteral("JN-SG08/m07")));
        const QJsonObject unsealed =
            v.value(QStringLiteral("deficiencies")).toArray().at(1).toObject();
        QCOMPARE(unsealed.value(QStringLiteral("defect")).toString(), QStringLiteral("unsigned"));
        QCOMPARE(unsealed.value(QStringLiteral("note")).toString(), QStringLiteral("未加盖公章"));
        QVERIFY(!unsealed.value(QStringLiteral("howToFix")).toString().isEmpty());
        QVERIFY(!unsealed.value(QStringLiteral("main")).toBool());
        QVERIFY(unsealed.value(QStringLiteral("deferrable")).toBool());
        const QJsonObject first = v.value(QStringLiteral("checklist")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("provided"));
        QCOMPARE(v.value(QStringLiteral("guides"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("version")),
                 1);
    }

    void bundleCorrection()
    {
        const Run run = check(QStringLiteral("b01-correction.json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject v = verdict(run);
        QCOMPARE(v.value(QStringLiteral("bundle")).toString(), QStringLiteral("JN-B01"));
        QCOMPARE(v.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("correction-needed"));
        QCOMPARE(strings(v.value(QStringLiteral("allowed"))),
                 (QStringList{QStringLiteral("correction-needed"), QStringLiteral("decline")}));
        // The shared ID, named through the card item, is one row: JN-SG01/m01.
        QCOMPARE(rowsOf(v.value(QStringLiteral("deficiencies"))),
                 (QStringList{QStringLiteral("JN-SG01/m01"), QStringLiteral("JN-SG01/m03"),
                              QStringLiteral("JN-SG01/m05")}));
        QCOMPARE(v.value(QStringLiteral("guides")).toArray().size(), 3);
        QVERIFY(!strings(v.value(QStringLiteral("reasons"))).isEmpty());
    }

    void unfinishedCheckListsPendingRows()
    {
        const Run run = check(QStringLiteral("sg08-pending.json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject v = verdict(run);
        QCOMPARE(v.value(QStringLiteral("outcome")).toString(), QStringLiteral("decline"));
        QCOMPARE(strings(v.value(QStringLiteral("allowed"))),
                 QStringList{QStringLiteral("decline")});
        QCOMPARE(strings(v.value(QStringLiteral("pending"))),
                 (QStringList{QStringLiteral("JN-SG08/m03"), QStringLiteral("JN-SG08/m04"),
                              QStringLiteral("JN-SG08/m05"), QStringLiteral("JN-SG08/m06")}));
        QVERIFY(!v.value(QStringLiteral("complete")).toBool());
    }

    void badFileListsEveryProblem()
    {
        const Run run = check(QStringLiteral("bad-several.json"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        // 13 problems, each on its own line with its field, then the count.
        QCOMPARE(lines.size(), 14);
        for (const char *field :
             {"materials[0].state", "materials[1].defect", "materials[2].defect",
              "materials[3].row", "materials[4].copies", "materials[6].row", "materials[7]",
              "flags.falseCommitments", "commitmentSigned", "supplementDays", "supplement",
              "answers.applicant", "answers.weather"}) {
            const QString needle = QLatin1String(": ") + QLatin1String(field) + QLatin1String(": ");
            QVERIFY2(run.err.contains(needle), field);
        }
    }

    void unknownItemOrVersion()
    {
        const Run item = check(QStringLiteral("unknown-item.json"));
        QCOMPARE(item.exitCode, 1);
        QVERIFY(item.err.contains(QStringLiteral("JN-SG99")));
        QVERIFY(item.out.isEmpty());
        const Run version = check(QStringLiteral("unknown-version.json"));
        QCOMPARE(version.exitCode, 1);
        QVERIFY(version.err.contains(QStringLiteral("99")));
    }

    void usage()
    {
        QCOMPARE(ctl(store(), {QStringLiteral("intake")}).exitCode, 2);
        QCOMPARE(ctl(store(),
                     {QStringLiteral("intake"), QStringLiteral("verify"), QStringLiteral("x.json")})
                     .exitCode,
                 2);
        const Run missing = ctl(store(), {QStringLiteral("intake"), QStringLiteral("check"),
                                          m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("none.json")));
    }
};

QTEST_GUILESS_MAIN(TestCtlIntake)
#include "tst_ctl_intake.moc"
