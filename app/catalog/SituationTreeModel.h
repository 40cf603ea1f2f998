#pragma once

#include "catalog/ServiceGuide.h"

#include <QAbstractItemModel>

namespace onetrip {
namespace gui {

// The situations (情形) of a guide as a tree: question → options, each option with the
// materials it brings in. For a bundle the items form the top level.
class SituationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        MaterialsColumn,
        ColumnCount
    };
    enum class Kind
    {
        Item,
        Question,
        Option
    };
    static constexpr int KindRole = Qt::UserRole;

    explicit SituationTreeModel(QObject *parent = nullptr);

    void setGuide(const ServiceGuide &guide);
    void setBundle(const QList<ServiceGuide> &guides);
    void clear();
    int questionCount() const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind;
        QString text;
        QStringList materials; // options: the materials this answer brings in
        bool isDefault = false;
        int parent = -1; // node number, -1 for the top level
        int row = 0;     // position under the parent
        QList<int> children;
    };
    void build(const QList<ServiceGuide> &guides, bool itemLevel);
    int add(Node node);
    const Node *nodeOf(const QModelIndex &index) const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace gui
} // namespace onetrip
