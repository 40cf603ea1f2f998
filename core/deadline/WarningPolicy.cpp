#include "deadline/WarningPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace onetrip {

int WarningPolicy::windowFor(int limitDays) const
{
    const int share = (std::max(limitDays, 0) * percentOfLimit + 99) / 100;
    return std::max(minimumWorkingDays, share);
}

Result<WarningPolicy> WarningPolicy::make(int minimumWorkingDays, int percentOfLimit)
{
    if (minimumWorkingDays < 0 || minimumWorkingDays > 30)
        return Error{QCoreApplication::translate(
                         "Deadlines", "The warning window must be 0 to 30 working days, not %1.")
                         .arg(minimumWorkingDays),
                     QStringLiteral("days")};
    if (percentOfLimit < 0 || percentOfLimit > 100)
        return Error{
            QCoreApplication::translate(
                "Deadlines", "The warning share must be 0 to 100 percent of the limit, not %1.")
                .arg(percentOfLimit),
            QStringLiteral("percent")};
    return WarningPolicy{minimumWorkingDays, percentOfLimit};
}

} // namespace onetrip
