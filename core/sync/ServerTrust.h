#pragma once

#include "common/Result.h"
#include "sync/SyncClient.h"

#include <QByteArray>
#include <QString>

namespace onetrip {

// What a terminal trusts of its server beyond the system's certificate authorities: a
// hall's own CA (PEM) and/or the SHA-256 of the server's certificate. Given once, when the
// terminal joins (the connect dialog, `onetripctl sync --ca --pin`), kept in the store with
// the registration, and used by every later connection (background sync, online sign-in).
struct ServerTrust
{
    QByteArray caPem;     // empty: the system's authorities only
    QByteArray pinSha256; // 64 hex digits, lower case; empty: no pin

    bool isEmpty() const { return caPem.isEmpty() && pinSha256.isEmpty(); }
    bool operator==(const ServerTrust &other) const = default;

    // From a CA file (empty: none) and a pin as typed (colons and spaces allowed, any case).
    // A file without a readable certificate or a pin that is no SHA-256 is refused.
    static Result<ServerTrust> make(const QString &caFile, const QString &pin);
    // From what the store kept; an unreadable value is an error, never "no trust".
    static Result<ServerTrust> fromStored(const QByteArray &caPem, const QByteArray &pin);
    void applyTo(SyncClient::Options &options) const;
};

} // namespace onetrip
