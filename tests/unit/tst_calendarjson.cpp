#include "TestSupport.h"

#include "calendar/CalendarJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace onetrip;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonArray dates(std::initializer_list<const char *> list)
{
    QJsonArray a;
    for (const char *d : list)
        a.append(QString::fromLatin1(d));
    return a;
}

// A small consistent file: 2026 with 国庆 (weekday off days and two make-up workdays).
QJsonObject validFile()
{
    const QJsonObject holiday{
        {QStringLiteral("name"), QStringLiteral("国庆节")},
        {QStringLiteral("noticeText"), QStringLiteral("10月1日(周四)至7日(周三)放假调休，共7天")},
        {QStringLiteral("offDays"), dates({"2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
                                           "2026-10-05", "2026-10-06", "2026-10-07"})},
        {QStringLiteral("makeupWorkdays"), dates({"2026-09-20", "2026-10-10"})}};
    const QJsonObject year{
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("title"),
                      QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知")},
                     {QStringLiteral("issued"), QStringLiteral("2025-11-04")}}},
        {QStringLiteral("holidays"), QJsonArray{holiday}},
        {QStringLiteral("weekdayOffDays"),
         dates({"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"})},
        {QStringLiteral("makeupWorkdays"), dates({"2026-09-20", "2026-10-10"})}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("onetrip-workday-calendar")},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("legalNotes"), QJsonArray{QStringLiteral("Art. 82")}},
                       {QStringLiteral("years"), QJsonObject{{QStringLiteral("2026"), year}}}};
}

QJsonValue validYear()
{
    return validFile().value(QLatin1String("years")).toObject().value(QLatin1String("2026"));
}

// Edits one value at a dotted path ("years.2026.weekdayOffDays").
void setAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(u'.');
    std::function<void(QJsonObject &, qsizetype)> walk = [&](QJsonObject &o, qsizetype i) {
        if (i == keys.size() - 1) {
            if (value.isUndefined())
                o.remove(keys.at(i));
            else
                o.insert(keys.at(i), value);
            return;
        }
        QJsonObject child = o.value(keys.at(i)).toObject();
        walk(child, i + 1);
        o.insert(keys.at(i), child);
    };
    walk(root, 0);
}

