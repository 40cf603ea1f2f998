#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/CaseRecord.h"
#include "deadline/WarningPolicy.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace onetrip {
namespace gui {

// A case's visits (trips) for the case view, each with its rating (好差评) and, for a 差评,
// the follow-up's state and light as of today.
class CaseVisitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TripColumn,
        AtColumn,
        ClerkColumn,
        OutcomeColumn,
        RatingColumn,
        FollowUpColumn,
        ColumnCount
    };

    explicit CaseVisitModel(QObject *parent = nullptr);

    // `names`: login -> name; the lights counted on `today` with the calendar and policy.
    void setVisits(const QList<CaseVisit> &visits, const QList<VisitRating> &ratings,
                   const QHash<QString, QString> &names, QDate today,
                   const WorkdayCalendar &calendar, const WarningPolicy &policy);
    const CaseVisit &visitAt(int row) const { return m_visits.at(row); }
    // The rating of the visit in `row`, or nullptr.
    const VisitRating *ratingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString followUpText(const VisitRating &rating) const;

    QList<CaseVisit> m_visits;
    QList<VisitRating> m_ratings;
    QHash<QString, QString> m_names;
    QDate m_today;
    WorkdayCalendar m_calendar;
    WarningPolicy m_policy;
};

} // namespace gui
} // namespace onetrip
