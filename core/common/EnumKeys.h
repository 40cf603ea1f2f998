#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace onetrip {

// Stable string keys for enums (files, the store, JSON): one table per enum, looked up
// both ways. Keys are never translated.
template <typename E, std::size_t N>
std::optional<E> enumFromKey(const QString &key, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString enumKey(E v, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace onetrip
