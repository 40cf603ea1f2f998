#include "cases/CaseEvent.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace onetrip {

QByteArray CaseEvent::payloadJson() const
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString CaseEvent::computeHash() const
{
    return computeHash(payloadJson());
}

QString CaseEvent::computeHash(const QByteArray &payloadText) const
{
    // Fields joined by the ASCII unit separator, which none of them can contain unescaped
    // (JSON escapes control characters), so no two different events hash the same text.
    const QChar sep(0x1f);
    const QString canonical = previousHash + sep + id + sep + caseNumber + sep + hallCode + sep +
                              terminalCode + sep + QString::number(terminalSequence) + sep + actor +
                              sep + at.toString(Qt::ISODateWithMs) + sep + type + sep +
                              QString::fromUtf8(payloadText) + sep + QString::number(baseVersion);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace onetrip
