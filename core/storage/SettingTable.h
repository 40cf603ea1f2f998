#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace onetrip {

class Database;

// The store's `setting` table (key → text): one read and one upsert for every typed setting
// (the hall, the warning window, the 差评 follow-up days, the deadline index's basis). The
// callers parse and check the text and say in their words what failed; `Error::detail`
// carries the database's reason.
class SettingTable
{
public:
    // The stored text, or empty when the key was never set.
    static Result<std::optional<QString>> value(const Database &db, const QString &key);
    // Writes `value` (a null string as empty: the column refuses NULL).
    static Status setValue(const Database &db, const QString &key, const QString &value);
};

} // namespace onetrip
