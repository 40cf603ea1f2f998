#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

namespace onetrip {

// Where the terminal keeps a server sign-in (the refresh token) between runs: the OS
// keychain in the window (app/sync/KeychainTokenVault, QtKeychain), never settings or files.
// A failure means there is no usable keychain: the caller says so and asks for the password
// each time instead.
class TokenVault
{
public:
    virtual ~TokenVault() = default;
    // The secret kept under `key`; empty when there is none.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

// For tests and for tools that must not touch the keychain: forgets at exit.
class MemoryTokenVault final : public TokenVault
{
public:
    Result<QString> read(const QString &key) override { return m_secrets.value(key); }
    Status write(const QString &key, const QString &secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_secrets.remove(key);
        return {};
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace onetrip
