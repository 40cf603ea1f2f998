#pragma once

#include "intake/Checklist.h"
#include "intake/MaterialState.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace onetrip {
namespace gui {

// The intake checklist: one row per applicable material (ChecklistRow) with the guide's
// attributes and the clerk's check (MaterialCheck). Copies received and the note are
// editable in place; the state is set with the fast keys through setState(). Colour is used
// for the state column only.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MainColumn,
        DeferrableColumn,
        CommitmentColumn,
        SharingColumn,
        OriginalOrCopyColumn,
        CopiesRequiredColumn,
        StateColumn,
        CopiesReceivedColumn,
        DefectColumn,
        NoteColumn,
        ColumnCount
    };
    // MainColumn to CopiesRequiredColumn are the shared material attributes (MaterialColumns.h).
    // Qt::UserRole on any column: the raw value (bool, int, state key) for tests.
    static constexpr int RawRole = Qt::UserRole;

    explicit ChecklistModel(QObject *parent = nullptr);

    // New rows: checks for rows that still exist are kept (by row key), others start Pending.
    void setRows(const QList<ChecklistRow> &rows);
    // Replaces the checks (a resumed case); checks for unknown rows are dropped.
    void setChecks(const QList<MaterialCheck> &checks);
    // Rows listed on the case's correction notice: shown as "to re-check".
    void setNoticeRows(const QStringList &rowKeys);
    void clear();

    const QList<ChecklistRow> &rows() const { return m_rows; }
    // One check per row, in row order.
    const QList<MaterialCheck> &checks() const { return m_checks; }
    const MaterialCheck &check(int row) const { return m_checks.at(row); }
    bool isNoticeRow(int row) const;

    // Sets the state of a row. Provided counts the required copies as received (editable);
    // leaving Defective clears the defect.
    void setState(int row, MaterialState state);
    void setDefect(int row, std::optional<DefectReason> defect);
    void setNote(int row, const QString &note);
    void setCopiesReceived(int row, int copies);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Any check changed (state, copies, defect, note): the verdict must be recomputed.
    void checksChanged();

private:
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;
    void rowChanged(int row);

    QList<ChecklistRow> m_rows;
    QList<MaterialCheck> m_checks;
    QStringList m_noticeRows;
};

} // namespace gui
} // namespace onetrip
