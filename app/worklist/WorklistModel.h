#pragma once

#include "worklist/WorklistQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace onetrip {
namespace gui {

// One worklist as a table, read a page at a time (canFetchMore/fetchMore: the view asks for
// the next page as it scrolls), so a list of millions opens with its first rows only.
// Sorting asks the store again (WorklistQuery), never sorts the rows held.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn, // what needs doing first stands first: the light and the due day
        LightColumn,
        DueColumn,
        StatusColumn,
        ApplicantColumn,
        ItemColumn,
        ReceivedColumn,
        ClerkColumn,
        WindowColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int NumberRole = Qt::UserRole; // the case number of a row

    explicit WorklistModel(QObject *parent = nullptr);

    // Reads the list again from its first page (a new query: today, the calendar, the
    // setting as they are now). The error, if any, is kept in error() and the list is empty.
    void load(std::shared_ptr<const WorklistQuery> query, WorklistKind kind,
              const WorklistFilter &filter);
    void reload();

    WorklistKind kind() const { return m_kind; }
    const WorklistFilter &filter() const { return m_filter; }
    const WorklistSort &currentSort() const { return m_sort; }
    int total() const { return m_total; } // every row of the list, not only those read
    QString error() const { return m_error; }
    const WorklistRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Number, received and due (and the light, by its due day) sort; the others keep the
    // list's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column sort() orders by for `sort`, -1 for none.
    static int columnOf(const WorklistSort &sort);

Q_SIGNALS:
    void loaded(); // after load()/reload(), total() and error() are new

private:
    std::shared_ptr<const WorklistQuery> m_query;
    WorklistKind m_kind = WorklistKind::All;
    WorklistFilter m_filter;
    WorklistSort m_sort;
    QList<WorklistRow> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_busy = false; // inside a reset or an insertion: no fetch
};

} // namespace gui
} // namespace onetrip
