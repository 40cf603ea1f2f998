#include "common/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace onetrip {

QString Paths::defaultStorePath()
{
    const QString fromEnv = qEnvironmentVariable("ONETRIP_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return dir + QStringLiteral("/onetrip/onetrip.sqlite");
}

QString Paths::dataDirectory()
{
    const QString fromEnv = qEnvironmentVariable("ONETRIP_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/onetrip/data");
    if (QFileInfo::exists(installed + QStringLiteral("/catalog")))
        return QDir::cleanPath(installed);
    return QStringLiteral(ONETRIP_SOURCE_DATA_DIR);
}

QString Paths::dataFile(const QString &relative)
{
    return dataDirectory() + u'/' + relative;
}

} // namespace onetrip
