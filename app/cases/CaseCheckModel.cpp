#include "cases/CaseCheckModel.h"

namespace onetrip {
namespace gui {

CaseCheckModel::CaseCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseCheckModel::setRecord(const CaseRecord &record)
{
    beginResetModel();
    m_checks = record.checks;
    m_names = record.materialNames;
    endResetModel();
}

int CaseCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CaseCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size() || role != Qt::DisplayRole)
        return {};
    const MaterialCheck &c = m_checks.at(index.row());
    switch (index.column()) {
    case MaterialColumn:
        // The name kept with the case; the row key for cases recorded before names were.
        return m_names.value(c.rowKey, c.rowKey);
    case StateColumn:
        return displayName(c.state);
    case CopiesColumn:
        return c.state == MaterialState::Provided ? QVariant(c.copiesReceived) : QVariant();
    case DefectColumn:
        return c.defect ? displayName(*c.defect) : QString();
    case NoteColumn:
        return c.note;
    default:
        break;
    }
    return {};
}

QVariant CaseCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MaterialColumn:
        return tr("Material");
    case StateColumn:
        return tr("Checked as");
    case CopiesColumn:
        return tr("Copies");
    case DefectColumn:
        return tr("Defect");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
