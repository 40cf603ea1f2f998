#include "cases/CaseHitModel.h"

#include <QLocale>

namespace onetrip {
namespace gui {

CaseHitModel::CaseHitModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseHitModel::setHits(const QList<CaseSearch::Hit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int CaseHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int CaseHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHitModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSearch::Hit &h = m_hits.at(index.row());
    switch (index.column()) {
    case NumberColumn:
        return h.number;
    case ApplicantColumn:
        return tr("%1 (%2)").arg(h.applicantName, h.applicantIdMasked);
    case ItemColumn:
        return h.itemName;
    case StatusColumn:
        return displayName(h.status);
    case ReceivedColumn:
        return QLocale().toString(h.receivedOn, QLocale::ShortFormat);
    default:
        break;
    }
    return {};
}

QVariant CaseHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ApplicantColumn:
        return tr("Applicant");
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    default:
        break;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
