#pragma once

#include "common/Result.h"

namespace onetrip {

// When a deadline turns yellow: within the larger of a number of working days and a share
// of its limit (DESIGN §2; default one working day or 20%, a setting of the hall).
struct WarningPolicy
{
    int minimumWorkingDays = 1;
    int percentOfLimit = 20;

    // The warning window, in working days, of a limit of `limitDays` working days: the
    // share rounded up (20% of 12 days is 3, not 2.4).
    int windowFor(int limitDays) const;
    // From a setting: 0 to 30 working days, 0 to 100 percent; anything else is refused.
    static Result<WarningPolicy> make(int minimumWorkingDays, int percentOfLimit);

    bool operator==(const WarningPolicy &) const = default;
};

} // namespace onetrip
