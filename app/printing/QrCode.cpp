#include "printing/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace onetrip {
namespace gui {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPointer = std::unique_ptr<QRcode, QrFree>;

QrPointer encode(const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that fits; 8-bit mode keeps any character exactly.
    return QrPointer(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
}

constexpr int QuietZone = 4; // modules of white around the code (ISO/IEC 18004)

} // namespace

int QrCode::modules(const QString &text)
{
    const QrPointer code = encode(text);
    return code ? code->width : 0;
}

QImage QrCode::image(const QString &text, int moduleSize)
{
    const QrPointer code = encode(text);
    if (!code || moduleSize < 1)
        return {};
    const int side = (code->width + 2 * QuietZone) * moduleSize;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte: 1 = dark module.
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = img.scanLine((y + QuietZone) * moduleSize + dy);
                for (int dx = 0; dx < moduleSize; ++dx)
                    line[(x + QuietZone) * moduleSize + dx] = 0;
            }
        }
    }
    return img;
}

} // namespace gui
} // namespace onetrip
