#include "common/Fonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace onetrip {
namespace gui {

QString Fonts::family()
{
    static const QString chosen = [] {
        const QStringList families = QFontDatabase::families();
        if (families.contains(preferredFamily()))
            return preferredFamily();
        const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        // A Noto CJK face is the last resort: it shows but extracts badly from PDFs.
        for (const QString &f : chinese) {
            if (!f.contains(QLatin1String("Noto"), Qt::CaseInsensitive))
                return f;
        }
        return chinese.isEmpty() ? QFont().family() : chinese.constFirst();
    }();
    return chosen;
}

QFont Fonts::applicationFont()
{
    QFont font(family());
    font.setPointSizeF(10);
    return font;
}

QFont Fonts::printFont()
{
    QFont font(family());
    font.setPointSizeF(10.5);
    return font;
}

void Fonts::applyToApplication()
{
    QApplication::setFont(applicationFont());
}

} // namespace gui
} // namespace onetrip
