#include "catalog/TextIndex.h"

#include <algorithm>

namespace onetrip {

void TextIndex::clear()
{
    m_textIds.clear();
    m_texts.clear();
    m_records.clear();
    m_postings.clear();
}

void TextIndex::add(int record, const QString &foldedText)
{
    if (foldedText.isEmpty())
        return;
    const auto found = m_textIds.constFind(foldedText);
    if (found != m_textIds.cend()) {
        m_records[*found].append(record);
        return;
    }
    const int id = int(m_texts.size());
    m_textIds.insert(foldedText, id);
    m_texts.append(foldedText);
    m_records.append(QList<int>{record});
    const auto post = [&](quint32 key) {
        QList<int> &list = m_postings[key];
        if (list.isEmpty() || list.constLast() != id)
            list.append(id);
    };
    for (qsizetype i = 0; i < foldedText.size(); ++i) {
        // A single character's key never reaches 0x10000; a pair's always does (the first
        // character of a pair is never NUL in folded text).
        post(foldedText.at(i).unicode());
        if (i + 1 < foldedText.size())
            post(pairKey(foldedText.at(i), foldedText.at(i + 1)));
    }
}

QList<int> TextIndex::candidates(const QString &query) const
{
    QList<quint32> keys;
    if (query.size() == 1)
        keys.append(query.at(0).unicode());
    for (qsizetype i = 0; i + 1 < query.size(); ++i)
        keys.append(pairKey(query.at(i), query.at(i + 1)));

    QList<const QList<int> *> lists;
    for (quint32 key : keys) {
        const auto it = m_postings.constFind(key);
        if (it == m_postings.cend())
            return {};
        lists.append(&*it);
    }
    if (lists.isEmpty())
        return {};
    std::sort(lists.begin(), lists.end(), [](auto *a, auto *b) { return a->size() < b->size(); });
    QList<int> result = *lists.constFirst();
    for (qsizetype k = 1; k < lists.size() && !result.isEmpty(); ++k) {
        const QList<int> &other = *lists.at(k);
        if (&other == lists.at(k - 1))
            continue;
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](int id) {
                                        return !std::binary_search(other.cbegin(), other.cend(),
                                                                   id);
                                    }),
                     result.end());
    }
    return result;
}

} // namespace onetrip
