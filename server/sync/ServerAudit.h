#pragma once

#include "common/Result.h"

#include <QStringList>

namespace onetrip::server {

class ServerDatabase;

// `onetrip-server audit verify`: every terminal's events on the server, applied and
// rejected, must form its hash chain without gaps up to the sequence the terminal row
// records, and every hash must match its event.
class ServerAudit
{
public:
    struct Report
    {
        qint64 events = 0;
        int terminals = 0;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };
    static Result<Report> verify(ServerDatabase &db);
};

} // namespace onetrip::server
