#pragma once

#include <QHash>
#include <QString>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace onetrip {

struct PinyinText
{
    QString full;     // "getigongshanghusheli..." (lower case, no tones, no spaces)
    QString initials; // "gtgshslcj..."
    QString spaced;   // "ge ti gong shang hu ..." for display and debugging
};

// Han → pinyin with ICU's Han-Latin transliterator, one character at a time (cached), with
// an override list for polyphones common in the catalog (银行 → yin hang). Not thread-safe:
// one instance per thread.
class Pinyin
{
public:
    Pinyin();
    ~Pinyin();
    Pinyin(const Pinyin &) = delete;
    Pinyin &operator=(const Pinyin &) = delete;

    PinyinText convert(const QString &text);

    // Words whose reading ICU gets wrong out of context, with the right syllables.
    static const QHash<QString, QStringList> &overrides();

private:
    QString syllable(char32_t han);

    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<char32_t, QString> m_cache;
};

} // namespace onetrip
