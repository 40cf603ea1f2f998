#include "catalog/CatalogSearchIndex.h"

#include <QSet>

#include <algorithm>
#include <array>

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

bool anyStartsWith(const QStringList &list, const QString &q)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.startsWith(q); });
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
    m_folded.clear();
    m_folded.reserve(m_entries.size());
    for (const SearchEntry &e : std::as_const(m_entries)) {
        m_folded.append({normalize(e.item.code), normalize(e.item.name),
                         normalize(e.item.department), e.namePinyin.toLower(),
                         e.nameInitials.toLower(), normalize(e.materialNames),
                         foldAliases(e.aliases)});
    }
}

QList<SearchHit> CatalogSearchIndex::search(const QString &query, const SearchFilter &filter,
                                            int limit) const
{
    const QString q = normalize(query);
    const bool ascii = isAsciiQuery(q);
    constexpr int kinds = int(MatchKind::Material) + 1;
    std::array<QList<int>, kinds> buckets;

    for (int i = 0; i < m_entries.size(); ++i) {
        const SearchEntry &e = m_entries.at(i);
        if (!filter.department.isEmpty() && e.item.department != filter.department)
            continue;
        if (filter.handlingForm && (e.isBundle || e.item.handlingForm != *filter.handlingForm))
            continue;
        if (q.isEmpty()) {
            buckets[int(MatchKind::NameContains)].append(i);
            continue;
        }
        const Folded &f = m_folded.at(i);
        MatchKind kind;
        if (f.code == q || f.aliases.contains(q))
            kind = MatchKind::ExactCode;
        else if (q.size() >= 3 && (f.code.startsWith(q) || anyStartsWith(f.aliases, q)))
            kind = MatchKind::CodePrefix;
        else if (f.name.startsWith(q))
            kind = MatchKind::NamePrefix;
        else if (f.name.contains(q))
            kind = MatchKind::NameContains;
        else if (ascii && (f.initials.contains(q) || f.pinyin.contains(q)))
            kind = MatchKind::Pinyin;
        else if (f.department.contains(q))
            kind = MatchKind::Department;
        else if (f.materials.contains(q))
            kind = MatchKind::Material;
        else
            continue;
        buckets[int(kind)].append(i);
    }

    // Within a rank: pinyin initials that start the name first, then shorter names (the
    // closer match), then code for a stable order.
    QList<SearchHit> hits;
    for (int k = 0; k < kinds && hits.size() < limit; ++k) {
        QList<int> &bucket = buckets[k];
        const auto rank = [&](int i) {
            if (q.isEmpty()) // browsing: by code
                return std::make_tuple(false, qsizetype(0));
            const bool initialPrefix = k == int(MatchKind::Pinyin) &&
                                       m_folded.at(i).initials.startsWith(q);
            return std::make_tuple(!initialPrefix, m_entries.at(i).item.name.size());
        };
        const auto less = [&](int a, int b) {
            const auto ra = rank(a), rb = rank(b);
            if (ra != rb)
                return ra < rb;
            return m_entries.at(a).item.code < m_entries.at(b).item.code;
        };
        const qsizetype wanted = std::min<qsizetype>(bucket.size(), limit - hits.size());
        std::partial_sort(bucket.begin(), bucket.begin() + wanted, bucket.end(), less);
        for (qsizetype j = 0; j < wanted; ++j)
            hits.append({bucket.at(j), MatchKind(k)});
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
