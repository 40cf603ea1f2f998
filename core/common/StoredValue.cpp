#include "common/StoredValue.h"

#include <QCoreApplication>

namespace onetrip {

Error StoredValue::unknown(const QString &what, const QString &value, const QString &where)
{
    // Long or binary garbage is cut: the message must stay readable.
    QString shown = value.left(40);
    if (value.size() > 40)
        shown += QChar(0x2026);
    return Error{QCoreApplication::translate(
                     "Store", "The store holds an unknown %1 \"%2\" (%3). It was changed outside "
                              "OneTrip or by a newer version; nothing was changed. Restore a "
                              "backup or install the newer version.")
                     .arg(what, shown, where),
                 QStringLiteral("unknown %1 '%2' at %3").arg(what, shown, where)};
}

} // namespace onetrip
