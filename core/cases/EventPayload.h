#pragma once

#include "cases/CaseEvents.h"
#include "cases/CaseJson.h"

#include <QJsonObject>
#include <QLatin1String>

// Reading and writing the typed events' payloads (CaseEvents.cpp, RatingEvents.cpp,
// ProxyEvents.cpp): one spelling of the version stamp and of the field readers.
namespace onetrip::CaseEvents::payload {

// The payload with this program's payload version "v".
inline QJsonObject versioned(QJsonObject o)
{
    o.insert(QStringLiteral("v"), kPayloadVersion);
    return o;
}

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline int integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

inline QDate date(const QJsonObject &o, const char *key)
{
    return CaseJson::dateFromJson(o.value(QLatin1String(key)));
}

} // namespace onetrip::CaseEvents::payload
