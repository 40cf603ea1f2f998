#include "catalog/CatalogProblem.h"

#include <QStringList>

namespace onetrip {

QString CatalogProblem::toString() const
{
    QStringList parts;
    for (const QString *part : {&record, &field, &message}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    return parts.join(QStringLiteral(": "));
}

} // namespace onetrip
