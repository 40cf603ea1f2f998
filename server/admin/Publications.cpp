#include "admin/Publications.h"

#include "api/ApiError.h"
#include "auth/Permissions.h"
#include "calendar/CalendarJson.h"
#include "catalog/CatalogJson.h"
#include "store/ServerDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace onetrip::server {

Publications::Publications(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool Publications::isKind(const QString &kind)
{
    return kind == QLatin1String("catalog") || kind == QLatin1String("calendar");
}

Result<Publications::Publication> Publications::publish(const std::optional<Session> &session,
                                                        const QString &kind, const QString &name,
                                                        const QByteArray &content)
{
    if (session && !Permissions::mayManageStaff(session->role))
        return ApiError::make(ApiError::Forbidden,
                              QCoreApplication::translate("Server", "Only an administrator "
                                                                    "publishes the catalog and "
                                                                    "the calendar."));
    if (!isKind(kind))
        return ApiError::make(ApiError::NotFound,
                              QCoreApplication::translate("Server", "Publications are catalog or "
                                                                    "calendar."));
    // The terminals' own readers decide: a file they would refuse is refused here.
    QStringList problems;
    if (kind == QLatin1String("catalog")) {
        const CatalogJson::ReadResult read = CatalogJson::read(content);
        for (const auto &p : read.problems)
            problems << p.toString();
    } else {
        const CalendarJson::ReadResult read = CalendarJson::read(content);
        for (const auto &p : read.problems)
            problems << p.toString();
    }
    if (!problems.isEmpty())
        return ApiError::make(ApiError::BadRequest,
                              QCoreApplication::translate("Server", "The file has %1 problem(s); "
                                                                    "nothing was published: %2")
                                  .arg(problems.size())
                                  .arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    auto db = m_store.local();
    if (!db)
        return db.error();
    Publication p{
        kind, 0, name.left(100), content,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())};
    ServerTransaction tx(*db.value());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto last = db.value()->run(QStringLiteral("SELECT coalesce(max(version), 0) FROM "
                                               "publication WHERE kind = ?"),
                                {kind});
    if (!last)
        return last.error();
    p.version = last.value()->next() ? last.value()->value(0).toInt() + 1 : 1;
    last.value()->finish();
    if (auto r = db.value()->run(
            QStringLiteral("INSERT INTO publication (kind, version, name, content, sha256, "
                           "published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {kind, p.version, p.name, QString::fromUtf8(content), p.sha256,
             session ? session->login : QStringLiteral("(server console)"),
             m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
        !r)
        return r.error(); // two publications at once: the second fails on the key; try again
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QList<Publications::Publication>> Publications::after(const QString &kind, int version)
{
    if (!isKind(kind))
        return ApiError::make(ApiError::NotFound,
                              QCoreApplication::translate("Server", "Publications are catalog or "
                                                                    "calendar."));
    auto db = m_store.local();
    if (!db)
        return db.error();
    auto q = db.value()->run(QStringLiteral("SELECT version, name, content, sha256 FROM "
                                            "publication WHERE kind = ? AND version > ? ORDER BY "
                                            "version"),
                             {kind, version});
    if (!q)
        return q.error();
    QList<Publication> out;
    while (q.value()->next())
        out << Publication{kind, q.value()->value(0).toInt(), q.value()->value(1).toString(),
                           q.value()->value(2).toString().toUtf8(), q.value()->value(3).toString()};
    return out;
}

} // namespace onetrip::server
