#include "auth/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace onetrip {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                                            crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                            crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Error{QCoreApplication::translate("Auth", "The password could not be protected "
                                                         "(out of memory). Try again."),
                     {}};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

} // namespace onetrip
