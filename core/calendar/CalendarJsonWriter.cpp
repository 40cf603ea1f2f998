#include "calendar/CalendarJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace onetrip {

namespace {

QJsonArray datesToJson(const QList<QDate> &dates)
{
    QJsonArray a;
    for (const QDate d : dates)
        a.append(d.toString(Qt::ISODate));
    return a;
}

} // namespace

QJsonObject CalendarJson::yearToJson(const CalendarYear &y)
{
    QJsonObject source{{QStringLiteral("title"), y.source}};
    if (!y.documentNumber.isEmpty())
        source.insert(QStringLiteral("docNo"), y.documentNumber);
    if (y.issued.isValid())
        source.insert(QStringLiteral("issued"), y.issued.toString(Qt::ISODate));
    if (!y.sourceUrls.isEmpty())
        source.insert(QStringLiteral("urls"), QJsonArray::fromStringList(y.sourceUrls));
    if (!y.sourceNote.isEmpty())
        source.insert(QStringLiteral("note"), y.sourceNote);

    QJsonArray holidays;
    for (const Holiday &h : y.holidays) {
        QJsonObject o{{QStringLiteral("name"), h.name},
                      {QStringLiteral("offDays"), datesToJson(h.offDays)},
                      {QStringLiteral("makeupWorkdays"), datesToJson(h.makeupWorkdays)}};
        if (!h.noticeText.isEmpty())
            o.insert(QStringLiteral("noticeText"), h.noticeText);
        holidays.append(o);
    }
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("holidays"), holidays},
                  {QStringLiteral("weekdayOffDays"), datesToJson(y.weekdayOffDays)},
                  {QStringLiteral("makeupWorkdays"), datesToJson(y.makeupWorkdays)},
                  {QStringLiteral("workingDaysInYear"), y.workingDayCount()}};
    if (!y.note.isEmpty())
        o.insert(QStringLiteral("note"), y.note);
    return o;
}

QByteArray CalendarJson::write(const CalendarFile &file)
{
    QJsonObject years;
    for (const CalendarYear &y : file.years)
        years.insert(QString::number(y.year), yearToJson(y));
    QJsonObject root{{QStringLiteral("format"), formatName()},
                     {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("legalNotes"), QJsonArray::fromStringList(file.legalNotes)},
                     {QStringLiteral("years"), years}};
    if (!file.description.isEmpty())
        root.insert(QStringLiteral("description"), file.description);
    if (!file.provenance.isEmpty())
        root.insert(QStringLiteral("provenance"), file.provenance);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status CalendarJson::writeFile(const CalendarFile &file, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(write(file)) < 0 || !f.commit())
        return Status::failure(
            QCoreApplication::translate(
                "CalendarJson", "Cannot write %1. Check that the folder exists and is writable.")
                .arg(path),
            f.errorString());
    return {};
}

} // namespace onetrip
