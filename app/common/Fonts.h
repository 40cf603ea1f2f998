#pragma once

#include <QFont>
#include <QString>

namespace onetrip {
namespace gui {

// The CJK font is chosen explicitly: WenQuanYi Micro Hei renders on screen and, unlike Noto
// CJK under Qt 6.4 (工 comes back as the radical ⼯), yields PDFs whose text extracts exactly.
class Fonts
{
public:
    static QString preferredFamily() { return QStringLiteral("WenQuanYi Micro Hei"); }
    // The preferred family if installed, else any family covering Simplified Chinese, else
    // the platform default.
    static QString family();
    static QFont applicationFont(); // 10 pt: legible for a whole working day
    static QFont printFont();       // 10.5 pt (五号), the body size of official documents
    static void applyToApplication();
};

} // namespace gui
} // namespace onetrip
