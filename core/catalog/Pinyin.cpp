#include "catalog/Pinyin.h"

#include <QPair>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace onetrip {

namespace {

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

QStringList syl(std::initializer_list<const char *> s)
{
    QStringList out;
    for (const char *p : s)
        out << QString::fromLatin1(p);
    return out;
}

} // namespace

const QHash<QString, QStringList> &Pinyin::overrides()
{
    // ICU reads a character the same way everywhere (地区 -> "de qu", 银行 -> "yin xing"); these
    // are catalog words clerks type where that reading is wrong. Longer words are laid over
    // shorter ones, so a single character (地) is only the default for that character.
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("银行"), syl({"yin", "hang"})},
        {QStringLiteral("行业"), syl({"hang", "ye"})},
        {QStringLiteral("商行"), syl({"shang", "hang"})},
        {QStringLiteral("车行"), syl({"che", "hang"})},
        {QStringLiteral("长期"), syl({"chang", "qi"})},
        {QStringLiteral("长寿"), syl({"chang", "shou"})},
        {QStringLiteral("延长"), syl({"yan", "chang"})},
        {QStringLiteral("长江"), syl({"chang", "jiang"})},
        {QStringLiteral("长途"), syl({"chang", "tu"})},
        {QStringLiteral("重庆"), syl({"chong", "qing"})},
        {QStringLiteral("重新"), syl({"chong", "xin"})},
        {QStringLiteral("重复"), syl({"chong", "fu"})},
        {QStringLiteral("重建"), syl({"chong", "jian"})},
        {QStringLiteral("调解"), syl({"tiao", "jie"})},
        {QStringLiteral("调整"), syl({"tiao", "zheng"})},
        {QStringLiteral("调剂"), syl({"tiao", "ji"})},
        {QStringLiteral("给付"), syl({"ji", "fu"})},
        {QStringLiteral("供给"), syl({"gong", "ji"})},
        {QStringLiteral("会计"), syl({"kuai", "ji"})},
        {QStringLiteral("校验"), syl({"jiao", "yan"})},
        {QStringLiteral("校对"), syl({"jiao", "dui"})},
        {QStringLiteral("成都"), syl({"cheng", "du"})},
        {QStringLiteral("首都"), syl({"shou", "du"})},
        {QStringLiteral("音乐"), syl({"yin", "yue"})},
        {QStringLiteral("西藏"), syl({"xi", "zang"})},
        {QStringLiteral("还款"), syl({"huan", "kuan"})},
        {QStringLiteral("归还"), syl({"gui", "huan"})},
        {QStringLiteral("没收"), syl({"mo", "shou"})},
        {QStringLiteral("出差"), syl({"chu", "chai"})},
        {QStringLiteral("地"), syl({"di"})},
    };
    return words;
}

Pinyin::Pinyin()
{
    UErrorCode status = U_ZERO_ERROR;
    m_transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        m_transliterator.reset(); // ICU data missing: pinyin search degrades to nothing
}

Pinyin::~Pinyin() = default;

QString Pinyin::syllable(char32_t han)
{
    const auto cached = m_cache.constFind(han);
    if (cached != m_cache.cend())
        return *cached;
    QString out;
    if (m_transliterator) {
        icu::UnicodeString s(static_cast<UChar32>(han));
        m_transliterator->transliterate(s);
        std::string utf8;
        s.toUTF8String(utf8);
        for (char c : utf8) {
            if (c >= 'A' && c <= 'Z')
                out += QLatin1Char(char(c - 'A' + 'a'));
            else if (c >= 'a' && c <= 'z')
                out += QLatin1Char(c);
        }
    }
    m_cache.insert(han, out);
    return out;
}

PinyinText Pinyin::convert(const QString &text)
{
    // One slot per UTF-16 position so that override words can be laid over by position.
    QList<QString> slots(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isHan(c))
            slots[i] = syllable(c);
        else if (c < 128 && QChar::isLetterOrNumber(c))
            slots[i] = QString(QChar(c)).toLower();
        i += width - 1;
    }
    static const QList<QPair<QString, QStringList>> byLength = [] {
        QList<QPair<QString, QStringList>> list;
        for (auto it = overrides().cbegin(); it != overrides().cend(); ++it)
            list.append({it.key(), it.value()});
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first.size() < b.first.size() ||
                   (a.first.size() == b.first.size() && a.first < b.first);
        });
        return list;
    }();
    for (const auto &[word, readings] : byLength) {
        for (qsizetype at = text.indexOf(word); at >= 0;
             at = text.indexOf(word, at + word.size())) {
            for (qsizetype k = 0; k < readings.size(); ++k)
                slots[at + k] = readings.at(k);
        }
    }
    PinyinText out;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const QString &s = slots.at(i);
        if (s.isEmpty())
            continue;
        out.full += s;
        out.initials += s.at(0);
        if (!out.spaced.isEmpty())
            out.spaced += QLatin1Char(' ');
        out.spaced += s;
    }
    return out;
}

} // namespace onetrip
