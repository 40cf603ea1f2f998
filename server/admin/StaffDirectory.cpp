#include "admin/StaffDirectory.h"

#include "api/ApiError.h"
#include "auth/PasswordHasher.h"
#include "cases/HallSettings.h"
#include "store/ServerDatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onetrip::server {

namespace {
Error invalid(const QString &message)
{
    return ApiError::make(ApiError::BadRequest, message);
}
bool isLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    return pattern.match(login).hasMatch();
}
} // namespace

namespace {
// Whether `sql` (one bound value) finds a row.
Result<bool> exists(ServerDatabase &db, const QString &sql, const QString &value)
{
    auto q = db.run(sql, {value});
    if (!q)
        return q.error();
    const bool found = q.value()->next();
    q.value()->finish();
    return found;
}
} // namespace

StaffDirectory::StaffDirectory(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Status StaffDirectory::addHall(const Hall &hall)
{
    if (!HallSettings::isValidHallCode(hall.code) || hall.name.trimmed().isEmpty() ||
        hall.name.size() > 100)
        return invalid(QCoreApplication::translate(
            "Server", "A hall needs a code (2 to 12 capital letters or digits) and a name."));
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto taken =
        exists(*db.value(), QStringLiteral("SELECT 1 FROM hall WHERE code = ?"), hall.code);
    if (!taken)
        return taken.error();
    if (taken.value())
        return ApiError::make(
            ApiError::Conflict,
            QCoreApplication::translate("Server", "Hall %1 exists already.").arg(hall.code));
    if (auto r = db.value()->run(QStringLiteral("INSERT INTO hall (code, name, address, phone, "
                                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                                 {hall.code, hall.name.trimmed(), hall.address, hall.phone,
                                  m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
        !r)
        return r.error();
    return {};
}

Result<QList<StaffDirectory::Hall>> StaffDirectory::halls()
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto q = db.value()->run(
        QStringLiteral("SELECT code, name, address, phone FROM hall ORDER BY code"));
    if (!q)
        return q.error();
    QList<Hall> out;
    while (q.value()->next())
        out << Hall{q.value()->value(0).toString(), q.value()->value(1).toString(),
                    q.value()->value(2).toString(), q.value()->value(3).toString()};
    return out;
}

Status StaffDirectory::checkMember(const Member &m)
{
    if (!isLogin(m.login))
        return invalid(QCoreApplication::translate(
            "Server", "A login is 2 to 32 small letters, digits, dots, dashes or "
                      "underscores."));
    if (m.displayName.trimmed().isEmpty() || m.displayName.size() > 64)
        return invalid(QCoreApplication::translate(
            "Server", "A member of staff needs a name (at most 64 characters)."));
    if (m.hallCode.isEmpty() != (m.role == Role::Admin))
        return invalid(QCoreApplication::translate(
            "Server", "Every member of staff but an administrator belongs to a hall."));
    if (!m.hallCode.isEmpty()) {
        auto db = m_store.local();
        if (!db)
            return db.error();
        auto known =
            exists(*db.value(), QStringLiteral("SELECT 1 FROM hall WHERE code = ?"), m.hallCode);
        if (!known)
            return known.error();
        if (!known.value())
            return ApiError::make(
                ApiError::NotFound,
                QCoreApplication::translate("Server", "Hall %1 is not known to the server.")
                    .arg(m.hallCode));
    }
    return {};
}

Status StaffDirectory::addMember(const Member &m, const QString &password)
{
    if (Status s = checkMember(m); !s)
        return s;
    if (password.size() < 8)
        return invalid(
            QCoreApplication::translate("Server", "A password needs at least 8 characters."));
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto taken =
        exists(*db.value(), QStringLiteral("SELECT 1 FROM staff WHERE login = ?"), m.login);
    if (!taken)
        return taken.error();
    if (taken.value())
        return ApiError::make(
            ApiError::Conflict,
            QCoreApplication::translate("Server", "The login %1 is taken.").arg(m.login));
    if (auto r = db.value()->run(
            QStringLiteral("INSERT INTO staff (login, display_name, role, hall_code, counter, "
                           "password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {m.login, m.displayName.trimmed(), toKey(m.role),
             m.hallCode.isEmpty() ? QVariant() : QVariant(m.hallCode), m.counter, hash.value(),
             m.active ? 1 : 0, m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
        !r)
        return r.error();
    return {};
}

Status StaffDirectory::change(const QString &login, const Change &c)
{
    auto list = members();
    if (!list)
        return list.error();
    auto it = std::find_if(list->cbegin(), list->cend(),
                           [&login](const Member &m) { return m.login == login; });
    if (it == list->cend())
        return ApiError::make(
            ApiError::NotFound,
            QCoreApplication::translate("Server", "No member of staff has the login %1.")
                .arg(login.left(32)));
    Member m = *it;
    if (c.displayName)
        m.displayName = *c.displayName;
    if (c.role)
        m.role = *c.role;
    if (c.hallCode)
        m.hallCode = *c.hallCode;
    if (c.counter)
        m.counter = *c.counter;
    if (c.active)
        m.active = *c.active;
    if (Status s = checkMember(m); !s)
        return s;
    auto db = m_store.local();
    if (!db)
        return db.error();
    ServerTransaction tx(*db.value());
    if (Status s = tx.begin(); !s)
        return s;
    if (auto r = db.value()->run(
            QStringLiteral("UPDATE staff SET display_name = ?, role = ?, hall_code = ?, "
                           "counter = ?, active = ? WHERE login = ?"),
            {m.displayName, toKey(m.role), m.hallCode.isEmpty() ? QVariant() : QVariant(m.hallCode),
             m.counter, m.active ? 1 : 0, login});
        !r)
        return r.error();
    if (c.password) {
        if (c.password->size() < 8)
            return invalid(
                QCoreApplication::translate("Server", "A password needs at least 8 characters."));
        auto hash = PasswordHasher::hash(*c.password);
        if (!hash)
            return hash.error();
        if (auto r = db.value()->run(QStringLiteral("UPDATE staff SET password_hash = ?, "
                                                    "failed_logins = 0, locked_until = '' "
                                                    "WHERE login = ?"),
                                     {hash.value(), login});
            !r)
            return r.error();
    }
    // A new password, role or hall, or a disabled account: sign-ins made before end now.
    if (c.password || c.role || c.hallCode || (c.active && !*c.active)) {
        if (auto r = db.value()->run(QStringLiteral("UPDATE auth_token SET revoked = 1 WHERE "
                                                    "login = ?"),
                                     {login});
            !r)
            return r.error();
    }
    return tx.commit();
}

Result<QList<StaffDirectory::Member>> StaffDirectory::members(const QString &hallCode)
{
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto q = db.value()->run(
        QStringLiteral("SELECT login, display_name, role, hall_code, counter, active FROM staff "
                       "WHERE ? = '' OR hall_code = ? ORDER BY login"),
        {hallCode, hallCode});
    if (!q)
        return q.error();
    QList<Member> out;
    while (q.value()->next()) {
        const auto role = roleFromKey(q.value()->value(2).toString());
        if (!role)
            return Error{QCoreApplication::translate(
                             "Server", "The server's user data is damaged; ask the administrator."),
                         QStringLiteral("unknown role ") + q.value()->value(2).toString()};
        out << Member{q.value()->value(0).toString(),
                      q.value()->value(1).toString(),
                      *role,
                      q.value()->value(3).toString(),
                      q.value()->value(4).toString(),
                      q.value()->value(5).toInt() == 1};
    }
    return out;
}

QJsonObject StaffDirectory::toJson(const Member &m)
{
    return {{QStringLiteral("login"), m.login},      {QStringLiteral("name"), m.displayName},
            {QStringLiteral("role"), toKey(m.role)}, {QStringLiteral("hall"), m.hallCode},
            {QStringLiteral("counter"), m.counter},  {QStringLiteral("active"), m.active}};
}

QJsonObject StaffDirectory::toJson(const Hall &h)
{
    return {{QStringLiteral("code"), h.code},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("phone"), h.phone}};
}

} // namespace onetrip::server
