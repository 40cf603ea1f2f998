#pragma once

#include "common/Result.h"
#include "worklist/WorklistQuery.h"

#include <memory>

namespace onetrip {
namespace gui {

class AppContext;

// The worklist query of the signed-in person as of now: today from the context's clock, its
// calendar, the hall's warning setting; the deadline index brought up to date first, or its
// count started in the background when there is much to count (ClockIndexKeeper: the pages
// say so while it runs, and read again when it ends). Made again for every reload, so a new
// day, calendar or setting is never missed.
Result<std::shared_ptr<const WorklistQuery>> currentWorklistQuery(const AppContext &context);
// The same with the index as it stands (to ask ClockIndexKeeper::prepare with).
Result<std::shared_ptr<const WorklistQuery>> worklistQueryAsIs(const AppContext &context);

} // namespace gui
} // namespace onetrip
