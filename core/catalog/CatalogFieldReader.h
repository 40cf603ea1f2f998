#pragma once

#include "catalog/CatalogEnums.h"
#include "catalog/CatalogProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace onetrip {

// Reads the typed fields of one JSON object of a catalog file and records a problem for
// every field that is missing, mistyped or out of range, so a whole file is checked in one
// pass. Every key asked for counts as known; rejectUnknownKeys() then reports the others,
// so a misspelt field never passes silently.
class CatalogFieldReader
{
public:
    enum class Presence
    {
        Optional,
        Required
    };

    // `path` prefixes field names in problems ("materials[2]."); `record` locates them.
    CatalogFieldReader(const QJsonObject &object, const QString &record, const QString &path,
                       CatalogProblems &problems);

    bool has(const QString &key);
    QString text(const QString &key, Presence presence = Presence::Optional);
    // A key: required (or optional), at most 64 characters, no whitespace or control chars.
    QString key(const QString &key, Presence presence = Presence::Required);
    // A whole number from min to max, or null / absent (nullopt).
    std::optional<int> nullableInt(const QString &key, int min, int max);
    int integer(const QString &key, int min, int max, int fallback);
    bool boolean(const QString &key, bool fallback);
    // A list of non-empty strings without duplicates; `keys` applies the key rule to each.
    QStringList texts(const QString &key, bool keys = false);
    // An array; reports a wrong type and returns an empty one.
    QJsonArray array(const QString &key);
    // An object, or nullopt when absent (reported if required) or of the wrong type.
    std::optional<QJsonObject> object(const QString &key, Presence presence = Presence::Optional);

    template <typename E>
    E enumValue(const QString &key, std::optional<E> (*fromKey)(const QString &),
                std::initializer_list<E> all, E fallback, Presence presence)
    {
        const QString k = text(key, presence);
        if (k.isEmpty())
            return fallback;
        if (const std::optional<E> v = fromKey(k))
            return *v;
        reportUnknownValue(key, k, keysOf(all));
        return fallback;
    }

    template <typename E>
    QList<E> enumList(const QString &key, std::optional<E> (*fromKey)(const QString &),
                      std::initializer_list<E> all)
    {
        QList<E> values;
        const QStringList ks = texts(key);
        for (qsizetype i = 0; i < ks.size(); ++i) {
            if (const std::optional<E> v = fromKey(ks.at(i)))
                values.append(*v);
            else
                reportUnknownValue(key + u'[' + QString::number(i) + u']', ks.at(i), keysOf(all));
        }
        return values;
    }

    // Every key of the object that no accessor asked for is a problem.
    void rejectUnknownKeys();

    QString fieldPath(const QString &key) const { return m_path + key; }
    const QString &record() const { return m_record; }
    CatalogProblems &problems() { return m_problems; }
    void report(const QString &field, const QString &message);
    void reportUnknownValue(const QString &key, const QString &value, const QStringList &allowed);

    // Checks the key rule (length, no whitespace/control characters); reports at `field`.
    static bool checkKey(const QString &value, const QString &record, const QString &field,
                         CatalogProblems &problems);
    // "Expected <what>, found <type of v>." in the UI language.
    static QString wrongType(const QString &expected, const QJsonValue &found);
    static QString typeText();
    static QString typeObject();
    static QString typeList();
    static QString typeWholeNumber();

    static constexpr int MaxKeyLength = 64;

private:
    template <typename E>
    static QStringList keysOf(std::initializer_list<E> all)
    {
        QStringList keys;
        for (E v : all)
            keys.append(toKey(v));
        return keys;
    }
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_record;
    QString m_path;
    CatalogProblems &m_problems;
    QStringList m_known;
};

} // namespace onetrip
