#include "auth/UserRepository.h"

#include "auth/PasswordHasher.h"
#include "common/MessageText.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

// The role of a stored user row; an unknown key (a newer program's role, or an edited row)
// is an error naming the value and the login, never quietly a clerk.
Result<Role> storedRole(const QString &key, const QString &login)
{
    if (const std::optional<Role> role = roleFromKey(key))
        return *role;
    return Error{QCoreApplication::translate(
                     "Auth", "The store gives user %1 the role \"%2\", which this version of "
                             "OneTrip does not know. Ask the administrator to correct this user "
                             "in the store.")
                     .arg(login, quotedValue(key)),
                 QStringLiteral("app_user.role of login %1").arg(login)};
}

// The user of a row read as id, login, display_name, role (an unknown role is an error).
Result<User> userFrom(const QSqlQuery &q)
{
    const Result<Role> role = storedRole(q.value(3).toString(), q.value(1).toString());
    if (!role)
        return role.error();
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                role.value()};
}

Error queryError(const QSqlQuery &q)
{
    return Error{
        QCoreApplication::translate("Auth", "Reading or writing staff users in the store failed."),
        q.lastError().text()};
}

} // namespace

UserRepository::UserRepository(const Database &db)
    : m_db(db)
{
}

Result<User> UserRepository::add(const QString &login, const QString &displayName, Role role,
                                 const QString &password)
{
    const QString trimmed = login.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return Error{QCoreApplication::translate(
                         "Auth", "A login name is required and cannot contain spaces."),
                     {}};
    if (password.size() < 4)
        return Error{
            QCoreApplication::translate("Auth", "The password must have at least 4 characters."),
            {}};
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, password_hash) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(displayName.trimmed().isEmpty() ? trimmed : displayName.trimmed());
    q.addBindValue(toKey(role));
    q.addBindValue(hashed.value());
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return Error{
                QCoreApplication::translate("Auth", "A user with the login %1 already exists.")
                    .arg(trimmed),
                {}};
        return queryError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return User{id, trimmed, displayName.trimmed().isEmpty() ? trimmed : displayName.trimmed(),
                role};
}

Result<User> UserRepository::authenticate(const QString &login, const QString &password) const
{
    const Error wrong{QCoreApplication::translate(
                          "Auth",
                          "Wrong login name or password. Check the keyboard layout and Caps Lock, "
                          "then try again."),
                      {}};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, password_hash FROM app_user "
                             "WHERE login = ? AND active = 1"));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        // Spend the same time as a real check so timing does not reveal which logins exist.
        static const QString decoy = [] {
            auto h = PasswordHasher::hash(QStringLiteral("decoy"));
            return h ? h.value() : QString();
        }();
        PasswordHasher::verify(decoy, password);
        return wrong;
    }
    if (!PasswordHasher::verify(q.value(4).toString(), password))
        return wrong;
    return userFrom(q);
}

Result<QList<User>> UserRepository::users() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM app_user WHERE "
                               "active = 1 ORDER BY login")))
        return queryError(q);
    QList<User> out;
    while (q.next()) {
        auto user = userFrom(q);
        if (!user)
            return user.error();
        out.append(user.value());
    }
    if (q.lastError().isValid())
        return queryError(q);
    return out;
}

Result<std::optional<User>> UserRepository::find(const QString &login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role FROM app_user WHERE active = 1 "
                             "AND login = ?"));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<User>();
    auto user = userFrom(q);
    if (!user)
        return user.error();
    return std::optional<User>(user.value());
}

Status UserRepository::remember(const QString &login, const QString &displayName, Role role,
                                const QString &password)
{
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, password_hash, "
                             "active) VALUES (?, ?, ?, ?, 1) ON CONFLICT (login) DO UPDATE SET "
                             "display_name = excluded.display_name, role = excluded.role, "
                             "password_hash = excluded.password_hash, active = 1"));
    q.addBindValue(login.trimmed());
    q.addBindValue(displayName.trimmed().isEmpty() ? login.trimmed() : displayName.trimmed());
    q.addBindValue(toKey(role));
    q.addBindValue(hashed.value());
    if (!q.exec())
        return queryError(q);
    return {};
}

Status UserRepository::change(const QString &login, const Change &c)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"));
    find.addBindValue(login);
    if (!find.exec())
        return queryError(find);
    if (!find.next())
        return Status::failure(
            QCoreApplication::translate("Auth", "There is no user %1 in this store.").arg(login));
    find.finish();
    auto set = [this, &login](const char *column, const QVariant &value) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE app_user SET %1 = ? WHERE login = ?")
                      .arg(QLatin1String(column)));
        q.addBindValue(value);
        q.addBindValue(login);
        return q.exec() ? Status() : Status(queryError(q));
    };
    if (c.displayName) {
        if (c.displayName->trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate("Auth", "A user needs a name."));
        if (Status s = set("display_name", c.displayName->trimmed()); !s)
            return s;
    }
    if (c.role) {
        if (Status s = set("role", toKey(*c.role)); !s)
            return s;
    }
    if (c.password) {
        if (c.password->size() < 4)
            return Status::failure(QCoreApplication::translate(
                "Auth", "The password must have at least 4 characters."));
        auto hashed = PasswordHasher::hash(*c.password);
        if (!hashed)
            return hashed.error();
        if (Status s = set("password_hash", hashed.value()); !s)
            return s;
    }
    if (c.active) {
        if (Status s = set("active", *c.active ? 1 : 0); !s)
            return s;
    }
    return tx.commit();
}

int UserRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM app_user")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace onetrip
