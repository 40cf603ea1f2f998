#pragma once

#include <QString>
#include <QStringList>

namespace onetrip {

// Loads OneTrip's translations (:/i18n/onetrip_<lang>.qm, linked into the executables) and
// Qt's own (qtbase_<lang>.qm) into the running application, replacing any loaded before.
class Translations
{
public:
    static QStringList available(); // "zh_CN", "en"
    // Returns false when the language's catalogue is missing (the UI then shows the source
    // language, English).
    static bool install(const QString &language);
    // zh_CN for a Chinese system locale, otherwise English.
    static void installForSystemLocale();
    static QString current();
};

} // namespace onetrip
