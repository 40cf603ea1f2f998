#pragma once

#include "proxy/ProxyCase.h"

#include <QAbstractTableModel>
#include <QHash>

namespace onetrip {
namespace gui {

// A 代办's chain of custody for the case view: every 材料交接单 (and reassignment) in order —
// when, from whom, to whom, the materials with their copies, who recorded it.
class HandoverModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        FromColumn,
        ToColumn,
        MaterialsColumn,
        ByColumn,
        NoteColumn,
        ColumnCount
    };

    explicit HandoverModel(QObject *parent = nullptr);
    // `names`: login -> name, for who recorded each link.
    void setHandovers(const QList<Handover> &handovers, const QHash<QString, QString> &names);
    const Handover &handoverAt(int row) const { return m_handovers.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "代办员 李强" (the holder's kind and name).
    static QString partyText(const Party &party);
    // "申请书 ×1；营业执照 ×2".
    static QString materialsText(const QList<HandedMaterial> &materials);

private:
    QList<Handover> m_handovers;
    QHash<QString, QString> m_names;
};

} // namespace gui
} // namespace onetrip
