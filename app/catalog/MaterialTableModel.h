#pragma once

#include "catalog/Bundle.h"
#include "catalog/ServiceGuide.h"

#include <QAbstractTableModel>

namespace onetrip {
namespace gui {

// The materials of one guide, or the merged list of a bundle (一件事: shared materials
// once), one row per material with every attribute the window checks as columns.
class MaterialTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the window checks comes right after the name.
    enum Column
    {
        NumberColumn,
        NameColumn,
        RequirementColumn,
        MainColumn,
        DeferrableColumn,
        CommitmentColumn,
        SharingColumn,
        OriginalOrCopyColumn,
        CopiesColumn,
        MediumColumn,
        SourceColumn,
        HowToObtainColumn,
        RemarksColumn,
        UsedByColumn, // bundles only: the items that need the material
        ColumnCount
    };
    // MainColumn to CopiesColumn are the shared material attributes (MaterialColumns.h).
    // Qt::UserRole on any column: the raw value (bool, int or string) for tests and sorting.
    static constexpr int RawRole = Qt::UserRole;

    explicit MaterialTableModel(QObject *parent = nullptr);

    void setGuide(const ServiceGuide &guide);
    void setBundle(const QList<ServiceGuide> &guides);
    void clear();

    bool isBundle() const { return m_bundle; }
    const MaterialRequirement &material(int row) const { return m_rows.at(row).material; }
    QStringList usedBy(int row) const { return m_rows.at(row).usedBy; }
    // After a language change: headers and translated attribute names change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MaterialRequirement material;
        int guide = 0;      // which of m_guides states the material's conditions
        QStringList usedBy; // item names (bundles)
    };
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;

    QList<ServiceGuide> m_guides;
    QList<Row> m_rows;
    bool m_bundle = false;
};

} // namespace gui
} // namespace onetrip
