#include "sync/ConflictListModel.h"

#include "cases/CaseEvent.h"

namespace onetrip {
namespace gui {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictListModel::setConflicts(QList<SyncStore::Conflict> conflicts)
{
    beginResetModel();
    m_rows = std::move(conflicts);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::describeChange(const QString &type)
{
    const std::pair<const char *, const char *> names[] = {
        {CaseEventType::Received, QT_TR_NOOP("new case")},
        {CaseEventType::Visit, QT_TR_NOOP("visit")},
        {CaseEventType::Checked, QT_TR_NOOP("material check")},
        {CaseEventType::SecondNoticeApproved, QT_TR_NOOP("second notice approved")},
        {CaseEventType::StatusChanged, QT_TR_NOOP("status change")},
        {CaseEventType::DocumentIssued, QT_TR_NOOP("document issued")},
        {CaseEventType::ApplicantFlagged, QT_TR_NOOP("applicant flagged")},
        {CaseEventType::ConflictResolved, QT_TR_NOOP("conflict settled")},
    };
    for (const auto &[key, name] : names) {
        if (type == QLatin1String(key))
            return tr(name);
    }
    return type; // a newer program's event type: shown as it is stored
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncStore::Conflict &c = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return c.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return c.caseNumber;
    case MadeColumn:
        return tr("%1, %2").arg(c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.actor);
    case ChangeColumn:
        return describeChange(c.eventType);
    case ReasonColumn:
        return c.reason;
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case MadeColumn:
        return tr("Made (when, by)");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Why it did not go through");
    }
    return {};
}

} // namespace gui
} // namespace onetrip
