#include "catalog/CatalogSearchIndex.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace onetrip {

namespace {

bool isAsciiQuery(const QString &q)
{
    return std::all_of(q.cbegin(), q.cend(), [](QChar c) { return c.unicode() < 128; });
}

QStringList foldAliases(const QString &aliases)
{
    QStringList out;
    for (const QString &a : aliases.split(u'\n', Qt::SkipEmptyParts))
        out.append(CatalogSearchIndex::normalize(a));
    return out;
}

} // namespace

QString CatalogSearchIndex::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII from Chinese input methods
            u = char16_t(u - 0xFEE0);
        else if (u == 0x3000)
            continue;
        const QChar h(u);
        if (h.isSpace())
            continue;
        out += h.toLower();
    }
    return out;
}

void CatalogSearchIndex::rebuild(QList<SearchEntry> entries)
{
    m_entries = std::move(entries);
    m_initials.clear();
    m_codes.clear();
    for (TextIndex &f : m_fields)
        f.clear();
    m_initials.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const SearchEntry &e = m_entries.at(i);
        m_codes.append({normalize(e.item.code), i});
        for (const QString &alias : foldAliases(e.aliases))
            m_codes.append({alias, i});
        m_initials.append(e.nameInitials.toLower());
        m_fields[NameField].add(i, normalize(e.item.name));
        // One text for both pinyin forms; \x01 never occurs in a query, so a match never
        // straddles the two.
        m_fields[PinyinField].add(i, m_initials.constLast() + QChar(1) + e.namePinyin.toLower());
        m_fields[DepartmentField].add(i, normalize(e.item.department));
        m_fields[MaterialField].add(i, normalize(e.materialNames));
    }
    std::sort(m_codes.begin(), m_codes.end());

    m_byCode.resize(m_entries.size());
    std::iota(m_byCode.begin(), m_byCode.end(), 0);
    std::sort(m_byCode.begin(), m_byCode.end(),
              [&](int a, int b) { return m_entries.at(a).item.code < m_entries.at(b).item.code; });
    m_codeOrder.resize(m_entries.size());
    for (int position = 0; position < m_byCode.size(); ++position)
        m_codeOrder[m_byCode.at(position)] = position;
}

bool CatalogSearchIndex::passes(const SearchEntry &e, const SearchFilter &filter) const
{
    if (!filter.department.isEmpty() && e.item.department != filter.department)
        return false;
    return !filter.handlingForm || (!e.isBundle && e.item.handlingForm == *filter.handlingForm);
}

QList<SearchHit> CatalogSearchIndex::search(const QString &query, const SearchFilter &filter,
                                            int limit) const
{
    const QString q = normalize(query);
    constexpr int kinds = int(MatchKind::Material) + 1;
    std::array<QList<int>, kinds> buckets;
    std::vector<bool> taken(m_entries.size(), false);
    const auto take = [&](MatchKind kind, int i) {
        if (taken[i] || !passes(m_entries.at(i), filter))
            return;
        taken[i] = true;
        buckets[int(kind)].append(i);
    };

    if (q.isEmpty()) {
        for (int i = 0; i < m_entries.size(); ++i)
            take(MatchKind::NameContains, i);
    } else {
        // Codes: exact, then (from three characters on) prefix, by binary search.
        auto it = std::lower_bound(m_codes.cbegin(), m_codes.cend(), QPair<QString, int>(q, -1));
        for (auto c = it; c != m_codes.cend() && c->first == q; ++c)
            take(MatchKind::ExactCode, c->second);
        if (q.size() >= 3) {
            for (auto c = it; c != m_codes.cend() && c->first.startsWith(q); ++c)
                take(MatchKind::CodePrefix, c->second);
        }
        // Text fields, best kind first; each distinct text is compared once.
        const auto scan = [&](Field field, MatchKind kind, auto matches) {
            const TextIndex &index = m_fields[field];
            for (int t : index.candidates(q)) {
                if (matches(index.text(t))) {
                    for (int i : index.records(t))
                        take(kind, i);
                }
            }
        };
        scan(NameField, MatchKind::NamePrefix, [&](const QString &t) { return t.startsWith(q); });
        scan(NameField, MatchKind::NameContains, [&](const QString &t) { return t.contains(q); });
        if (isAsciiQuery(q))
            scan(PinyinField, MatchKind::Pinyin, [&](const QString &t) { return t.contains(q); });
        scan(DepartmentField, MatchKind::Department,
             [&](const QString &t) { return t.contains(q); });
        scan(MaterialField, MatchKind::Material, [&](const QString &t) { return t.contains(q); });
    }

    // Within a rank: pinyin initials that start the name first, then items with a published
    // guide (materials to check; a bundle checks its items') before list-only items, then
    // shorter names (the closer match), then code order. Browsing (no query) goes by code.
    // Keys are packed into one integer so that ordering thousands of one-letter matches stays
    // cheap.
    QList<SearchHit> hits;
    std::vector<quint64> keys;
    for (int k = 0; k < kinds && hits.size() < limit; ++k) {
        const QList<int> &bucket = buckets[k];
        keys.clear();
        keys.reserve(bucket.size());
        for (int i : bucket) {
            quint64 key = quint64(m_codeOrder.at(i));
            if (!q.isEmpty()) {
                const bool initialPrefix =
                    k == int(MatchKind::Pinyin) && m_initials.at(i).startsWith(q);
                const SearchEntry &e = m_entries.at(i);
                const bool guide = e.isBundle || e.item.materialCount > 0;
                key |= (quint64(initialPrefix ? 0 : 1) << 62) | (quint64(guide ? 0 : 1) << 61) |
                       (quint64(std::min<qsizetype>(e.item.name.size(), 0xFFFF)) << 32);
            }
            keys.push_back(key);
        }
        const qsizetype wanted = std::min<qsizetype>(bucket.size(), limit - hits.size());
        std::partial_sort(keys.begin(), keys.begin() + wanted, keys.end());
        for (qsizetype j = 0; j < wanted; ++j)
            hits.append({m_byCode.at(int(keys[j] & 0xFFFFFFFFu)), MatchKind(k)});
    }
    return hits;
}

QStringList CatalogSearchIndex::departments() const
{
    QSet<QString> seen;
    QStringList out;
    for (const SearchEntry &e : m_entries) {
        if (!e.isBundle && !seen.contains(e.item.department)) {
            seen.insert(e.item.department);
            out.append(e.item.department);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace onetrip
