#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace onetrip {

namespace {

QList<QPointer<QTranslator>> &loaded()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool Translations::install(const QString &language)
{
    for (const QPointer<QTranslator> &t : std::as_const(loaded())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    loaded().clear();
    currentLanguage() = language;
    if (language == QLatin1String("en"))
        return true; // the source language

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/onetrip_") + language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    loaded().append(own);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded().append(qt);
    } else {
        delete qt; // Qt's own strings stay English; ours are still translated
    }
    return true;
}

void Translations::installForSystemLocale()
{
    const QLocale locale;
    install(locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace onetrip
