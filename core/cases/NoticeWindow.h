#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/CaseRecord.h"

#include <QDate>
#include <QString>

namespace onetrip {

// Art. 32 《行政许可法》: materials received and neither a notice nor an acceptance within
// five working days: the application counts as accepted from the day of receipt.
struct DeemedAcceptance
{
    bool deemed = false;
    QDate acceptedFrom;       // the day of receipt, when deemed
    QDate windowEnd;          // the last day a notice could have been given
    QString warning;          // the calendar's warning when the window reaches an unloaded year
    QString describe() const; // translated sentence for the case screen; empty when not deemed
};

// The five-working-day notice window of Art. 32: the one place that counts it (the case
// service when materials come in, the case view, the intake screen's hint).
class NoticeWindow
{
public:
    static constexpr int kWorkingDays = 5;

    // The last day a notice can be given for materials received on `receivedOn`.
    static DueDate end(QDate receivedOn, const WorkdayCalendar &calendar);
    // Whether `record` counts as accepted by Art. 32 as of `today`.
    static DeemedAcceptance deemed(const CaseRecord &record, QDate today,
                                   const WorkdayCalendar &calendar);
};

} // namespace onetrip
