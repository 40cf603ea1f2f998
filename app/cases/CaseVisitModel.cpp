#include "cases/CaseVisitModel.h"

#include "common/LightColours.h"
#include "rating/RatingRules.h"

#include <QLocale>

namespace onetrip {
namespace gui {

CaseVisitModel::CaseVisitModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseVisitModel::setVisits(const QList<CaseVisit> &visits, const QList<VisitRating> &ratings,
                               const QHash<QString, QString> &names, QDate today,
                               const WorkdayCalendar &calendar, const WarningPolicy &policy)
{
    beginResetModel();
    m_visits = visits;
    m_ratings = ratings;
    m_names = names;
    m_today = today;
    m_calendar = calendar;
    m_policy = policy;
    endResetModel();
}

const VisitRating *CaseVisitModel::ratingAt(int row) const
{
    if (row < 0 || row >= m_visits.size())
        return nullptr;
    for (const VisitRating &r : m_ratings) {
        if (r.trip == m_visits.at(row).trip)
            return &r;
    }
    return nullptr;
}

int CaseVisitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int CaseVisitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseVisitModel::followUpText(const VisitRating &rating) const
{
    const ComplaintFollowUpState state = rating.state();
    if (state != ComplaintFollowUpState::Open)
        return displayName(state);
    const auto d = RatingRules::followUp(rating, m_today, m_calendar, m_policy);
    if (!d)
        return displayName(state);
    return tr("%1 · due %2 · ● %3")
        .arg(displayName(state), QLocale().toString(d->due, QLocale::ShortFormat),
             displayName(d->light));
}

QVariant CaseVisitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size())
        return {};
    const CaseVisit &v = m_visits.at(index.row());
    const VisitRating *rating = ratingAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TripColumn:
            return v.trip;
        case AtColumn:
            return QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat);
        case ClerkColumn: {
            const QString name = m_names.value(v.clerkLogin);
            return name.isEmpty() ? v.clerkLogin : tr("%1 (%2)").arg(name, v.clerkLogin);
        }
        case OutcomeColumn:
            return displayName(v.outcome);
        case RatingColumn:
            return rating ? displayName(rating->level) : tr("not rated");
        case FollowUpColumn:
            return rating ? followUpText(*rating) : QString();
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == FollowUpColumn && rating) {
        if (const auto d = RatingRules::followUp(*rating, m_today, m_calendar, m_policy))
            return lightColour(d->light);
    }
    return {};
}

QVariant CaseVisitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TripColumn:
        return tr("Visit");
    case AtColumn:
        return tr("When");
    case ClerkColumn:
        return tr("Served by");
    case OutcomeColumn:
        return tr("Left with the case");
    case RatingColumn:
        return tr("Rating");
    case FollowUpColumn:
        return tr("差评 follow-up");
    default:
        break;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
