#pragma once

#include "common/Result.h"
#include "worklist/WorklistQuery.h"

#include <memory>

namespace onetrip {
namespace gui {

class AppContext;

// The worklist query of the signed-in person as of now: today from the context's clock, its
// calendar, the hall's warning setting; the deadline index brought up to date first. Made
// again for every reload, so a new day, calendar or setting is never missed.
Result<std::shared_ptr<const WorklistQuery>> currentWorklistQuery(const AppContext &context);

} // namespace gui
} // namespace onetrip
