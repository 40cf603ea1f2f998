// Sync over the server's own TLS: a terminal that trusts the certificate (a CA file, or
// exactly that certificate by its SHA-256 pin) syncs; one that does not is refused before
// anything is sent, with a message, and its events stay waiting.
#include "SyncHarness.h"

#include "sync/BackgroundSync.h"
#include "sync/ServerTrust.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QSignalSpy>

#include <QCryptographicHash>
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
    // Each test may run alone (`tst_tls trustKeptForLaterSyncs`): the certificate first.
    void initTestCase() { QVERIFY(test::makeLoopbackCertificate(m_dir.path())); }

    void syncOverTls()
    {
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

    // The CA and fingerprint given when the terminal joins are kept in its store: the
    // window's background sync and a later `onetripctl sync` without --ca use them.
    void trustKeptForLaterSyncs()
    {
        const QString certFile = m_dir.filePath(QStringLiteral("cert.pem"));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(certFile);
        QCOMPARE(ca.size(), 1);
        ServerDatabaseFixture database;
        ServerProcess server(database.url(),
                             {QStringLiteral("--tls-cert"), certFile, QStringLiteral("--tls-key"),
                              m_dir.filePath(QStringLiteral("key.pem"))});
        QVERIFY(server.bootstrap());
        QVERIFY(server.start());
        Terminal t(QStringLiteral("T01"));
        QVERIFY(t.generate(3, 5));
        // Typed as a fingerprint is often shown: upper case, with colons.
        QByteArray shown = ca.constFirst().digest(QCryptographicHash::Sha256).toHex().toUpper();
        for (qsizetype i = shown.size() - 2; i > 0; i -= 2)
            shown.insert(i, ':');
        auto trust = ServerTrust::make(certFile, QString::fromLatin1(shown));
        QVERIFY2(trust, qPrintable(trust.message()));
        SyncClient::Options options;
        options.server = server.url();
        trust->applyTo(options);
        SyncClient joining(options);
        SystemClock clock;
        auto joined = SyncCycle::withPassword(t.db(), clock, joining, QStringLiteral("super01"),
                                              kPassword, trust.value());
        QVERIFY2(joined, qPrintable(joined.message()));
        QVERIFY(joined->registeredNow);
        auto kept = SyncStore(t.db(), t.terminal(), clock).state();
        QVERIFY(kept);
        QCOMPARE(kept->trust.pinSha256, ca.constFirst().digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(QSslCertificate::fromData(kept->trust.caPem), ca);

        // A later sync that names no CA: the kept one is used.
        SyncClient::Options bare;
        bare.server = server.url();
        SyncClient later(bare);
        auto again =
            SyncCycle::withPassword(t.db(), clock, later, QStringLiteral("clerk01"), kPassword);
        QVERIFY2(again, qPrintable(again.message()));

        // The window's background sync reads them from the store too.
        const qint64 before = t.count(QStringLiteral("SELECT count(*) FROM case_event"));
        Terminal other(QStringLiteral("T01")); // fresh: the server gives it T02
        auto otherJoined = SyncCycle::withPassword(
            other.db(), clock, joining, QStringLiteral("super01"), kPassword, trust.value());
        QVERIFY2(otherJoined, qPrintable(otherJoined.message()));
        QVERIFY(other.generate(2, 9));
        SyncClient otherLater(bare);
        auto sent = SyncCycle::withPassword(other.db(), clock, otherLater,
                                            QStringLiteral("clerk02"), kPassword);
        QVERIFY2(sent, qPrintable(sent.message()));
        QVERIFY(sent->report.pushed > 0);
        BackgroundSync background(t.path(), clock, 500);
        QSignalSpy status(&background, &BackgroundSync::statusChanged);
        background.signIn(QStringLiteral("clerk01"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(
            t.count(QStringLiteral("SELECT count(*) FROM case_event")) > before, 10000);
        QVERIFY(status.constLast().constFirst().value<BackgroundSync::Status>().online);

        // A damaged fingerprint in the store is an error, never "no pin".
        QVERIFY(t.db().exec(QStringLiteral("UPDATE sync_state SET server_pin = 'xyz'")));
        auto damaged = SyncStore(t.db(), t.terminal(), clock).state();
        QVERIFY(!damaged);
        QVERIFY2(damaged.message().contains(QStringLiteral("damaged")),
                 qPrintable(damaged.message()));
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
