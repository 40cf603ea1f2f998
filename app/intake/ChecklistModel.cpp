#include "intake/ChecklistModel.h"

#include "catalog/CatalogEnums.h"
#include "catalog/MaterialColumns.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace onetrip {
namespace gui {

namespace {

// Light backgrounds that keep black text readable; the state is also written out, so the
// colour only speeds up reading (and never stands alone).
QColor stateColour(MaterialState state)
{
    switch (state) {
    case MaterialState::Provided:
    case MaterialState::ObtainedBySharing:
    case MaterialState::ReplacedByCommitment:
        return QColor(0xd8, 0xf0, 0xd8);
    case MaterialState::Missing:
    case MaterialState::Defective:
        return QColor(0xf8, 0xd4, 0xd4);
    case MaterialState::Deferred:
        return QColor(0xfb, 0xeb, 0xc4);
    case MaterialState::NotApplicable:
        return QColor(0xe6, 0xe6, 0xe6);
    case MaterialState::Pending:
        break;
    }
    return {};
}

} // namespace

static_assert(ChecklistModel::CopiesRequiredColumn - ChecklistModel::MainColumn ==
              int(MaterialAttribute::Copies));

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistModel::setRows(const QList<ChecklistRow> &rows)
{
    beginResetModel();
    QList<MaterialCheck> checks;
    for (const ChecklistRow &row : rows) {
        MaterialCheck check;
        check.rowKey = row.key;
        for (const MaterialCheck &old : std::as_const(m_checks)) {
            if (old.rowKey == row.key)
                check = old;
        }
        checks << check;
    }
    m_rows = rows;
    m_checks = checks;
    endResetModel();
    Q_EMIT checksChanged();
}

void ChecklistModel::setChecks(const QList<MaterialCheck> &checks)
{
    beginResetModel();
    for (MaterialCheck &mine : m_checks) {
        const QString key = mine.rowKey;
        mine = MaterialCheck();
        mine.rowKey = key;
        for (const MaterialCheck &given : checks) {
            if (given.rowKey == mine.rowKey)
                mine = given;
        }
    }
    endResetModel();
    Q_EMIT checksChanged();
}

void ChecklistModel::setNoticeRows(const QStringList &rowKeys)
{
    beginResetModel();
    m_noticeRows = rowKeys;
    endResetModel();
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_checks.clear();
    m_noticeRows.clear();
    endResetModel();
    Q_EMIT checksChanged();
}

bool ChecklistModel::isNoticeRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_noticeRows.contains(m_rows.at(row).key);
}

void ChecklistModel::setState(int row, MaterialState state)
{
    if (row < 0 || row >= m_checks.size())
        return;
    MaterialCheck &c = m_checks[row];
    c.state = state;
    if (state == MaterialState::Provided)
        c.copiesReceived = std::max(c.copiesReceived, m_rows.at(row).material.copies);
    else
        c.copiesReceived = 0;
    if (state != MaterialState::Defective)
        c.defect.reset();
    rowChanged(row);
}

void ChecklistModel::setDefect(int row, std::optional<DefectReason> defect)
{
    if (row < 0 || row >= m_checks.size())
        return;
    m_checks[row].defect = defect;
    if (defect)
        m_checks[row].state = MaterialState::Defective;
    rowChanged(row);
}

void ChecklistModel::setNote(int row, const QString &note)
{
    if (row < 0 || row >= m_checks.size() || m_checks.at(row).note == note)
        return;
    m_checks[row].note = note;
    rowChanged(row);
}

void ChecklistModel::setCopiesReceived(int row, int copies)
{
    if (row < 0 || row >= m_checks.size() || copies < 0)
        return;
    m_checks[row].copiesReceived = copies;
    rowChanged(row);
}

void ChecklistModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ChecklistModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT checksChanged();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == CopiesReceivedColumn)
            return m_checks.at(row).copiesReceived;
        if (column == NoteColumn)
            return m_checks.at(row).note;
        return display(row, column);
    case RawRole:
        return raw(row, column);
    case Qt::BackgroundRole:
        if (column == StateColumn) {
            const QColor c = stateColour(m_checks.at(row).state);
            if (c.isValid())
                return QBrush(c);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn && stateColour(m_checks.at(row).state).isValid())
            return QBrush(Qt::black);
        return {};
    case Qt::FontRole:
        if (isNoticeRow(row) && column == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            const MaterialRequirement &m = m_rows.at(row).material;
            QString tip = m.name;
            if (!m.howToObtain.isEmpty())
                tip += u'\n' + tr("How to obtain: %1").arg(m.howToObtain);
            if (isNoticeRow(row))
                tip += u'\n' + tr("Listed on the correction notice: check it again.");
            return tip;
        }
        return {};
    default:
        return {};
    }
}

QVariant ChecklistModel::display(int row, int column) const
{
    const MaterialRequirement &m = m_rows.at(row).material;
    const MaterialCheck &c = m_checks.at(row);
    if (const auto attribute = materialAttributeAt(column, MainColumn))
        return materialAttributeDisplay(m, *attribute, {tr("Main"), tr("Secondary"), tr("Yes")});
    switch (column) {
    case NameColumn:
        return isNoticeRow(row) ? tr("%1 (re-check)").arg(m.name) : m.name;
    case StateColumn: {
        const int key = keyForState(c.state);
        return key > 0 ? QStringLiteral("%1 %2").arg(key).arg(displayName(c.state))
                       : displayName(c.state);
    }
    case CopiesReceivedColumn:
        return c.state == MaterialState::Provided ? QVariant(c.copiesReceived) : QVariant();
    case DefectColumn:
        return c.defect ? displayName(*c.defect) : QString();
    case NoteColumn:
        return c.note;
    default:
        return {};
    }
}

QVariant ChecklistModel::raw(int row, int column) const
{
    const MaterialRequirement &m = m_rows.at(row).material;
    const MaterialCheck &c = m_checks.at(row);
    if (column == OriginalOrCopyColumn)
        return toKey(m.originalOrCopy);
    if (const auto attribute = materialAttributeAt(column, MainColumn))
        return materialAttributeRaw(m, *attribute);
    switch (column) {
    case NameColumn:
        return m_rows.at(row).key;
    case StateColumn:
        return toKey(c.state);
    case CopiesReceivedColumn:
        return c.copiesReceived;
    case DefectColumn:
        return c.defect ? toKey(*c.defect) : QString();
    case NoteColumn:
        return c.note;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == CopiesReceivedColumn) {
        bool ok = false;
        const int copies = value.toInt(&ok);
        if (!ok || copies < 0)
            return false;
        if (m_checks.at(index.row()).state != MaterialState::Provided)
            m_checks[index.row()].state = MaterialState::Provided;
        setCopiesReceived(index.row(), copies);
        return true;
    }
    if (index.column() == NoteColumn) {
        setNote(index.row(), value.toString().trimmed());
        return true;
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == CopiesReceivedColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Material");
    case MainColumn:
        return tr("Main / secondary");
    case DeferrableColumn:
        return tr("Deferrable");
    case CommitmentColumn:
        return tr("Commitment");
    case SharingColumn:
        return tr("By sharing");
    case OriginalOrCopyColumn:
        return tr("Original / copy");
    case CopiesRequiredColumn:
        return tr("Copies");
    case StateColumn:
        return tr("State");
    case CopiesReceivedColumn:
        return tr("Received");
    case DefectColumn:
        return tr("Defect");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace gui
} // namespace onetrip