Mutation set(const char *path, const QJsonValue &value)
{
    return [path = QString::fromLatin1(path), value](QJsonObject &o) { setAt(o, path, value); };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestCalendarJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileReads()
    {
        const CalendarJson::ReadResult r = CalendarJson::read(bytes(validFile()));
        QVERIFY2(r.ok(), qPrintable(r.problems.value(0).toString()));
        QCOMPARE(r.file.years.size(), 1);
        const CalendarYear &y = r.file.years.first();
        QCOMPARE(y.year, 2026);
        QCOMPARE(y.issued, QDate(2026 - 1, 11, 4));
        QCOMPARE(y.weekdayOffDays.size(), 5);
        QCOMPARE(y.makeupWorkdays.size(), 2);
        QCOMPARE(y.holidays.first().offDays.size(), 7);
        QCOMPARE(r.file.legalNotes, QStringList{QStringLiteral("Art. 82")});
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location"); // where the (first) problem must be reported
        QTest::addColumn<QString>("fragment"); // and a piece of its message

        auto row = [](const char *name, const Mutation &m, const char *location,
                      const char *fragment) {
            QJsonObject o = validFile();
            m(o);
            QTest::newRow(name) << bytes(o) << QString::fromLatin1(location)
                                << QString::fromLatin1(fragment);
        };
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QString()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QString()
                                  << QStringLiteral("one JSON object");
        row("wrong format", set("format", QStringLiteral("onetrip-catalog")), "format",
            "not a OneTrip working-day calendar");
        row("newer version", set("formatVersion", 2), "formatVersion", "version 2");
        row("unknown top-level key", set("colour", 1), "colour", "Unknown field");
        row("unknown year key", set("years.2026.weekdayOff", QJsonArray{}), "years.2026.weekdayOff",
            "Unknown field");
        row("unknown source key", set("years.2026.source.author", QStringLiteral("x")),
            "years.2026.source.author", "Unknown field");
        row("year key not a year", set("years.26", validYear()), "years.26", "not a year");
        row("no years", set("years", QJsonObject{}), "years", "no calendar years");
        row("missing source", set("years.2026.source", QJsonValue::Undefined), "years.2026.source",
            "missing");
        row("missing title", set("years.2026.source.title", QJsonValue::Undefined),
            "years.2026.source.title", "missing");
        row("bad date string",
            set("years.2026.weekdayOffDays",
                dates({"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-13-07"})),
            "years.2026.weekdayOffDays[4]", "\"2026-13-07\" is not a date");
        row("date without zero padding",
            set("years.2026.makeupWorkdays", dates({"2026-9-20", "2026-10-10"})),
            "years.2026.makeupWorkdays[0]", "not a date");
        row("number as date", set("years.2026.makeupWorkdays", QJsonArray{20260920}),
            "years.2026.makeupWorkdays[0]", "20260920");
        row("list is not a list", set("years.2026.weekdayOffDays", QStringLiteral("2026-10-01")),
            "years.2026.weekdayOffDays", "list of dates");
        row("date outside its year",
            set("years.2026.weekdayOffDays", dates({"2026-10-01", "2026-10-02", "2026-10-05",
                                                    "2026-10-06", "2026-10-07", "2025-12-31"})),
            "years.2026.weekdayOffDays[5]", "not in 2026");
        row("weekday off day on a Saturday",
            set("years.2026.weekdayOffDays", dates({"2026-10-01", "2026-10-02", "2026-10-05",
                                                    "2026-10-06", "2026-10-07", "2026-10-03"})),
            "years.2026.weekdayOffDays[5]", "Saturday or Sunday");
        row("make-up workday on a Friday",
            set("years.2026.makeupWorkdays", dates({"2026-09-20", "2026-10-10", "2026-10-09"})),
            "years.2026.makeupWorkdays[2]", "Monday to Friday");
        row("duplicate",
            set("years.2026.makeupWorkdays", dates({"2026-09-20", "2026-10-10", "2026-09-20"})),
            "years.2026.makeupWorkdays[2]", "more than once");
        row("in both lists",
            set("years.2026.makeupWorkdays", dates({"2026-09-20", "2026-10-10", "2026-10-01"})),
            "years.2026.makeupWorkdays[2]", "both as a weekday off day and as a make-up");
        row("holiday day missing from the list",
            set("years.2026.weekdayOffDays",
                dates({"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06"})),
            "years.2026.holidays[0].offDays[6]", "missing from weekdayOffDays");
        row("declared count wrong", set("years.2026.workingDaysInYear", 250),
            "years.2026.workingDaysInYear", "250");
        row("count not a number", set("years.2026.workingDaysInYear", QStringLiteral("many")),
            "years.2026.workingDaysInYear", "whole number");
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QFETCH(QString, fragment);
        const CalendarJson::ReadResult r = CalendarJson::read(json);
        QVERIFY(!r.ok());
        bool found = false;
        for (const CalendarProblem &p : r.problems)
            found = found || (p.location == location && p.message.contains(fragment));
        QStringList all;
        for (const CalendarProblem &p : r.problems)
            all << p.toString();
        QVERIFY2(found, qPrintable(all.join(QLatin1String(" | "))));
    }

    void everyProblemIsReported()
    {
        QJsonObject o = validFile();
        set("years.2026.makeupWorkdays", dates({"2026-09-20", "2026-10-10", "2026-10-09"}))(o);
        set("years.2026.source.title", QJsonValue::Undefined)(o);
        set("years.2026.colour", 1)(o);
        set("years.2025", validYear())(o); // 2026 dates listed under 2025
        const CalendarJson::ReadResult r = CalendarJson::read(bytes(o));
        QSet<QString> locations;
        for (const CalendarProblem &p : r.problems)
            locations.insert(p.location);
        for (const char *expected :
             {"years.2026.makeupWorkdays[2]", "years.2026.source.title", "years.2026.colour",
              "years.2025.weekdayOffDays[0]", "years.2025.makeupWorkdays[1]"})
            QVERIFY2(locations.contains(QString::fromLatin1(expected)), expected);
    }

    void shippedFileRoundTrips()
    {
        const CalendarJson::ReadResult shipped =
            CalendarJson::readFile(test::dataFile(QStringLiteral("calendar/cn-workdays.json")));
        QVERIFY2(shipped.ok(), qPrintable(shipped.problems.value(0).toString()));
        QVERIFY(!shipped.file.legalNotes.isEmpty());
        QVERIFY(!shipped.file.provenance.isEmpty());
        for (const CalendarYear &y : shipped.file.years) {
            QVERIFY(y.source.contains(QString::number(y.year)));
            QVERIFY(!y.sourceUrls.isEmpty());
            QVERIFY(y.issued.isValid());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.json"));
        QVERIFY(CalendarJson::writeFile(shipped.file, path));
        const CalendarJson::ReadResult again = CalendarJson::readFile(path);
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
        QCOMPARE(again.file, shipped.file);
    }

    void unreadableFile()
    {
        const CalendarJson::ReadResult r =
            CalendarJson::readFile(QStringLiteral("/nonexistent/calendar.json"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().message.contains(QLatin1String("Cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestCalendarJson)
#include "tst_calendarjson.moc"
