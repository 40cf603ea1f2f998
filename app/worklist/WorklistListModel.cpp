#include "worklist/WorklistListModel.h"

namespace onetrip {
namespace gui {

WorklistListModel::WorklistListModel(QList<WorklistKind> kinds, QObject *parent)
    : QAbstractListModel(parent)
    , m_kinds(std::move(kinds))
{
}

void WorklistListModel::setCounts(const QMap<WorklistKind, int> &counts)
{
    m_counts = counts;
    if (!m_kinds.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_kinds.size()) - 1), {Qt::DisplayRole});
}

int WorklistListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

QVariant WorklistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorklistKind kind = m_kinds.at(index.row());
    if (role == Qt::DisplayRole) {
        const auto count = m_counts.constFind(kind);
        return count == m_counts.cend() ? displayName(kind)
                                        : tr("%1 (%2)").arg(displayName(kind)).arg(*count);
    }
    if (role == Qt::UserRole)
        return toKey(kind);
    return {};
}

} // namespace gui
} // namespace onetrip
