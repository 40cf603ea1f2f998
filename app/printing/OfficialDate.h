#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace onetrip {
namespace gui {

// Official documents write dates in full: 2025年3月4日 (and a time as 14:05).
inline QString officialDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

inline QString officialDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return officialDate(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace gui
} // namespace onetrip
