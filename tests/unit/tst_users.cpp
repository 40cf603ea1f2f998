#include "TestSupport.h"

#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace onetrip;

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A standalone terminal's staff management (onetripctl user …).
    void changePasswordRoleAndActive()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.add(QStringLiteral("clerk01"), QStringLiteral("王敏"), Role::Clerk,
                          QStringLiteral("old-pw")));
        UserRepository::Change c;
        c.password = QStringLiteral("new-pw");
        c.role = Role::Supervisor;
        QVERIFY(users.change(QStringLiteral("clerk01"), c));
        QVERIFY(!users.authenticate(QStringLiteral("clerk01"), QStringLiteral("old-pw")));
        auto signedIn = users.authenticate(QStringLiteral("clerk01"), QStringLiteral("new-pw"));
        QVERIFY(signedIn);
        QCOMPARE(signedIn->role, Role::Supervisor);
        UserRepository::Change off;
        off.active = false;
        QVERIFY(users.change(QStringLiteral("clerk01"), off));
        QVERIFY(!users.authenticate(QStringLiteral("clerk01"), QStringLiteral("new-pw")));
        UserRepository::Change tooShort;
        tooShort.password = QStringLiteral("abc");
        QVERIFY(!users.change(QStringLiteral("clerk01"), tooShort));
        const Status unknown = users.change(QStringLiteral("nobody"), off);
        QVERIFY(!unknown);
        QVERIFY(unknown.message().contains(QStringLiteral("nobody")));
    }

    // The verifier of a password the server accepted is kept for offline sign-in, and a
    // later one (changed on the server) replaces it.
    void rememberKeepsTheServersPasswordForOfflineSignIn()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.remember(QStringLiteral("clerk07"), QStringLiteral("孙丽"), Role::Clerk,
                               QStringLiteral("first-pw")));
        QVERIFY(users.authenticate(QStringLiteral("clerk07"), QStringLiteral("first-pw")));
        QVERIFY(users.remember(QStringLiteral("clerk07"), QStringLiteral("孙丽"), Role::Supervisor,
                               QStringLiteral("second-pw")));
        QVERIFY(!users.authenticate(QStringLiteral("clerk07"), QStringLiteral("first-pw")));
        auto u = users.authenticate(QStringLiteral("clerk07"), QStringLiteral("second-pw"));
        QVERIFY(u);
        QCOMPARE(u->role, Role::Supervisor);
        QCOMPARE(users.count(), 1);
    }

    // One user by login (the 代办 commands name their agent): active ones only.
    void findByLogin()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.add(QStringLiteral("agent01"), QStringLiteral("李强"), Role::Agent,
                          QStringLiteral("pw-1")));
        QVERIFY(users.add(QStringLiteral("clerk01"), QStringLiteral("王敏"), Role::Clerk,
                          QStringLiteral("pw-2")));
        auto agent = users.find(QStringLiteral(" agent01 "));
        QVERIFY2(agent, qPrintable(agent.message()));
        QVERIFY(agent->has_value());
        QCOMPARE(agent.value()->login, QStringLiteral("agent01"));
        QCOMPARE(agent.value()->displayName, QStringLiteral("李强"));
        QCOMPARE(agent.value()->role, Role::Agent);
        QCOMPARE(users.find(QStringLiteral("clerk01")).value()->role, Role::Clerk);
        QVERIFY(!users.find(QStringLiteral("nobody")).value().has_value());
        UserRepository::Change off;
        off.active = false;
        QVERIFY(users.change(QStringLiteral("agent01"), off));
        QVERIFY(!users.find(QStringLiteral("agent01")).value().has_value());
    }

    void addAndAuthenticate()
    {
        test::TempStore store;
        UserRepository users(store.db());
        auto added = users.add(QStringLiteral("clerk01"), QStringLiteral("王敏"), Role::Clerk,
                               QStringLiteral("s3cret"));
        QVERIFY2(added, qPrintable(added.message()));
        auto ok = users.authenticate(QStringLiteral(" clerk01 "), QStringLiteral("s3cret"));
        QVERIFY(ok);
        QCOMPARE(ok->displayName, QStringLiteral("王敏"));
        QCOMPARE(ok->role, Role::Clerk);
    }

    void unknownStoredRoleIsAnErrorNamingItAndTheLogin()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(
            users.add(QStringLiteral("clerk01"), QString(), Role::Clerk, QStringLiteral("pw-1")));
        QVERIFY(users.add(QStringLiteral("odd07"), QStringLiteral("李四"), Role::Agent,
                          QStringLiteral("pw-2")));
        // The CHECK on app_user.role would refuse the edit; a damaged or hand-edited store
        // does not have to pass it.
        QVERIFY(store.db().exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(store.db().exec(
            QStringLiteral("UPDATE app_user SET role = 'overlord' WHERE login = 'odd07'")));
        QVERIFY(store.db().exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
        QSqlQuery check(store.db().connection());
        QVERIFY(check.exec(QStringLiteral("SELECT role FROM app_user WHERE login = 'odd07'")) &&
                check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("overlord"));

        // The list is refused with the value and the row, not given with a clerk in it.
        const auto listed = users.users();
        QVERIFY(!listed.ok());
        QVERIFY2(listed.message().contains(QStringLiteral("\"overlord\"")),
                 qPrintable(listed.message()));
        QVERIFY2(listed.message().contains(QStringLiteral("odd07")), qPrintable(listed.message()));

        // So is the login of that user; the others still log in.
        const auto login = users.authenticate(QStringLiteral("odd07"), QStringLiteral("pw-2"));
        QVERIFY(!login.ok());
        QVERIFY2(login.message().contains(QStringLiteral("overlord")), qPrintable(login.message()));
        QVERIFY2(login.message().contains(QStringLiteral("odd07")), qPrintable(login.message()));
        const auto clerk = users.authenticate(QStringLiteral("clerk01"), QStringLiteral("pw-1"));
        QVERIFY2(clerk, qPrintable(clerk.message()));
        QCOMPARE(clerk->role, Role::Clerk);
    }

    void wrongPasswordAndUnknownLoginLookAlike()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.add(QStringLiteral("super01"), QString(), Role::Supervisor,
                          QStringLiteral("right")));
        auto wrong = users.authenticate(QStringLiteral("super01"), QStringLiteral("wrong"));
        auto unknown = users.authenticate(QStringLiteral("nobody"), QStringLiteral("right"));
        QVERIFY(!wrong);
        QVERIFY(!unknown);
        QCOMPARE(wrong.message(), unknown.message());
        QVERIFY(!wrong.message().isEmpty());
    }

    void passwordIsStoredOnlyAsArgon2idVerifier()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.add(QStringLiteral("agent01"), QString(), Role::Agent,
                          QStringLiteral("plain-text-pw")));
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM app_user")) && q.next());
        const QString stored = q.value(0).toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("plain-text-pw")));
        QVERIFY(PasswordHasher::verify(stored, QStringLiteral("plain-text-pw")));
        QVERIFY(!PasswordHasher::verify(stored, QStringLiteral("plain-text-pW")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::newRow("empty login") << QString() << QStringLiteral("long enough");
        QTest::newRow("space in login") << QStringLiteral("a b") << QStringLiteral("long enough");
        QTest::newRow("short password") << QStringLiteral("x") << QStringLiteral("abc");
    }

    void badInputIsRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        test::TempStore store;
        UserRepository users(store.db());
        auto r = users.add(login, QString(), Role::Clerk, password);
        QVERIFY(!r);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(users.count(), 0);
    }

    void duplicateLoginIsRefused()
    {
        test::TempStore store;
        UserRepository users(store.db());
        QVERIFY(users.add(QStringLiteral("u1"), QString(), Role::Clerk, QStringLiteral("pass1")));
        auto again =
            users.add(QStringLiteral("u1"), QString(), Role::Admin, QStringLiteral("pass2"));
        QVERIFY(!again);
        QVERIFY2(again.message().contains(QStringLiteral("already exists")),
                 qPrintable(again.message()));
        QCOMPARE(users.count(), 1);
    }

    void rolesRoundTrip()
    {
        for (Role r : {Role::Clerk, Role::Agent, Role::Supervisor, Role::Admin}) {
            QCOMPARE(roleFromKey(toKey(r)), std::optional<Role>(r));
            QVERIFY(!displayName(r).isEmpty());
        }
        QVERIFY(!roleFromKey(QStringLiteral("root")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
