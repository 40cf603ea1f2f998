#pragma once

#include "catalog/ServiceGuide.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace onetrip {
class Database;
} // namespace onetrip

namespace onetrip {
namespace gui {

// What an intake or a consultation is of: one item (its latest guide) or a bundle (一件事,
// its items' guides), read from the catalog.
struct IntakeEntry
{
    QList<ServiceGuide> guides;
    QString bundleCode; // empty for one item
    QString bundleName;

    static Result<IntakeEntry> item(const Database &db, const QString &itemCode);
    static Result<IntakeEntry> bundle(const Database &db, const QString &bundleCode);

    // The bundle's code or the item's; its name.
    QString code() const;
    QString name() const;
};

} // namespace gui
} // namespace onetrip
