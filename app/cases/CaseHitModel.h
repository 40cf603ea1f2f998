#pragma once

#include "cases/CaseSearch.h"

#include <QAbstractTableModel>

namespace onetrip {
namespace gui {

// The cases a search found (CaseSearch), IDs masked, for the chooser.
class CaseHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ApplicantColumn,
        ItemColumn,
        StatusColumn,
        ReceivedColumn,
        ColumnCount
    };

    explicit CaseHitModel(QObject *parent = nullptr);

    void setHits(const QList<CaseSearch::Hit> &hits);
    const CaseSearch::Hit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CaseSearch::Hit> m_hits;
};

} // namespace gui
} // namespace onetrip
