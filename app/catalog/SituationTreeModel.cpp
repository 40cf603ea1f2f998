#include "catalog/SituationTreeModel.h"

#include <QFont>

namespace onetrip {
namespace gui {

SituationTreeModel::SituationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SituationTreeModel::setGuide(const ServiceGuide &guide)
{
    build({guide}, false);
}

void SituationTreeModel::setBundle(const QList<ServiceGuide> &guides)
{
    build(guides, true);
}

void SituationTreeModel::clear()
{
    build({}, false);
}

int SituationTreeModel::add(Node node)
{
    const int number = int(m_nodes.size());
    QList<int> &siblings = node.parent < 0 ? m_top : m_nodes[node.parent].children;
    node.row = int(siblings.size());
    siblings.append(number);
    m_nodes.append(std::move(node));
    return number;
}

void SituationTreeModel::build(const QList<ServiceGuide> &guides, bool itemLevel)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    for (const ServiceGuide &guide : guides) {
        if (guide.situations.isEmpty())
            continue;
        const int itemNode = itemLevel ? add({Kind::Item, guide.name, {}, false, -1, 0, {}}) : -1;
        for (const Situation &s : guide.situations) {
            const int question = add({Kind::Question, s.question, {}, false, itemNode, 0, {}});
            for (const SituationOption &o : s.options) {
                QStringList materials;
                for (const MaterialRequirement &m : guide.materials) {
                    for (const SituationCondition &c : m.appliesWhen) {
                        if (c.situationId == s.id && c.optionIds.contains(o.id))
                            materials << m.name;
                    }
                }
                add({Kind::Option, o.label, materials, o.id == s.defaultOption, question, 0, {}});
            }
        }
    }
    endResetModel();
}

int SituationTreeModel::questionCount() const
{
    int count = 0;
    for (const Node &n : m_nodes)
        count += n.kind == Kind::Question ? 1 : 0;
    return count;
}

void SituationTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Only option rows carry translated text ("usual answer", "nothing more").
    for (const Node &n : std::as_const(m_nodes)) {
        if (n.kind == Kind::Question && !n.children.isEmpty()) {
            const QModelIndex parentIndex =
                createIndex(n.row, 0, quintptr(&n - m_nodes.constData()));
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(int(n.children.size()) - 1, ColumnCount - 1, parentIndex));
        }
    }
}

const SituationTreeModel::Node *SituationTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

const QList<int> &SituationTreeModel::childrenOf(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node ? node->children : m_top;
}

QModelIndex SituationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SituationTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int SituationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int SituationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SituationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    if (role == KindRole)
        return int(node.kind);
    if (role == Qt::FontRole && node.kind != Kind::Option && index.column() == TextColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == TextColumn) {
        if (node.kind == Kind::Option && node.isDefault)
            return tr("%1 (usual answer)").arg(node.text);
        return node.text;
    }
    if (node.kind != Kind::Option)
        return {};
    return node.materials.isEmpty() ? tr("no further material") : node.materials.join(tr(", "));
}

QVariant SituationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Question / answer");
    case MaterialsColumn:
        return tr("Materials this answer requires");
    default:
        return {};
    }
}

} // namespace gui
} // namespace onetrip
