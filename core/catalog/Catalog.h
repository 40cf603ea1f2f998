#pragma once

#include "catalog/Bundle.h"
#include "catalog/ServiceGuide.h"

#include <QJsonObject>
#include <QList>

namespace onetrip {

// The content of one catalog file: guides and bundles, plus the file's own provenance.
struct Catalog
{
    QJsonObject source; // where the file's data came from (kept verbatim)
    QList<ServiceGuide> guides;
    QList<Bundle> bundles;
};

} // namespace onetrip
