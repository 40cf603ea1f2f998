#pragma once

#include "catalog/ServiceGuide.h"
#include "intake/Checklist.h"
#include "intake/IntakeRequest.h"
#include "intake/Verdict.h"

#include <QList>

#include <optional>

namespace onetrip {

// Turns an intake into a verdict. Pure: no clock, no store; same input, same verdict.
class VerdictEngine
{
public:
    // The verdict for a request checked against its checklist `rows` (Checklist::build of
    // the request's guides and answers). Rules in docs/intake-format.md and docs/rules.md.
    static Verdict evaluate(const IntakeRequest &request, const QList<ChecklistRow> &rows);
    // Same, building the checklist from the request's guides and answers.
    static Verdict evaluate(const IntakeRequest &request);

    // The most working days a 容缺 supplement may take: the smallest limit of the items, each
    // item's promised limit or, without one, its legal limit; empty when an item has neither.
    static std::optional<int> supplementLimitDays(const QList<ServiceGuide> &guides);
};

} // namespace onetrip
