#include "settings/AppSettings.h"

#include "common/Translations.h"

#include <QStandardPaths>

namespace onetrip {
namespace gui {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kCatalogSplitter = QStringLiteral("catalog/splitter");
const QString kLastLogin = QStringLiteral("login/last");
const QString kExportFolder = QStringLiteral("printing/exportFolder");

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString AppSettings::language() const
{
    const QString value = m_settings.value(kLanguage, defaultLanguage()).toString();
    return Translations::available().contains(value) ? value : defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::catalogSplitterState() const
{
    return m_settings.value(kCatalogSplitter).toByteArray();
}

void AppSettings::setCatalogSplitterState(const QByteArray &state)
{
    m_settings.setValue(kCatalogSplitter, state);
}

QString AppSettings::lastLogin() const
{
    return m_settings.value(kLastLogin).toString();
}

void AppSettings::setLastLogin(const QString &login)
{
    m_settings.setValue(kLastLogin, login);
}

QString AppSettings::lastExportFolder() const
{
    const QString folder = m_settings.value(kExportFolder).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

void AppSettings::setLastExportFolder(const QString &folder)
{
    m_settings.setValue(kExportFolder, folder);
}

} // namespace gui
} // namespace onetrip
