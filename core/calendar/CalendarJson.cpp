#include "calendar/CalendarJson.h"
#include "common/FileContent.h"
#include "common/MessageText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <initializer_list>

namespace onetrip {

namespace {

// Collects every problem of one file; each accessor reports and returns a neutral value.
class Reader
{
public:
    explicit Reader(CalendarProblems &problems)
        : m_problems(problems)
    {
    }

    void report(const QString &location, const QString &message)
    {
        m_problems.append({location, message});
    }

    void checkKeys(const QJsonObject &o, const QString &location,
                   std::initializer_list<const char *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool found = false;
            for (const char *k : known)
                found = found || it.key() == QLatin1String(k);
            if (!found)
                report(at(location, it.key()),
                       QCoreApplication::translate(
                           "CalendarJson",
                           "Unknown field; check its spelling (see docs/calendar-format.md)."));
        }
    }

    QString text(const QJsonObject &o, const QString &location, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                report(at(location, key),
                       QCoreApplication::translate("CalendarJson", "This field is missing."));
            return {};
        }
        if (!v.isString()) {
            report(at(location, key), QCoreApplication::translate("CalendarJson", "Must be text."));
            return {};
        }
        return v.toString();
    }

    QStringList texts(const QJsonObject &o, const QString &location, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            report(at(location, key),
                   QCoreApplication::translate("CalendarJson", "Must be a list of texts."));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isString())
                out << a.at(i).toString();
            else
                report(indexed(at(location, key), i),
                       QCoreApplication::translate("CalendarJson", "Must be text."));
        }
        return out;
    }

    QDate date(const QJsonValue &v, const QString &location)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString s = v.isString() ? v.toString() : QString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || !shape.match(s).hasMatch() || !d.isValid()) {
            const QString shown =
                v.isString()
                    ? s
                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            report(location,
                   QCoreApplication::translate(
                       "CalendarJson", "\"%1\" is not a date; write dates as YYYY-MM-DD, e.g. "
                                       "2026-10-01.")
                       .arg(quotedValue(shown)));
            return {};
        }
        return d;
    }

    QList<QDate> dates(const QJsonObject &o, const QString &location, const char *key,
                       bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QList<QDate> out;
        if (v.isUndefined()) {
            if (required)
                report(at(location, key),
                       QCoreApplication::translate("CalendarJson", "This field is missing."));
            return out;
        }
        if (!v.isArray()) {
            report(at(location, key), QCoreApplication::translate(
                                          "CalendarJson", "Must be a list of dates (YYYY-MM-DD)."));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QDate d = date(a.at(i), indexed(at(location, key), i));
            if (d.isValid())
                out << d;
        }
        return out;
    }

    static QString at(const QString &location, const QString &key)
    {
        return location.isEmpty() ? key : location + u'.' + key;
    }
    static QString at(const QString &location, const char *key)
    {
        return at(location, QString::fromLatin1(key));
    }
    static QString indexed(const QString &location, qsizetype i)
    {
        return location + QStringLiteral("[%1]").arg(i);
    }

private:
    CalendarProblems &m_problems;
};

CalendarYear parseYear(int year, const QJsonObject &o, const QString &location,
                       CalendarProblems &problems, int *declaredWorkingDays)
{
    Reader r(problems);
    CalendarYear y;
    y.year = year;
    r.checkKeys(
        o, location,
        {"source", "note", "holidays", "weekdayOffDays", "makeupWorkdays", "workingDaysInYear"});
    const QString sourceAt = Reader::at(location, "source");
    const QJsonValue source = o.value(QLatin1String("source"));
    if (source.isUndefined()) {
        r.report(sourceAt, QCoreApplication::translate("CalendarJson", "This field is missing."));
    } else if (!source.isObject()) {
        r.report(sourceAt, QCoreApplication::translate(
                               "CalendarJson",
                               "Must be an object with the notice's title, number and date."));
    } else {
        const QJsonObject s = source.toObject();
        r.checkKeys(s, sourceAt, {"title", "docNo", "issued", "urls", "note"});
        y.source = r.text(s, sourceAt, "title", true);
        y.documentNumber = r.text(s, sourceAt, "docNo", false);
        if (s.contains(QLatin1String("issued")))
            y.issued = r.date(s.value(QLatin1String("issued")), Reader::at(sourceAt, "issued"));
        y.sourceUrls = r.texts(s, sourceAt, "urls");
        y.sourceNote = r.text(s, sourceAt, "note", false);
    }
    y.note = r.text(o, location, "note", false);
    y.weekdayOffDays = r.dates(o, location, "weekdayOffDays", true);
    y.makeupWorkdays = r.dates(o, location, "makeupWorkdays", true);

    const QJsonValue holidays = o.value(QLatin1String("holidays"));
    const QString holidaysAt = Reader::at(location, "holidays");
    if (!holidays.isUndefined() && !holidays.isArray())
        r.report(holidaysAt,
                 QCoreApplication::translate("CalendarJson", "Must be a list of holidays."));
    const QJsonArray list = holidays.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString hAt = Reader::indexed(holidaysAt, i);
        if (!list.at(i).isObject()) {
            r.report(hAt,
                     QCoreApplication::translate(
                         "CalendarJson", "Must be an object with the holiday's name and days."));
            continue;
        }
        const QJsonObject h = list.at(i).toObject();
        r.checkKeys(h, hAt, {"name", "noticeText", "offDays", "makeupWorkdays"});
        Holiday holiday;
        holiday.name = r.text(h, hAt, "name", true);
        holiday.noticeText = r.text(h, hAt, "noticeText", false);
        holiday.offDays = r.dates(h, hAt, "offDays", true);
        holiday.makeupWorkdays = r.dates(h, hAt, "makeupWorkdays", false);
        y.holidays << holiday;
    }

    const QJsonValue declared = o.value(QLatin1String("workingDaysInYear"));
    if (!declared.isUndefined()) {
        if (!declared.isDouble() || declared.toDouble() != double(declared.toInt()))
            r.report(Reader::at(location, "workingDaysInYear"),
                     QCoreApplication::translate("CalendarJson", "Must be a whole number."));
        else if (declaredWorkingDays)
            *declaredWorkingDays = declared.toInt();
    }
    return y;
}

} // namespace

