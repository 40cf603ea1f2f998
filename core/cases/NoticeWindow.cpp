#include "cases/NoticeWindow.h"

#include <QCoreApplication>
#include <QLocale>

namespace onetrip {

QString DeemedAcceptance::describe() const
{
    if (!deemed)
        return {};
    return QCoreApplication::translate(
               "Cases", "No notice or acceptance was given within five working days of receipt "
                        "(by %1): the application counts as accepted from %2 (Administrative "
                        "Licensing Law, Art. 32).")
        .arg(QLocale().toString(windowEnd, QStringLiteral("yyyy-MM-dd")),
             QLocale().toString(acceptedFrom, QStringLiteral("yyyy-MM-dd")));
}

DueDate NoticeWindow::end(QDate receivedOn, const WorkdayCalendar &calendar)
{
    return calendar.addWorkingDays(receivedOn, kWorkingDays);
}

DeemedAcceptance NoticeWindow::deemed(const CaseRecord &record, QDate today,
                                      const WorkdayCalendar &calendar)
{
    DeemedAcceptance d;
    if (!record.receivedOn.isValid())
        return d;
    const DueDate window = end(record.receivedOn, calendar);
    // The window fixed at receipt wins: a calendar imported later does not move it.
    d.windowEnd = record.noticeDue.isValid() ? record.noticeDue : window.date;
    d.warning = window.warning();
    if (record.firstDecidedOn.isValid())
        d.deemed = record.firstDecidedOn > d.windowEnd;
    else
        d.deemed = record.status == CaseStatus::Received && today > d.windowEnd;
    if (d.deemed)
        d.acceptedFrom = record.receivedOn;
    return d;
}

} // namespace onetrip
