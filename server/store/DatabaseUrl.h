#pragma once

#include "common/Result.h"

#include <QString>

namespace onetrip::server {

// Where the server keeps its data: "postgresql://user:password@host:port/dbname" (production)
// or "sqlite:///absolute/path.db" / "sqlite:relative.db" (one hall, a demo).
struct DatabaseUrl
{
    enum class Engine
    {
        PostgreSQL,
        SQLite
    };
    Engine engine = Engine::SQLite;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name; // database name, or the SQLite file

    static Result<DatabaseUrl> parse(const QString &text);
    // For logs: the password left out.
    QString redacted() const;
};

} // namespace onetrip::server
