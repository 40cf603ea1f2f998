#pragma once

#include "common/Result.h"
#include "deadline/WarningPolicy.h"

namespace onetrip {

class Database;

// The hall's warning window for deadline lights, kept in the store's settings
// ("deadline.warning-days", "deadline.warning-percent"); the defaults when never set. A
// stored value that is not a whole number in range is an error, never the default.
class DeadlineSettings
{
public:
    static Result<WarningPolicy> load(const Database &db);
    static Status save(const Database &db, const WarningPolicy &policy);
};

} // namespace onetrip
