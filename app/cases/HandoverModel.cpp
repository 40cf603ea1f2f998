#include "cases/HandoverModel.h"

#include <QLocale>

namespace onetrip {
namespace gui {

HandoverModel::HandoverModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HandoverModel::setHandovers(const QList<Handover> &handovers,
                                 const QHash<QString, QString> &names)
{
    beginResetModel();
    m_handovers = handovers;
    m_names = names;
    endResetModel();
}

int HandoverModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_handovers.size());
}

int HandoverModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HandoverModel::partyText(const Party &party)
{
    return tr("%1 %2").arg(displayName(party.kind), party.name).trimmed();
}

QString HandoverModel::materialsText(const QList<HandedMaterial> &materials)
{
    QStringList parts;
    for (const HandedMaterial &m : materials)
        parts << tr("%1 ×%2").arg(m.name).arg(m.copies);
    return parts.join(tr("; "));
}

QVariant HandoverModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_handovers.size() || role != Qt::DisplayRole)
        return {};
    const Handover &h = m_handovers.at(index.row());
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat);
    case FromColumn:
        return partyText(h.from);
    case ToColumn:
        return partyText(h.to);
    case MaterialsColumn:
        return materialsText(h.materials);
    case ByColumn:
        return m_names.value(h.by, h.by);
    case NoteColumn:
        return h.reassignment ? tr("Reassigned: %1").arg(h.note) : h.note;
    default:
        break;
    }
    return {};
}

QVariant HandoverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("When");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case MaterialsColumn:
        return tr("Materials");
    case ByColumn:
        return tr("Recorded by");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
