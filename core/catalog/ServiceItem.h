#pragma once

#include "catalog/CatalogEnums.h"

#include <QString>

namespace onetrip {

// A catalog entry as lists and search show it; the guide itself is a ServiceGuide.
struct ServiceItem
{
    QString code;
    QString name;
    QString department;
    QString itemType;
    HandlingForm handlingForm = HandlingForm::OneTrip;
    CaseType caseType = CaseType::Promised;
    int currentVersion = 0;
    int materialCount = 0;
};

} // namespace onetrip
