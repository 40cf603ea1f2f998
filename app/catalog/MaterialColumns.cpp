#include "catalog/MaterialColumns.h"

#include "catalog/CatalogEnums.h"

namespace onetrip {
namespace gui {

std::optional<MaterialAttribute> materialAttributeAt(int column, int mainColumn)
{
    const int offset = column - mainColumn;
    if (offset < 0 || offset > int(MaterialAttribute::Copies))
        return std::nullopt;
    return MaterialAttribute(offset);
}

QVariant materialAttributeDisplay(const MaterialRequirement &m, MaterialAttribute attribute,
                                  const MaterialAttributeWords &words)
{
    const auto flag = [&words](bool value) { return value ? words.flag : QString(); };
    switch (attribute) {
    case MaterialAttribute::Main:
        return m.main ? words.main : words.secondary;
    case MaterialAttribute::Deferrable:
        return flag(m.deferrable);
    case MaterialAttribute::Commitment:
        return flag(m.commitmentInLieu);
    case MaterialAttribute::Sharing:
        return flag(m.obtainedBySharing);
    case MaterialAttribute::OriginalOrCopy:
        return displayName(m.originalOrCopy);
    case MaterialAttribute::Copies:
        return m.copies;
    }
    return {};
}

QVariant materialAttributeRaw(const MaterialRequirement &m, MaterialAttribute attribute)
{
    switch (attribute) {
    case MaterialAttribute::Main:
        return m.main;
    case MaterialAttribute::Deferrable:
        return m.deferrable;
    case MaterialAttribute::Commitment:
        return m.commitmentInLieu;
    case MaterialAttribute::Sharing:
        return m.obtainedBySharing;
    case MaterialAttribute::OriginalOrCopy:
        return {};
    case MaterialAttribute::Copies:
        return m.copies;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
