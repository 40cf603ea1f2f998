#include "deadline/DeadlineLight.h"

#include <QCoreApplication>

namespace onetrip {

QString toKey(DeadlineLight light)
{
    switch (light) {
    case DeadlineLight::Green:
        return QStringLiteral("green");
    case DeadlineLight::Yellow:
        return QStringLiteral("yellow");
    case DeadlineLight::Red:
        return QStringLiteral("red");
    case DeadlineLight::Paused:
        return QStringLiteral("paused");
    }
    return QString();
}

std::optional<DeadlineLight> deadlineLightFromKey(const QString &key)
{
    for (DeadlineLight l :
         {DeadlineLight::Green, DeadlineLight::Yellow, DeadlineLight::Red, DeadlineLight::Paused}) {
        if (toKey(l) == key)
            return l;
    }
    return std::nullopt;
}

QString displayName(DeadlineLight light)
{
    switch (light) {
    case DeadlineLight::Green:
        return QCoreApplication::translate("Deadlines", "On time");
    case DeadlineLight::Yellow:
        return QCoreApplication::translate("Deadlines", "Due soon");
    case DeadlineLight::Red:
        return QCoreApplication::translate("Deadlines", "Overdue");
    case DeadlineLight::Paused:
        return QCoreApplication::translate("Deadlines", "Clock stopped");
    }
    return QString();
}

} // namespace onetrip
