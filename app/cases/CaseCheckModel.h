#pragma once

#include "cases/CaseRecord.h"

#include <QAbstractTableModel>

namespace onetrip {
namespace gui {

// Every material check of a case as it stands (the last visit's): the material, its state,
// copies, the defect and the clerk's note.
class CaseCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MaterialColumn,
        StateColumn,
        CopiesColumn,
        DefectColumn,
        NoteColumn,
        ColumnCount
    };

    explicit CaseCheckModel(QObject *parent = nullptr);
    void setRecord(const CaseRecord &record);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MaterialCheck> m_checks;
    QHash<QString, QString> m_names;
};

} // namespace gui
} // namespace onetrip
