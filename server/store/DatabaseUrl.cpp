#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>

namespace onetrip::server {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    auto bad = [&text](const QString &why) {
        return Error{QCoreApplication::translate("Server", "The database address %1 is not "
                                                           "valid: %2")
                         .arg(text.section(QLatin1Char('@'), -1), why),
                     {}};
    };
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::SQLite;
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return bad(QCoreApplication::translate("Server", "it names no file."));
        url.name = path;
        return url;
    }
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() ||
        (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")))
        return bad(QCoreApplication::translate("Server", "use postgresql://user@host:port/name "
                                                         "or sqlite:///path/file.db."));
    url.engine = Engine::PostgreSQL;
    url.host = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
    url.port = u.port(5432);
    url.user = u.userName();
    url.password = u.password();
    url.name = u.path().mid(1);
    if (url.name.isEmpty())
        return bad(QCoreApplication::translate("Server", "it names no database."));
    return url;
}

QString DatabaseUrl::redacted() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("sqlite:") + name;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace onetrip::server
