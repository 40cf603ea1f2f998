#include "catalog/CatalogFieldReader.h"
#include "common/MessageText.h"

#include <QCoreApplication>

#include <cmath>

namespace onetrip {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("CatalogJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("CatalogJson", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("CatalogJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("CatalogJson", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("CatalogJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("CatalogJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("CatalogJson", "nothing");
}

QString requiredMessage()
{
    return QCoreApplication::translate("CatalogJson", "Required: fill in this field.");
}

} // namespace

CatalogFieldReader::CatalogFieldReader(const QJsonObject &object, const QString &record,
                                       const QString &path, CatalogProblems &problems)
    : m_object(object)
    , m_record(record)
    , m_path(path)
    , m_problems(problems)
{
}

QString CatalogFieldReader::typeText()
{
    return QCoreApplication::translate("CatalogJson", "text");
}
QString CatalogFieldReader::typeObject()
{
    return QCoreApplication::translate("CatalogJson", "an object");
}
QString CatalogFieldReader::typeList()
{
    return QCoreApplication::translate("CatalogJson", "a list");
}
QString CatalogFieldReader::typeWholeNumber()
{
    return QCoreApplication::translate("CatalogJson", "a whole number");
}

QString CatalogFieldReader::wrongType(const QString &expected, const QJsonValue &found)
{
    return QCoreApplication::translate("CatalogJson", "Expected %1, found %2.")
        .arg(expected, typeOf(found));
}

void CatalogFieldReader::report(const QString &field, const QString &message)
{
    m_problems.append({m_record, field, message});
}

void CatalogFieldReader::reportUnknownValue(const QString &key, const QString &value,
                                            const QStringList &allowed)
{
    report(fieldPath(key),
           QCoreApplication::translate("CatalogJson", "Unknown value \"%1\". Expected one of: %2.")
               .arg(quotedValue(value), allowed.join(QStringLiteral(", "))));
}

bool CatalogFieldReader::checkKey(const QString &value, const QString &record, const QString &field,
                                  CatalogProblems &problems)
{
    if (value.size() > MaxKeyLength) {
        problems.append({record, field,
                         QCoreApplication::translate(
                             "CatalogJson", "This is %1 characters long; at most %2 are allowed.")
                             .arg(value.size())
                             .arg(MaxKeyLength)});
        return false;
    }
    for (const QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            problems.append(
                {record, field,
                 QCoreApplication::translate(
                     "CatalogJson", "\"%1\" contains a space or a control character; codes and ids "
                                    "must not.")
                     .arg(quotedValue(value))});
            return false;
        }
    }
    return true;
}

QJsonValue CatalogFieldReader::take(const QString &key)
{
    if (!m_known.contains(key))
        m_known.append(key);
    return m_object.value(key);
}

bool CatalogFieldReader::has(const QString &key)
{
    return !take(key).isUndefined();
}

QString CatalogFieldReader::text(const QString &key, Presence presence)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            report(fieldPath(key), requiredMessage());
        return {};
    }
    if (!v.isString()) {
        report(fieldPath(key), wrongType(typeText(), v));
        return {};
    }
    const QString s = v.toString();
    if (presence == Presence::Required && s.trimmed().isEmpty())
        report(fieldPath(key), requiredMessage());
    return s;
}

QString CatalogFieldReader::key(const QString &name, Presence presence)
{
    const QString s = text(name, presence);
    if (!s.isEmpty() && !s.trimmed().isEmpty())
        checkKey(s, m_record, fieldPath(name), m_problems);
    return s;
}

std::optional<int> CatalogFieldReader::nullableInt(const QString &key, int min, int max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        report(fieldPath(key),
               wrongType(QCoreApplication::translate("CatalogJson", "a whole number or null"), v));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d != std::trunc(d)) {
        report(fieldPath(key),
               QCoreApplication::translate("CatalogJson", "%1 is not a whole number.").arg(d));
        return std::nullopt;
    }
    if (d < min || d > max) {
        report(fieldPath(key),
               QCoreApplication::translate(
                   "CatalogJson", "%1 is out of range: expected a whole number from %2 to %3.")
                   .arg(d)
                   .arg(min)
                   .arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

int CatalogFieldReader::integer(const QString &key, int min, int max, int fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull()) {
        take(key);
        report(fieldPath(key), wrongType(typeWholeNumber(), v));
        return fallback;
    }
    return nullableInt(key, min, max).value_or(fallback);
}

bool CatalogFieldReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        report(fieldPath(key),
               wrongType(QCoreApplication::translate("CatalogJson", "true or false"), v));
        return fallback;
    }
    return v.toBool();
}

QStringList CatalogFieldReader::texts(const QString &key, bool keys)
{
    QStringList values;
    const QJsonArray list = array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = fieldPath(key) + u'[' + QString::number(i) + u']';
        const QJsonValue v = list.at(i);
        if (!v.isString()) {
            report(field, wrongType(typeText(), v));
            continue;
        }
        const QString s = v.toString();
        if (s.trimmed().isEmpty()) {
            report(field, QCoreApplication::translate("CatalogJson",
                                                      "Entries of this list must not be empty."));
            continue;
        }
        if (values.contains(s)) {
            report(field, QCoreApplication::translate("CatalogJson", "\"%1\" is listed twice.")
                              .arg(quotedValue(s)));
            continue;
        }
        if (keys && !checkKey(s, m_record, field, m_problems))
            continue;
        values.append(s);
    }
    return values;
}

QJsonArray CatalogFieldReader::array(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        report(fieldPath(key), wrongType(typeList(), v));
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> CatalogFieldReader::object(const QString &key, Presence presence)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            report(fieldPath(key), requiredMessage());
        return std::nullopt;
    }
    if (!v.isObject()) {
        report(fieldPath(key), wrongType(typeObject(), v));
        return std::nullopt;
    }
    return v.toObject();
}

void CatalogFieldReader::rejectUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        report(fieldPath(quotedValue(it.key())),
               QCoreApplication::translate(
                   "CatalogJson",
                   "Unknown field \"%1\". Check the spelling; the fields allowed here are: %2.")
                   .arg(quotedValue(it.key()), m_known.join(QStringLiteral(", "))));
    }
}

} // namespace onetrip
