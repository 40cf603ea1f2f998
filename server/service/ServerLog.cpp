#include "service/ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutexLocker>

namespace onetrip::server {

namespace {
const char *key(ServerLog::Level level)
{
    switch (level) {
    case ServerLog::Level::Debug:
        return "debug";
    case ServerLog::Level::Info:
        return "info";
    case ServerLog::Level::Warning:
        return "warning";
    case ServerLog::Level::Error:
        return "error";
    }
    return "error";
}
} // namespace

ServerLog::ServerLog(Level threshold, FILE *out)
    : m_threshold(threshold)
    , m_out(out)
{
}

bool ServerLog::levelFromKey(const QString &text, Level &level)
{
    for (Level l : {Level::Debug, Level::Info, Level::Warning, Level::Error}) {
        if (text == QLatin1String(key(l))) {
            level = l;
            return true;
        }
    }
    return false;
}

void ServerLog::write(Level level, const QString &message, QJsonObject fields)
{
    if (!enabled(level))
        return;
    fields.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1String(key(level)));
    fields.insert(QStringLiteral("msg"), message);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&m_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fflush(m_out);
}

} // namespace onetrip::server
