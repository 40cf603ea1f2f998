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
        if (!(v.at(i) >= u'0' && v.at(i) <= u'9'))
            return IdentityKind::CreditCode;
    }
    const QChar last = v.at(17);
    const bool residentLast = (last >= u'0' && last <= u'9') || last == u'X' || last == u'x';
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

} // namespace onetrip
