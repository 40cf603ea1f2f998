// The sync API's JSON parsers take input from the network: every malformed, truncated,
// mistyped, oversized or forged body is refused with a message naming the field — never a
// default, never a crash.
#include "cases/CaseEvent.h"
#include "sync/SyncWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace onetrip;

namespace {

CaseEvent sample(qint64 seq = 1)
{
    CaseEvent e;
    e.id = QStringLiteral("0b4f2c1e-7d3a-4f5b-9c8d-1e2f3a4b5c6d");
    e.caseNumber = QStringLiteral("JNLX-20261201-T01-00001");
    e.hallCode = QStringLiteral("JNLX");
    e.terminalCode = QStringLiteral("T01");
    e.terminalSequence = seq;
    e.actor = QStringLiteral("clerk01");
    e.at =
        QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00.000+08:00"), Qt::ISODateWithMs);
    e.type = QStringLiteral("case.received");
    e.payload = QJsonObject{{QStringLiteral("v"), 2},
                            {QStringLiteral("名称"), QStringLiteral("个体工商户设立登记")}};
    e.baseVersion = 0;
    e.hash = e.computeHash();
    return e;
}

QByteArray push(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("hall"), QStringLiteral("JNLX")},
                                     {QStringLiteral("terminal"), QStringLiteral("T01")},
                                     {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

QByteArray pushWith(const char *field, const QJsonValue &value)
{
    QJsonObject e = SyncWire::toJson(sample());
    if (value.isUndefined())
        e.remove(QLatin1String(field));
    else
        e.insert(QLatin1String(field), value);
    return push(QJsonArray{e});
}

// Qt's own writer would drop the mark (the reason it is refused), so it goes into the bytes.
QByteArray withBom(const QByteArray &before, const QByteArray &mark)
{
    QByteArray body = push(QJsonArray{SyncWire::toJson(sample())});
    const QByteArray quoted = QByteArray("\"") + before + QByteArray("\"");
    const QByteArray marked = QByteArray("\"") + mark + before + QByteArray("\"");
    Q_ASSERT(body.contains(quoted));
    return body.replace(quoted, marked);
}

} // namespace

class TestSyncWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const CaseEvent e = sample();
        auto parsed = SyncWire::pushRequestFromJson(push(QJsonArray{SyncWire::toJson(e)}));
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed->events.size(), 1);
        const CaseEvent &back = parsed->events.constFirst();
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.at.toString(Qt::ISODateWithMs),
                 QStringLiteral("2026-12-01T09:30:00.000+08:00"));
        QCOMPARE(back.payload, e.payload);
        // What was hashed at the terminal hashes the same after the trip.
        QCOMPARE(back.computeHash(), e.hash);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named"); // a word the message must contain

        QTest::newRow("not JSON") << QByteArray("{\"hall\": ") << QStringLiteral("JSON");
        QTest::newRow("truncated")
            << push(QJsonArray{SyncWire::toJson(sample())}).left(120) << QStringLiteral("JSON");
        QTest::newRow("array, not object") << QByteArray("[1,2]") << QStringLiteral("object");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"hall\":\"JN\xff\xfeLX\",\"terminal\":\"T01\",\"events\":[]}")
            << QStringLiteral("JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("JSON");
        QTest::newRow("events not a list")
            << QByteArray(R"({"hall":"JNLX","terminal":"T01","events":{}})")
            << QStringLiteral("events");
        QTest::newRow("hall a number")
            << QByteArray(R"({"hall":7,"terminal":"T01","events":[]})") << QStringLiteral("hall");
        QTest::newRow("missing id")
            << pushWith("id", QJsonValue::Undefined) << QStringLiteral("id");
        QTest::newRow("id not a UUID")
            << pushWith("id", QStringLiteral("'; DROP TABLE sync_event; --"))
            << QStringLiteral("id");
        QTest::newRow("seq a string")
            << pushWith("seq", QStringLiteral("1")) << QStringLiteral("seq");
        QTest::newRow("seq fractional") << pushWith("seq", 1.5) << QStringLiteral("seq");
        QTest::newRow("seq zero") << pushWith("seq", 0) << QStringLiteral("seq");
        QTest::newRow("seq beyond 2^53") << pushWith("seq", 1e17) << QStringLiteral("seq");
        QTest::newRow("base negative") << pushWith("base", -1) << QStringLiteral("base");
        QTest::newRow("payload a string")
            << pushWith("payload", QStringLiteral("{}")) << QStringLiteral("payload");
        QTest::newRow("time without zone")
            << pushWith("at", QStringLiteral("2026-12-01T09:30:00")) << QStringLiteral("at");
        QTest::newRow("time not a time")
            << pushWith("at", QStringLiteral("yesterday")) << QStringLiteral("at");
        QTest::newRow("hash not hex")
            << pushWith("hash", QStringLiteral("zz")) << QStringLiteral("hash");
        QTest::newRow("parent on a first event")
            << pushWith("parent", QStringLiteral("0b4f2c1e-7d3a-4f5b-9c8d-1e2f3a4b5c6e"))
            << QStringLiteral("parent");
        QTest::newRow("lower-case hall")
            << pushWith("hall", QStringLiteral("jnlx")) << QStringLiteral("hall");
        QTest::newRow("another terminal's event")
            << pushWith("terminal", QStringLiteral("T02")) << QStringLiteral("another terminal");
        QTest::newRow("case number too long")
            << pushWith("case", QString(65, QLatin1Char('X'))) << QStringLiteral("case");
        QJsonObject big = SyncWire::toJson(sample());
        big.insert(QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("x"),
                                QString(SyncWire::kMaxPayloadBytes, QLatin1Char('a'))}});
        QTest::newRow("payload too large") << push(QJsonArray{big}) << QStringLiteral("payload");
        // A leading U+FEFF would vanish between parse and store, and the stored event would
        // no longer be the one received (found by fuzz/push).
        QTest::newRow("payload key begins with a BOM")
            << withBom(QByteArray("名称"), QByteArray("\xEF\xBB\xBF")) << QStringLiteral("U+FEFF");
        QTest::newRow("payload text begins with an escaped BOM")
            << withBom(QByteArray("个体工商户设立登记"), QByteArray("\\uFEFF"))
            << QStringLiteral("U+FEFF");
        QTest::newRow("actor begins with a BOM")
            << withBom(QByteArray("clerk01"), QByteArray("\xEF\xBB\xBF"))
            << QStringLiteral("U+FEFF");
        QTest::newRow("actor begins with an escaped BOM")
            << withBom(QByteArray("clerk01"), QByteArray("\\ufeff")) << QStringLiteral("actor");
        QJsonArray many;
        for (int i = 0; i <= SyncWire::kMaxBatch; ++i)
            many.append(SyncWire::toJson(sample(i + 1)));
        QTest::newRow("batch too large") << push(many) << QStringLiteral("events");
        QTest::newRow("gap in a batch")
            << push(QJsonArray{SyncWire::toJson(sample(1)), SyncWire::toJson(sample(3))})
            << QStringLiteral("sequence");
    }

    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        auto parsed = SyncWire::pushRequestFromJson(body);
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(named, Qt::CaseInsensitive),
                 qPrintable(parsed.message()));
    }

    void pullAndPushAnswers()
    {
        SyncWire::PullResponse page;
        page.events << SyncWire::PulledEvent{41, sample()};
        page.cursor = 41;
        page.more = true;
        auto back = SyncWire::pullResponseFromJson(QJsonDocument(SyncWire::toJson(page)).toJson());
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->cursor, 41);
        QVERIFY(back->more);
        QCOMPARE(back->events.constFirst().event.hash, sample().hash);

        QVERIFY(!SyncWire::pullResponseFromJson(R"({"events":[],"cursor":-1,"more":false})"));
        QVERIFY(!SyncWire::pullResponseFromJson(R"({"events":[],"cursor":3})"));
        QVERIFY(!SyncWire::pushResponseFromJson(
            R"({"results":[{"id":"x","outcome":"maybe"}],"terminalSequence":1})"));
        auto answer = SyncWire::pushResponseFromJson(
            R"({"results":[{"id":"a","outcome":"rejected","code":"stale","reason":"r"}],"terminalSequence":1})");
        QVERIFY2(answer, qPrintable(answer.message()));
        QCOMPARE(answer->results.constFirst().outcome, SyncWire::PushResult::Outcome::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestSyncWire)
#include "tst_syncwire.moc"
