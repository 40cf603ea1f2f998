#include "intake/IntakeEntry.h"

#include "catalog/CatalogRepository.h"

namespace onetrip {
namespace gui {

Result<IntakeEntry> IntakeEntry::item(const Database &db, const QString &itemCode)
{
    auto guide = CatalogRepository(db).guide(itemCode.trimmed());
    if (!guide)
        return guide.error();
    return IntakeEntry{{guide.value()}, {}, {}};
}

Result<IntakeEntry> IntakeEntry::bundle(const Database &db, const QString &bundleCode)
{
    const CatalogRepository repo(db);
    auto bundle = repo.bundle(bundleCode.trimmed());
    if (!bundle)
        return bundle.error();
    IntakeEntry entry{{}, bundle->code, bundle->name};
    for (const QString &code : bundle->itemCodes) {
        auto guide = repo.guide(code);
        if (!guide)
            return guide.error();
        entry.guides << guide.value();
    }
    return entry;
}

QString IntakeEntry::code() const
{
    if (!bundleCode.isEmpty())
        return bundleCode;
    return guides.isEmpty() ? QString() : guides.first().code;
}

QString IntakeEntry::name() const
{
    if (!bundleName.isEmpty())
        return bundleName;
    return guides.isEmpty() ? QString() : guides.first().name;
}

} // namespace gui
} // namespace onetrip
