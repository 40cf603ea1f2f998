#include "catalog/MaterialRequirement.h"

namespace onetrip {

bool MaterialRequirement::appliesTo(const QHash<QString, QString> &answers) const
{
    for (const SituationCondition &c : appliesWhen) {
        if (!c.optionIds.contains(answers.value(c.situationId)))
            return false;
    }
    return true;
}

} // namespace onetrip
