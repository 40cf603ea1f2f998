#pragma once

#include "calendar/WorkdayCalendar.h"
#include "catalog/ServiceGuide.h"
#include "intake/Verdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace onetrip {
namespace gui {

// The verdict pane's text: the outcome the rules recommend, why, every deficiency with how
// to fix it, and the dates that outcome would set (due date, supplement date or the Art. 32
// notice window). Pure: the intake screen re-renders it on every change.
class VerdictSummary
{
    Q_DECLARE_TR_FUNCTIONS(VerdictSummary)

public:
    struct Input
    {
        const Verdict &verdict;
        const QList<ServiceGuide> &guides;
        const WorkdayCalendar &calendar;
        QDate today;
        int supplementDays = 0;
    };

    // One line: the recommended outcome, or how many materials are still to be checked.
    static QString headline(const Verdict &verdict);
    // The rest as HTML (values escaped).
    static QString html(const Input &input);
    // The due date an acceptance today would give (the latest of the items), as a sentence
    // with the calendar's warning; empty when no item has a limit.
    static QString acceptanceDue(const QList<ServiceGuide> &guides, QDate today,
                                 const WorkdayCalendar &calendar);
};

} // namespace gui
} // namespace onetrip
