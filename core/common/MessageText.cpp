#include "common/MessageText.h"

namespace onetrip {

QString quotedValue(const QString &value)
{
    if (value.size() <= MaxQuotedLength)
        return value;
    qsizetype cut = MaxQuotedLength;
    if (value.at(cut - 1).isHighSurrogate() && value.at(cut).isLowSurrogate())
        --cut; // keep the pair whole: drop it rather than split it
    return value.left(cut) + QChar(0x2026);
}

} // namespace onetrip
