#pragma once

#include <QString>

namespace onetrip {

// How long a value read from a file may be when an error message quotes it back.
inline constexpr qsizetype MaxQuotedLength = 60;

// `value` as an error message quotes it: whole when short, else its first MaxQuotedLength
// characters and "…", cut between characters (never inside a surrogate pair). Every message
// that repeats a value from a file or the store goes through this, so a 10,000-character
// value never floods the error list.
QString quotedValue(const QString &value);

} // namespace onetrip
