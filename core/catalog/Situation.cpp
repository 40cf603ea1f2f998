#include "catalog/Situation.h"

namespace onetrip {

const SituationOption *Situation::option(const QString &optionId) const
{
    for (const SituationOption &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

} // namespace onetrip
