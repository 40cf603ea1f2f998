// Sync over the server's own TLS: a terminal that trusts the certificate (a CA file, or
// exactly that certificate by its SHA-256 pin) syncs; one that does not is refused before
// anything is sent, with a message, and its events stay waiting.
#include "SyncHarness.h"

#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QTest>

using namespace onetrip;
using namespace onetrip::test;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Result<SyncCycle::Outcome> syncWith(Terminal &t, const QUrl &url,
                                        const QList<QSslCertificate> &ca, const QByteArray &pin)
    {
        SyncClient::Options options;
        options.server = url;
        options.caCertificates = ca;
        options.pinnedSha256 = pin;
        options.timeoutMs = 10000;
        SyncClient client(options);
        SystemClock clock;
        return SyncCycle::withPassword(t.db(), clock, client, QStringLiteral("super01"), kPassword);
    }

private Q_SLOTS:
    void syncOverTls()
    {
        QVERIFY(test::makeLoopbackCertificate(m_dir.path()));
        const QString certFile = m_dir.filePath(QStringLiteral("cert.pem"));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(certFile);
        QCOMPARE(ca.size(), 1);

        ServerDatabaseFixture database;
        ServerProcess server(database.url(),
                             {QStringLiteral("--tls-cert"), certFile, QStringLiteral("--tls-key"),
                              m_dir.filePath(QStringLiteral("key.pem"))});
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        Terminal t(QStringLiteral("T01"));
        QVERIFY(t.generate(5, 3));
        // Not trusted: refused before anything is sent; nothing changes here.
        auto untrusted = syncWith(t, server.url(), {}, {});
        QVERIFY(!untrusted);
        QVERIFY(SyncClient::isTransient(untrusted.error()));
        // Pinned to another certificate: refused, saying so.
        auto wrongPin = syncWith(t, server.url(), ca, QByteArray(64, 'a'));
        QVERIFY(!wrongPin);
        QVERIFY2(wrongPin.message().contains(QStringLiteral("certificate")),
                 qPrintable(wrongPin.message()));
        QString applied;
        QVERIFY(database.exec(QStringLiteral("SELECT count(*) FROM sync_event"), &applied));
        QCOMPARE(applied, QStringLiteral("0"));

        // Trusted by its CA file, and pinned to it: syncs.
        const QByteArray pin = ca.constFirst().digest(QCryptographicHash::Sha256).toHex();
        auto trusted = syncWith(t, server.url(), ca, pin);
        QVERIFY2(trusted, qPrintable(trusted.message()));
        QCOMPARE(trusted->counts.waiting, 0);
        QVERIFY(trusted->report.pushed > 5);
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
