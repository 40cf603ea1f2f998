#include "catalog/CatalogSearchModel.h"

namespace onetrip {
namespace gui {

CatalogSearchModel::CatalogSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CatalogSearchModel::setIndex(const CatalogSearchIndex *index)
{
    beginResetModel();
    m_index = index;
    m_rows.clear();
    m_truncated = false;
    endResetModel();
}

void CatalogSearchModel::search(const QString &query, const SearchFilter &filter)
{
    beginResetModel();
    m_rows.clear();
    m_truncated = false;
    if (m_index) {
        // Browsing (no query) lists everything the filter lets through; a search is cut at
        // the limit, asking for one more tells whether it was.
        const bool browsing = CatalogSearchIndex::normalize(query).isEmpty();
        const int limit = browsing ? m_index->size() : kSearchLimit + 1;
        const QList<SearchHit> hits = m_index->search(query, filter, limit);
        for (const SearchHit &hit : hits)
            m_rows.append(hit.entry);
        if (!browsing && m_rows.size() > kSearchLimit) {
            m_rows.resize(kSearchLimit);
            m_truncated = true;
        }
    }
    endResetModel();
}

const SearchEntry *CatalogSearchModel::entryAt(int row) const
{
    if (!m_index || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_index->entry(m_rows.at(row));
}

int CatalogSearchModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (entryAt(row)->item.code == code)
            return row;
    }
    return -1;
}

void CatalogSearchModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int CatalogSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchEntry *e = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e->item.name;
    case CodeRole:
        return e->item.code;
    case DepartmentRole:
        return e->item.department;
    case HandlingFormRole:
        return e->isBundle ? QString() : displayName(e->item.handlingForm);
    case IsBundleRole:
        return e->isBundle;
    case DetailRole:
        if (e->isBundle)
            return tr("Bundle (一件事) · %1").arg(e->item.code);
        // The long implementation codes go last, where eliding them costs least.
        return QStringList{e->item.department, displayName(e->item.handlingForm), e->item.code}
            .join(QStringLiteral(" · "));
    case Qt::ToolTipRole:
        return QString(e->item.name + u'\n' + data(index, DetailRole).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(DepartmentRole, "department");
    names.insert(HandlingFormRole, "handlingForm");
    names.insert(IsBundleRole, "isBundle");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace gui
} // namespace onetrip
