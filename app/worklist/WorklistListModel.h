#pragma once

#include "worklist/WorklistKind.h"

#include <QAbstractListModel>
#include <QMap>

namespace onetrip {
namespace gui {

// The worklists a page offers, each with its count ("已超期 (3)").
class WorklistListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit WorklistListModel(QList<WorklistKind> kinds, QObject *parent = nullptr);
    const QList<WorklistKind> &kinds() const { return m_kinds; }

    void setCounts(const QMap<WorklistKind, int> &counts);
    WorklistKind kindAt(int row) const { return m_kinds.at(row); }
    int rowOf(WorklistKind kind) const { return int(m_kinds.indexOf(kind)); }
    int countOf(WorklistKind kind) const { return m_counts.value(kind, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<WorklistKind> m_kinds;
    QMap<WorklistKind, int> m_counts; // absent: not counted (an error)
};

} // namespace gui
} // namespace onetrip
