#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace onetrip::server {

class ServerStore;

// The catalog and the working-day calendar flow from the server to the terminals: an
// administrator publishes a file (checked with the same readers the terminals import it
// with), it gets the next version of its kind, and terminals fetch what is newer than theirs.
class Publications
{
public:
    struct Publication
    {
        QString kind; // "catalog" or "calendar"
        int version = 0;
        QString name;
        QByteArray content;
        QString sha256;
    };

    Publications(ServerStore &store, const Clock &clock);

    static bool isKind(const QString &kind);
    // `session` empty: the server's own command line (the administrator on the machine).
    Result<Publication> publish(const std::optional<Session> &session, const QString &kind,
                                const QString &name, const QByteArray &content);
    Result<QList<Publication>> after(const QString &kind, int version);

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace onetrip::server
