#include "worklist/WorklistSource.h"

#include "deadline/DeadlineSettings.h"
#include "shell/AppContext.h"
#include "worklist/ClockIndexKeeper.h"

namespace onetrip {
namespace gui {

Result<std::shared_ptr<const WorklistQuery>> worklistQueryAsIs(const AppContext &context)
{
    auto policy = DeadlineSettings::load(context.database());
    if (!policy)
        return policy.error();
    return std::make_shared<const WorklistQuery>(context.database(), context.calendar(),
                                                 policy.value(), context.clock().today(),
                                                 context.user().login);
}

Result<std::shared_ptr<const WorklistQuery>> currentWorklistQuery(const AppContext &context)
{
    auto query = worklistQueryAsIs(context);
    if (!query)
        return query;
    // Not necessarily current: much to count is counted in the background (the pages say so).
    if (auto current = context.clockIndex().refresh(*query.value()); !current)
        return current.error();
    return query;
}

} // namespace gui
} // namespace onetrip
