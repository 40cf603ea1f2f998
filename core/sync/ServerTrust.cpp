#include "sync/ServerTrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>

namespace onetrip {

namespace {

Result<QByteArray> normalisedPin(const QString &typed)
{
    QString pin = typed.trimmed().toLower();
    pin.remove(QLatin1Char(':'));
    pin.remove(QLatin1Char(' '));
    static const QRegularExpression kHex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pin.isEmpty() && !kHex.match(pin).hasMatch())
        return Error{QCoreApplication::translate("Sync",
                                                 "The certificate fingerprint must be a SHA-256: "
                                                 "64 hexadecimal digits."),
                     QStringLiteral("pin")};
    return pin.toLatin1();
}

Result<QByteArray> checkedPem(const QByteArray &pem, const QString &where)
{
    if (pem.isEmpty())
        return QByteArray();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || std::any_of(certificates.cbegin(), certificates.cend(),
                                              [](const QSslCertificate &c) { return c.isNull(); }))
        return Error{
            QCoreApplication::translate("Sync", "No certificate could be read from %1.").arg(where),
            QStringLiteral("ca")};
    return pem;
}

} // namespace

Result<ServerTrust> ServerTrust::make(const QString &caFile, const QString &pin)
{
    ServerTrust trust;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("Sync", "The file %1 could not be read: %2")
                             .arg(caFile, file.errorString()),
                         QStringLiteral("ca")};
        // A CA file is a few kilobytes; anything far larger is not one.
        const QByteArray content = file.read(1 << 20);
        if (content.trimmed().isEmpty())
            return Error{
                QCoreApplication::translate("Sync", "No certificate could be read from %1.")
                    .arg(caFile),
                QStringLiteral("ca")};
        auto pem = checkedPem(content, caFile);
        if (!pem)
            return pem.error();
        trust.caPem = pem.value();
    }
    auto normalised = normalisedPin(pin);
    if (!normalised)
        return normalised.error();
    trust.pinSha256 = normalised.value();
    return trust;
}

Result<ServerTrust> ServerTrust::fromStored(const QByteArray &caPem, const QByteArray &pin)
{
    auto pem = checkedPem(caPem, QCoreApplication::translate("Sync", "the terminal's store"));
    if (!pem)
        return pem.error();
    auto normalised = normalisedPin(QString::fromLatin1(pin));
    if (!normalised || normalised.value() != pin)
        return Error{QCoreApplication::translate("Sync", "The server certificate fingerprint kept "
                                                         "in this store is damaged."),
                     QStringLiteral("pin")};
    return ServerTrust{pem.value(), pin};
}

void ServerTrust::applyTo(SyncClient::Options &options) const
{
    options.caCertificates = QSslCertificate::fromData(caPem, QSsl::Pem);
    options.pinnedSha256 = pinSha256;
}

} // namespace onetrip
