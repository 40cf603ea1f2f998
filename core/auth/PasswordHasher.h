#pragma once

#include "common/Result.h"

#include <QString>

namespace onetrip {

// Argon2id through libsodium's crypto_pwhash_str (interactive limits).
class PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace onetrip
