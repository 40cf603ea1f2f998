#pragma once

#include "sync/SyncStore.h"

#include <QAbstractTableModel>

namespace onetrip {
namespace gui {

// The open sync conflicts of this terminal, one row per refused change: the case, when and
// by whom it was made, what it was, and the server's reason.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseColumn,
        MadeColumn,
        ChangeColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ConflictListModel(QObject *parent = nullptr);
    void setConflicts(QList<SyncStore::Conflict> conflicts);
    const SyncStore::Conflict &conflictAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What a change is called for people ("withdrawal", "new case" …).
    static QString describeChange(const QString &eventType);

private:
    QList<SyncStore::Conflict> m_rows;
};

} // namespace gui
} // namespace onetrip
