#include "cases/HandOut.h"

#include <QCoreApplication>

namespace onetrip {

QString toKey(HandOutMethod method)
{
    return method == HandOutMethod::Window ? QStringLiteral("window") : QStringLiteral("express");
}

std::optional<HandOutMethod> handOutMethodFromKey(const QString &key)
{
    if (key == QLatin1String("window"))
        return HandOutMethod::Window;
    if (key == QLatin1String("express"))
        return HandOutMethod::Express;
    return std::nullopt;
}

QString displayName(HandOutMethod method)
{
    return method == HandOutMethod::Window
               ? QCoreApplication::translate("Cases", "Collected at the window")
               : QCoreApplication::translate("Cases", "Sent by express mail");
}

QString toKey(CollectorKind kind)
{
    return kind == CollectorKind::Applicant ? QStringLiteral("applicant") : QStringLiteral("agent");
}

std::optional<CollectorKind> collectorKindFromKey(const QString &key)
{
    if (key == QLatin1String("applicant"))
        return CollectorKind::Applicant;
    if (key == QLatin1String("agent"))
        return CollectorKind::Agent;
    return std::nullopt;
}

QString displayName(CollectorKind kind)
{
    return kind == CollectorKind::Applicant ? QCoreApplication::translate("Cases", "Applicant")
                                            : QCoreApplication::translate("Cases", "Agent");
}

} // namespace onetrip
