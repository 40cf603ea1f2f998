#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace onetrip {
namespace gui {

// A QR code (libqrencode, error correction M) as a black-on-white image.
class QrCode
{
public:
    // `text` encoded as UTF-8, each module `moduleSize` pixels, with the standard 4-module
    // quiet zone. A null image when `text` is empty or cannot be encoded.
    static QImage image(const QString &text, int moduleSize = 4);
    // The number of modules per side (without quiet zone); 0 when it cannot be encoded.
    static int modules(const QString &text);
};

} // namespace gui
} // namespace onetrip