CalendarYear CalendarJson::yearFromJson(int year, const QJsonObject &o, const QString &location,
                                        CalendarProblems &problems)
{
    return parseYear(year, o, location, problems, nullptr);
}

CalendarJson::ReadResult CalendarJson::read(const QByteArray &json)
{
    ReadResult result;
    Reader r(result.problems);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        r.report({}, QCoreApplication::translate(
                         "CalendarJson", "The file is not valid JSON: %1 (at character %2).")
                         .arg(error.errorString())
                         .arg(error.offset));
        return result;
    }
    if (!doc.isObject()) {
        r.report({}, QCoreApplication::translate("CalendarJson",
                                                 "The file must contain one JSON object."));
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName()) {
        r.report(QStringLiteral("format"),
                 QCoreApplication::translate(
                     "CalendarJson",
                     "This is not a OneTrip working-day calendar: \"format\" must be \"%1\".")
                     .arg(formatName()));
        return result; // the rest would only be noise
    }
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toInt() != formatVersion) {
        r.report(QStringLiteral("formatVersion"),
                 QCoreApplication::translate(
                     "CalendarJson",
                     "Format version %1 is not supported; this program reads version %2.")
                     .arg(version.isDouble()
                              ? QString::number(version.toDouble())
                              : QCoreApplication::translate("CalendarJson", "(missing)"))
                     .arg(formatVersion));
        return result;
    }
    r.checkKeys(root, {},
                {"format", "formatVersion", "description", "provenance", "legalNotes", "years"});
    result.file.description = r.text(root, {}, "description", false);
    result.file.provenance = r.text(root, {}, "provenance", false);
    result.file.legalNotes = r.texts(root, {}, "legalNotes");

    const QJsonValue years = root.value(QLatin1String("years"));
    if (!years.isObject()) {
        r.report(QStringLiteral("years"),
                 years.isUndefined()
                     ? QCoreApplication::translate("CalendarJson", "This field is missing.")
                     : QCoreApplication::translate("CalendarJson",
                                                   "Must be an object with one entry per year."));
        return result;
    }
    const QJsonObject yearsObject = years.toObject();
    static const QRegularExpression yearShape(QStringLiteral("^\\d{4}$"));
    for (auto it = yearsObject.begin(); it != yearsObject.end(); ++it) {
        const QString at = QStringLiteral("years.") + it.key();
        if (!yearShape.match(it.key()).hasMatch()) {
            r.report(at,
                     QCoreApplication::translate(
                         "CalendarJson", "\"%1\" is not a year; use four digits, e.g. \"2026\".")
                         .arg(quotedValue(it.key())));
            continue;
        }
        if (!it.value().isObject()) {
            r.report(at,
                     QCoreApplication::translate(
                         "CalendarJson", "Must be an object with the year's source and dates."));
            continue;
        }
        const qsizetype before = result.problems.size();
        int declared = -1;
        CalendarYear y =
            parseYear(it.key().toInt(), it.value().toObject(), at, result.problems, &declared);
        result.problems << y.problems(at);
        // The declared count is a cross-check; it only means something for a clean year.
        if (declared >= 0 && result.problems.size() == before && declared != y.workingDayCount()) {
            r.report(Reader::at(at, "workingDaysInYear"),
                     QCoreApplication::translate(
                         "CalendarJson",
                         "The file says %1 has %2 working days, but its dates give %3. Check "
                         "the lists.")
                         .arg(y.year)
                         .arg(declared)
                         .arg(y.workingDayCount()));
        }
        result.file.years << y;
    }
    if (yearsObject.isEmpty())
        r.report(
            QStringLiteral("years"),
            QCoreApplication::translate("CalendarJson", "The file contains no calendar years."));
    return result;
}

CalendarJson::ReadResult CalendarJson::readFile(const QString &path)
{
    if (const std::optional<QByteArray> bytes = readWholeFile(path))
        return read(*bytes);
    ReadResult result;
    result.problems.append(
        {path, QCoreApplication::translate(
                   "CalendarJson", "Cannot read the file. Check that it exists and is readable.")});
    return result;
}

} // namespace onetrip
