#pragma once

#include "catalog/CatalogEnums.h"
#include "catalog/ServiceItem.h"
#include "catalog/TextIndex.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace onetrip {

// What the search index knows of one item or bundle; filled at import (pinyin included).
struct SearchEntry
{
    ServiceItem item; // for a bundle: code, name, department "一件事"
    bool isBundle = false;
    QString namePinyin;    // full pinyin of the name, no spaces
    QString nameInitials;  // initials of the name
    QString materialNames; // material names joined with '\n'
    QString aliases;       // other codes joined with '\n'
};

enum class MatchKind
{
    ExactCode,
    CodePrefix,
    NamePrefix,
    NameContains,
    Pinyin,
    Department,
    Material
};

struct SearchFilter
{
    QString department; // empty: all
    std::optional<HandlingForm> handlingForm;
};

struct SearchHit
{
    int entry; // index into the index's entries
    MatchKind kind;
};

// In-memory search over the catalog: code, name, department, material names, pinyin (full
// and initials). Ranked: exact code, code prefix, name prefix, name contains, pinyin,
// department, material name; within a rank items with a published guide (materialCount > 0)
// first, then shorter names.
class CatalogSearchIndex
{
public:
    void rebuild(QList<SearchEntry> entries);

    QList<SearchHit> search(const QString &query, const SearchFilter &filter = {},
                            int limit = 200) const;

    int size() const { return int(m_entries.size()); }
    const SearchEntry &entry(int index) const { return m_entries.at(index); }
    QStringList departments() const; // sorted, distinct

    // Lower case, full-width to half-width, no spaces: how queries and haystacks compare.
    static QString normalize(const QString &text);

private:
    enum Field
    {
        NameField,
        PinyinField,
        DepartmentField,
        MaterialField,
        FieldCount
    };

    bool passes(const SearchEntry &e, const SearchFilter &filter) const;

    QList<SearchEntry> m_entries;
    QList<QString> m_initials;          // folded, for ranking pinyin matches
    QList<QPair<QString, int>> m_codes; // folded codes and aliases, sorted
    QList<int> m_byCode;                // entries in code order
    QList<int> m_codeOrder;             // entry -> its position in code order
    std::array<TextIndex, FieldCount> m_fields;
};

} // namespace onetrip
