#pragma once

#include "catalog/MaterialRequirement.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace onetrip {
namespace gui {

// The material attributes that both the catalog's material table and the intake checklist
// show, as adjacent columns in this order. Each model keeps its own headers and words (they
// are translated in its own context); the values come from here.
enum class MaterialAttribute
{
    Main,
    Deferrable,
    Commitment,
    Sharing,
    OriginalOrCopy,
    Copies,
};

// The words a model shows for the attributes.
struct MaterialAttributeWords
{
    QString main;
    QString secondary;
    QString flag; // a set flag (容缺, 告知承诺, 免提交); an unset one is blank
};

// The attribute shown in `column` of a model whose attribute columns start at `mainColumn`.
std::optional<MaterialAttribute> materialAttributeAt(int column, int mainColumn);

QVariant materialAttributeDisplay(const MaterialRequirement &m, MaterialAttribute attribute,
                                  const MaterialAttributeWords &words);
// The raw value (bool or int); original / copy has none beyond its text (an invalid QVariant).
QVariant materialAttributeRaw(const MaterialRequirement &m, MaterialAttribute attribute);

} // namespace gui
} // namespace onetrip
