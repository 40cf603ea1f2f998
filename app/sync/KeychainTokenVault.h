#pragma once

#include "sync/TokenVault.h"

namespace onetrip {
namespace gui {

// The OS keychain through QtKeychain (Secret Service on Linux, the Credential Manager on
// Windows). Blocking calls with a timeout, made on the sync thread. With no D-Bus session or a
// locked keyring every call fails with QtKeychain's message: the caller says so and asks for
// the password at each start. No insecure fallback: a refresh token is never written to a file.
class KeychainTokenVault final : public TokenVault
{
public:
    explicit KeychainTokenVault(QString service = QStringLiteral("OneTrip"), int timeoutMs = 5000);
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace gui
} // namespace onetrip
