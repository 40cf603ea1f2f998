#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace onetrip {
namespace gui {

// The user's preferences on this machine, typed. Workstation data (cases, catalog) lives in
// the store, never here; neither do secrets.
class AppSettings
{
public:
    AppSettings();                                // the user's settings (QSettings defaults)
    explicit AppSettings(const QString &iniFile); // a given file (tests, portable installs)

    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    QString language() const; // "zh_CN" or "en"
    void setLanguage(const QString &language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray catalogSplitterState() const;
    void setCatalogSplitterState(const QByteArray &state);

    QString lastLogin() const;
    void setLastLogin(const QString &login);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace gui
} // namespace onetrip
