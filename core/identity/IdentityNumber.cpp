#include "identity/IdentityNumber.h"

#include <QCoreApplication>

namespace onetrip {

QString normalizeIdentityInput(const QString &value)
{
    // NFKC maps full-width "３７０１" and the ideographic space to their ASCII forms.
    const QString folded = value.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

IdentityKind guessKind(const QString &value)
{
    const QString v = normalizeIdentityInput(value);
    if (v.size() != 18)
        return IdentityKind::CreditCode;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(v.at(i)))
            return IdentityKind::CreditCode;
    }
    const QChar last = v.at(17);
    const bool residentLast = isAsciiDigit(last) || last == u'X' || last == u'x';
    return residentLast ? IdentityKind::ResidentId : IdentityKind::CreditCode;
}

QString displayName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::ResidentId:
        return QCoreApplication::translate("IdentityNumber", "resident ID");
    case IdentityKind::CreditCode:
        return QCoreApplication::translate("IdentityNumber", "credit code");
    }
    return {};
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return isAsciiDigit(c) ? c.unicode() - u'0' : -1;
}

int weightedSum(QStringView chars, std::span<const int> weights, int (*value)(QChar))
{
    if (chars.size() != qsizetype(weights.size()))
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const int v = value(chars.at(i));
        if (v < 0)
            return -1;
        sum += v * weights[std::size_t(i)];
    }
    return sum;
}

} // namespace onetrip
