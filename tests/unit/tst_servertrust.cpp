// What a terminal is told to trust of its server, and which addresses it accepts: a CA file
// without a certificate, a fingerprint that is no SHA-256 or a damaged stored value is an
// error with a message, never "trust nothing special"; plain http only to this machine.
#include "TestSupport.h"

#include "sync/ServerTrust.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace onetrip;

class TestServerTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", name);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::makeLoopbackCertificate(m_dir.path())); }

    void nothingGivenIsNoExtraTrust()
    {
        auto trust = ServerTrust::make(QString(), QString());
        QVERIFY(trust);
        QVERIFY(trust->isEmpty());
        SyncClient::Options options;
        trust->applyTo(options);
        QVERIFY(options.caCertificates.isEmpty());
        QVERIFY(options.pinnedSha256.isEmpty());
    }

    void caFileAndPin()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QSslCertificate expected = QSslCertificate::fromPath(cert).constFirst();
        const QByteArray hex = expected.digest(QCryptographicHash::Sha256).toHex();
        QByteArray shown = hex.toUpper();
        for (qsizetype i = shown.size() - 2; i > 0; i -= 2)
            shown.insert(i, ':');
        auto trust = ServerTrust::make(cert, QStringLiteral("  ") + QString::fromLatin1(shown));
        QVERIFY2(trust, qPrintable(trust.message()));
        QCOMPARE(trust->pinSha256, hex); // kept as the client compares it
        SyncClient::Options options;
        trust->applyTo(options);
        QCOMPARE(options.caCertificates, QList<QSslCertificate>{expected});
        QCOMPARE(options.pinnedSha256, hex);
        // Kept in the store and read back: the same trust.
        auto stored = ServerTrust::fromStored(trust->caPem, trust->pinSha256);
        QVERIFY(stored);
        QCOMPARE(stored.value(), trust.value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("named"); // in the message
        QTest::newRow("no such file") << m_dir.filePath(QStringLiteral("missing.pem")) << QString()
                                      << QStringLiteral("could not be read");
        QTest::newRow("not a certificate")
            << write("notes.pem", "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                                  "-----END CERTIFICATE-----\n")
            << QString() << QStringLiteral("No certificate");
        QTest::newRow("empty file")
            << write("empty.pem", QByteArray()) << QString() << QStringLiteral("No certificate");
        QTest::newRow("a key, not a certificate") << m_dir.filePath(QStringLiteral("key.pem"))
                                                  << QString() << QStringLiteral("No certificate");
        QTest::newRow("pin too short")
            << QString() << QStringLiteral("abcdef") << QStringLiteral("64 hexadecimal");
        QTest::newRow("pin not hex")
            << QString() << QString(64, QLatin1Char('g')) << QStringLiteral("64 hexadecimal");
        QTest::newRow("pin a SHA-1")
            << QString() << QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709")
            << QStringLiteral("SHA-256");
    }
    void refused()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(QString, named);
        auto trust = ServerTrust::make(caFile, pin);
        QVERIFY(!trust);
        QVERIFY2(trust.message().contains(named), qPrintable(trust.message()));
    }

    void damagedStoredValues()
    {
        QVERIFY(!ServerTrust::fromStored("garbage", QByteArray()));
        QVERIFY(!ServerTrust::fromStored(QByteArray(), "XYZ"));
        // Stored values are kept normalised; another spelling is damage, not a pin.
        QVERIFY(!ServerTrust::fromStored(QByteArray(), QByteArray(64, 'A')));
        QVERIFY(ServerTrust::fromStored(QByteArray(), QByteArray(64, 'a')));
    }

    void serverAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("accepted"); // the URL; empty: refused
        QTest::newRow("https") << QStringLiteral("https://sync.example.gov.cn")
                               << QStringLiteral("https://sync.example.gov.cn");
        QTest::newRow("https with port, spaces") << QStringLiteral("  https://10.1.2.3:8443 ")
                                                 << QStringLiteral("https://10.1.2.3:8443");
        QTest::newRow("http loopback")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http localhost")
            << QStringLiteral("http://localhost:8080") << QStringLiteral("http://localhost:8080");
        QTest::newRow("http IPv6 loopback")
            << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("http across the network")
            << QStringLiteral("http://sync.example.gov.cn") << QString();
        QTest::newRow("no scheme") << QStringLiteral("sync.example.gov.cn") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://sync.example.gov.cn") << QString();
        QTest::newRow("no host") << QStringLiteral("https://") << QString();
        QTest::newRow("password in it")
            << QStringLiteral("https://admin:secret@sync.example.gov.cn") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void serverAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, accepted);
        auto url = SyncClient::serverUrl(typed);
        if (accepted.isEmpty()) {
            QVERIFY(!url);
            QVERIFY(!url.message().isEmpty());
        } else {
            QVERIFY2(url, qPrintable(url.message()));
            QCOMPARE(url->toString(), accepted);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
