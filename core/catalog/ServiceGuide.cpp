#include "catalog/ServiceGuide.h"

namespace onetrip {

const Situation *ServiceGuide::situation(const QString &id) const
{
    for (const Situation &s : situations) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const MaterialRequirement *ServiceGuide::material(const QString &id) const
{
    for (const MaterialRequirement &m : materials) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QHash<QString, QString> ServiceGuide::defaultAnswers() const
{
    QHash<QString, QString> answers;
    for (const Situation &s : situations)
        answers.insert(s.id, s.defaultOption);
    return answers;
}

bool ServiceGuide::sameContent(const ServiceGuide &o) const
{
    return code == o.code && name == o.name && department == o.department &&
           itemType == o.itemType && handlingForm == o.handlingForm &&
           handlingFormNote == o.handlingFormNote && caseType == o.caseType &&
           caseTypeNote == o.caseTypeNote && legalLimitDays == o.legalLimitDays &&
           legalLimitText == o.legalLimitText && promisedLimitDays == o.promisedLimitDays &&
           promisedLimitText == o.promisedLimitText && fee == o.fee && conditions == o.conditions &&
           deliveryModes == o.deliveryModes && legalBasis == o.legalBasis && result == o.result &&
           validity == o.validity && aliases == o.aliases && provenance == o.provenance &&
           situations == o.situations && materials == o.materials;
}

} // namespace onetrip
