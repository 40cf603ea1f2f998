#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <cstdio>

namespace onetrip::server {

// Structured logs: one JSON object per line on stderr. Never personal data: no ID numbers,
// names, phone numbers, passwords or tokens — logins, codes, counts and times only.
class ServerLog
{
public:
    enum class Level
    {
        Debug,
        Info,
        Warning,
        Error
    };
    explicit ServerLog(Level threshold = Level::Info, FILE *out = stderr);
    static bool levelFromKey(const QString &key, Level &level);

    void write(Level level, const QString &message, QJsonObject fields = {});
    void info(const QString &message, const QJsonObject &fields = {})
    {
        write(Level::Info, message, fields);
    }
    void warning(const QString &message, const QJsonObject &fields = {})
    {
        write(Level::Warning, message, fields);
    }
    void error(const QString &message, const QJsonObject &fields = {})
    {
        write(Level::Error, message, fields);
    }
    bool enabled(Level level) const { return level >= m_threshold; }

private:
    Level m_threshold;
    FILE *m_out;
    QMutex m_mutex;
};

} // namespace onetrip::server
