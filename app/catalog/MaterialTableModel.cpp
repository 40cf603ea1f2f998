#include "catalog/MaterialTableModel.h"

#include "catalog/GuideDocument.h"
#include "catalog/MaterialColumns.h"

#include <QHash>

namespace onetrip {
namespace gui {

static_assert(MaterialTableModel::CopiesColumn - MaterialTableModel::MainColumn ==
              int(MaterialAttribute::Copies));

MaterialTableModel::MaterialTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MaterialTableModel::setGuide(const ServiceGuide &guide)
{
    beginResetModel();
    m_bundle = false;
    m_guides = {guide};
    m_rows.clear();
    for (const MaterialRequirement &m : guide.materials)
        m_rows.append({m, 0, {}});
    endResetModel();
}

void MaterialTableModel::setBundle(const QList<ServiceGuide> &guides)
{
    beginResetModel();
    m_bundle = true;
    m_guides = guides;
    m_rows.clear();
    QHash<QString, int> guideOf;
    for (int i = 0; i < guides.size(); ++i)
        guideOf.insert(guides.at(i).code, i);
    for (const BundleMaterial &bm : mergeBundleMaterials(guides)) {
        Row row{bm.material, guideOf.value(bm.usedBy.constFirst().first), {}};
        for (const auto &[code, id] : bm.usedBy) {
            Q_UNUSED(id);
            const QString name = guides.at(guideOf.value(code)).name;
            if (!row.usedBy.contains(name))
                row.usedBy << name;
        }
        m_rows.append(row);
    }
    endResetModel();
}

void MaterialTableModel::clear()
{
    beginResetModel();
    m_bundle = false;
    m_guides.clear();
    m_rows.clear();
    endResetModel();
}

void MaterialTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MaterialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaterialTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_bundle ? ColumnCount : ColumnCount - 1;
}

QVariant MaterialTableModel::display(const Row &row, int column) const
{
    const MaterialRequirement &m = row.material;
    if (const auto attribute = materialAttributeAt(column, MainColumn))
        return materialAttributeDisplay(m, *attribute,
                                        {tr("Main"), tr("Secondary"), QStringLiteral("✓")});
    switch (column) {
    case NameColumn:
        return m.provenance == Provenance::Real ? m.name
                                                : QString(m.name + u' ' + tr("(reconstructed)"));
    case RequirementColumn:
        if (m.requirement == Requirement::Situational && !m.appliesWhen.isEmpty())
            return tr("When %1").arg(GuideDocument::conditionText(m, m_guides.at(row.guide)));
        return displayName(m.requirement);
    case MediumColumn:
        return displayName(m.medium);
    case SourceColumn:
        return m.sourceNote.isEmpty()
                   ? displayName(m.source)
                   : displayName(m.source) + QStringLiteral(" — ") + m.sourceNote;
    case HowToObtainColumn:
        return m.howToObtain;
    case RemarksColumn:
        return m.remarks;
    case UsedByColumn:
        return row.usedBy.join(tr(", "));
    default:
        return {};
    }
}

QVariant MaterialTableModel::raw(const Row &row, int column) const
{
    if (const auto attribute = materialAttributeAt(column, MainColumn)) {
        const QVariant value = materialAttributeRaw(row.material, *attribute);
        if (value.isValid())
            return value;
    }
    switch (column) {
    case NameColumn:
        return row.material.name;
    case UsedByColumn:
        return row.usedBy;
    default:
        return display(row, column);
    }
}

QVariant MaterialTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MaterialRequirement &m = row.material;
    switch (role) {
    case Qt::DisplayRole:
    case RawRole:
        if (index.column() == NumberColumn)
            return index.row() + 1;
        return role == RawRole ? raw(row, index.column()) : display(row, index.column());
    case Qt::ToolTipRole: {
        // How to obtain it is what the applicant asks: on the name and on its own column.
        QStringList lines;
        if (index.column() == NameColumn || index.column() == HowToObtainColumn) {
            lines << m.name;
            if (!m.howToObtain.isEmpty())
                lines << tr("How to obtain: %1").arg(m.howToObtain);
            if (!m.remarks.isEmpty())
                lines << tr("Remarks: %1").arg(m.remarks);
        } else {
            lines << display(row, index.column()).toString();
        }
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NumberColumn:
        case CopiesColumn:
        case DeferrableColumn:
        case CommitmentColumn:
        case SharingColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant MaterialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("No.");
        case NameColumn:
            return tr("Material");
        case OriginalOrCopyColumn:
            return tr("Original / copy");
        case CopiesColumn:
            return tr("Copies");
        case MediumColumn:
            return tr("Medium");
        case RequirementColumn:
            return tr("Required");
        case MainColumn:
            return tr("Main / secondary");
        case DeferrableColumn:
            return tr("Deferrable");
        case CommitmentColumn:
            return tr("Commitment");
        case SharingColumn:
            return tr("Not submitted");
        case SourceColumn:
            return tr("Source");
        case HowToObtainColumn:
            return tr("How to obtain");
        case RemarksColumn:
            return tr("Remarks");
        case UsedByColumn:
            return tr("Needed for");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case MainColumn:
            return tr("Main materials (主审要件) must be complete to accept; secondary ones may "
                      "be deferred.");
        case DeferrableColumn:
            return tr("容缺: may be brought later under a signed commitment.");
        case CommitmentColumn:
            return tr("告知承诺: a signed commitment may replace this certificate.");
        case SharingColumn:
            return tr("免提交: the government obtains it by data sharing; do not ask for it.");
        case UsedByColumn:
            return tr("The items of the bundle that need this material.");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

} // namespace gui
} // namespace onetrip
