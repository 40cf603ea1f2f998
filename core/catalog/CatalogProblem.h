#pragma once

#include <QList>
#include <QString>

namespace onetrip {

// One thing wrong with a catalog file, located by record and field so it can be fixed.
struct CatalogProblem
{
    QString record;  // e.g. "items[3] (JN-SG01)", "bundles[0]", or empty for the file
    QString field;   // e.g. "materials[2].copies", or empty
    QString message; // translated: what is wrong and what is expected

    QString toString() const;
};

using CatalogProblems = QList<CatalogProblem>;

} // namespace onetrip
