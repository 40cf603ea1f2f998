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

using Run = test::CtlRun;

Run ctl(const QString &store, const QStringList &args)
{
    return test::runCtl(QStringList{QStringLiteral("--store"), store, QStringLiteral("--data-dir"),
                                    qEnvironmentVariable("ONETRIP_DATA_DIR")} +
                        args);
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
        // Not a recommended decline: the check is not finished.
        QCOMPARE(v.value(QStringLiteral("outcome")).toString(), QStringLiteral("incomplete"));
        QVERIFY(v.value(QStringLiteral("outcomeName")).toString().contains(QStringLiteral("4")));
        QVERIFY(!v.contains(QStringLiteral("acceptance")));
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
        // A sound file naming what the store does not have: exit 4, not 1 (a bad file).
        const Run item = check(QStringLiteral("unknown-item.json"));
        QCOMPARE(item.exitCode, 4);
        QVERIFY(item.err.contains(QStringLiteral("JN-SG99")));
        QVERIFY(item.out.isEmpty());
        const Run version = check(QStringLiteral("unknown-version.json"));
        QCOMPARE(version.exitCode, 4);
        QVERIFY(version.err.contains(QStringLiteral("99")));
    }

    // The due date an acceptance on a given day promises, from the working-day calendar;
    // expected dates counted by hand on the State Council's 2026 notice.
    void acceptanceDueDate_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("supplementDays");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("supplementDue");
        QTest::addColumn<bool>("warning");
        // JN-SG08: 15 working days promised. National Day 10-01..10-07 off, Sat 10-10 worked.
        QTest::newRow("across National Day") << "JN-SG08"
                                             << "2026-09-30" << 0 << "promised-limit"
                                             << "2026-10-27"
                                             << "" << false;
        QTest::newRow("deferral across National Day") << "JN-SG08"
                                                      << "2026-09-30" << 3 << "promised-limit"
                                                      << "2026-10-27"
                                                      << "2026-10-10" << false;
        QTest::newRow("three plain weeks") << "JN-SG08"
                                           << "2026-11-02" << 0 << "promised-limit"
                                           << "2026-11-23"
                                           << "" << false;
        // 2027 is not loaded: plain weekdays (01-01 counted) and a warning.
        QTest::newRow("into an unloaded year") << "JN-SG08"
                                               << "2026-12-28" << 0 << "promised-limit"
                                               << "2027-01-18"
                                               << "" << true;
    }
    void acceptanceDueDate()
    {
        QFETCH(QString, item);
        QFETCH(QString, date);
        QFETCH(int, supplementDays);
        QFETCH(QString, basis);
        QFETCH(QString, due);
        QFETCH(QString, supplementDue);
        QFETCH(bool, warning);
        const QString state =
            supplementDays > 0 ? QStringLiteral("deferred") : QStringLiteral("provided");
        const QByteArray file =
            QStringLiteral(
                "{\"item\": \"%1\", \"materials\": [{\"row\": \"m01\", \"state\": "
                "\"provided\"}, {\"row\": \"m02\", \"state\": \"obtained-by-sharing\"}, "
                "{\"row\": \"m03\", \"state\": \"provided\"}, {\"row\": \"m04\", "
                "\"state\": \"%2\"}, {\"row\": \"m05\", \"state\": \"provided\"}, "
                "{\"row\": \"m06\", \"state\": \"provided\"}], \"commitmentSigned\": %3, "
                "\"supplementDays\": %4}")
                .arg(item, state,
                     supplementDays > 0 ? QStringLiteral("true") : QStringLiteral("false"))
                .arg(supplementDays)
                .toUtf8();
        // From standard input, with the date option after the file.
        QProcess p;
        p.start(qEnvironmentVariable("ONETRIP_CTL"),
                {QStringLiteral("intake"), QStringLiteral("check"), QStringLiteral("-"),
                 QStringLiteral("--date"), date, QStringLiteral("--store"), store()});
        p.write(file);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const QJsonObject v = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject a = v.value(QStringLiteral("acceptance")).toObject();
        QCOMPARE(a.value(QStringLiteral("acceptedOn")).toString(), date);
        QCOMPARE(a.value(QStringLiteral("basis")).toString(), basis);
        QCOMPARE(a.value(QStringLiteral("dueDate")).toString(), due);
        QCOMPARE(a.value(QStringLiteral("supplementDue")).toString(), supplementDue);
        QCOMPARE(a.value(QStringLiteral("warning")).isString(), warning);
        if (warning)
            QVERIFY(a.value(QStringLiteral("warning")).toString().contains(QStringLiteral("2027")));
    }

    // Chinese unless asked otherwise; --lang anywhere on the line; a bad --lang is usage.
    void language()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ONETRIP_LANG"));
        p.setProcessEnvironment(env);
        const QString file = test::testDataFile(QStringLiteral("intake/unknown-item.json"));
        p.start(qEnvironmentVariable("ONETRIP_CTL"),
                {QStringLiteral("intake"), QStringLiteral("check"), file, QStringLiteral("--store"),
                 store()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        const QString zh = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(zh.contains(QStringLiteral("事项")), qPrintable(zh));
        p.start(qEnvironmentVariable("ONETRIP_CTL"),
                {QStringLiteral("intake"), QStringLiteral("check"), file, QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("--store"), store()});
        QVERIFY(p.waitForFinished(60000));
        const QString en = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(en.contains(QStringLiteral("JN-SG99")) && !en.contains(QStringLiteral("事项")),
                 qPrintable(en));
        QCOMPARE(ctl(store(), {QStringLiteral("--lang"), QStringLiteral("fr"),
                               QStringLiteral("intake"), QStringLiteral("check"), file})
                     .exitCode,
                 2);
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
