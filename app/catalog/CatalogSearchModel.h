#pragma once

#include "catalog/CatalogSearchIndex.h"

#include <QAbstractListModel>

namespace onetrip {
namespace gui {

// The ranked results of a catalog search, one row per item or bundle (一件事).
class CatalogSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        DepartmentRole,
        HandlingFormRole, // the translated handling form; empty for a bundle
        IsBundleRole,
        DetailRole, // "department · handling form · code", the second line of a row
    };
    static constexpr int kSearchLimit = 200;

    explicit CatalogSearchModel(QObject *parent = nullptr);

    // The index must outlive the model (or be replaced by another call).
    void setIndex(const CatalogSearchIndex *index);
    // An empty query lists every entry the filter lets through, by code.
    void search(const QString &query, const SearchFilter &filter = {});

    const SearchEntry *entryAt(int row) const;
    int rowOfCode(const QString &code) const; // -1 when not shown
    bool truncated() const { return m_truncated; }
    // After a language change: the translated columns change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const CatalogSearchIndex *m_index = nullptr;
    QList<int> m_rows; // entry numbers in the index
    bool m_truncated = false;
};

} // namespace gui
} // namespace onetrip
