#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace onetrip {

// One searchable text field over many records. Identical texts are stored once (a
// department, a guide's material list recur across thousands of items), and each distinct
// text is indexed by its characters and character pairs, so a keystroke compares only the
// few texts that can contain the query.
class TextIndex
{
public:
    void clear();
    void add(int record, const QString &foldedText);

    // Distinct texts (by index) that hold every character pair of `query` (every character,
    // for a one-character query): a superset of the texts containing it.
    QList<int> candidates(const QString &query) const;
    const QString &text(int textIndex) const { return m_texts.at(textIndex); }
    const QList<int> &records(int textIndex) const { return m_records.at(textIndex); }
    qsizetype distinctTexts() const { return m_texts.size(); }

private:
    static quint32 pairKey(QChar a, QChar b) { return (quint32(a.unicode()) << 16) | b.unicode(); }

    QHash<QString, int> m_textIds;
    QList<QString> m_texts;
    QList<QList<int>> m_records;
    QHash<quint32, QList<int>> m_postings; // single characters (< 0x10000) and pairs
};

} // namespace onetrip
