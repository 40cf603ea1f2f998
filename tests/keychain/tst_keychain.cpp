// The real OS keychain (Secret Service over D-Bus, gnome-keyring), as the window uses it for
// the sync sign-in. Run twice by ctest: inside a D-Bus session with an unlocked keyring
// (ONETRIP_KEYCHAIN=present: secrets round-trip and outlive the object), and with no D-Bus
// session at all (ONETRIP_KEYCHAIN=absent: every call fails with a message, nothing is kept
// anywhere else).
#include "sync/KeychainTokenVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace onetrip;

class TestKeychain : public QObject
{
    Q_OBJECT

    bool present() const
    {
        return qEnvironmentVariable("ONETRIP_KEYCHAIN") == QLatin1String("present");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString expected = qEnvironmentVariable("ONETRIP_KEYCHAIN");
        QVERIFY2(expected == QLatin1String("present") || expected == QLatin1String("absent"),
                 "ONETRIP_KEYCHAIN must say which case this run checks");
        QCOMPARE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), present());
    }

    void roundTrip()
    {
        const QString key = QStringLiteral("https://sync.example:8443|T02|clerk01");
        const QString token = QStringLiteral("refresh-token-0123456789abcdef");
        {
            gui::KeychainTokenVault vault(QStringLiteral("OneTrip-test"));
            const Status written = vault.write(key, token);
            if (!present()) {
                QVERIFY(!written);
                QVERIFY2(!written.message().isEmpty(), "the failure says why");
                auto read = vault.read(key);
                QVERIFY(!read);
                // Nothing written to a file in its place (no insecure fallback).
                QDirIterator files(QDir::homePath(), QDir::Files, QDirIterator::Subdirectories);
                while (files.hasNext()) {
                    QFile f(files.next());
                    if (f.open(QIODevice::ReadOnly))
                        QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
                }
                return;
            }
            QVERIFY2(written, qPrintable(written.message()));
        }
        gui::KeychainTokenVault again(QStringLiteral("OneTrip-test"));
        auto read = again.read(key);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read.value(), token);
        auto other = again.read(key + QStringLiteral("x"));
        QVERIFY(other);
        QCOMPARE(other.value(), QString());
        QVERIFY(again.remove(key));
        auto gone = again.read(key);
        QVERIFY(gone);
        QCOMPARE(gone.value(), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
