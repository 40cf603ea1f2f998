#include "worklist/WorklistModel.h"

#include "common/LightColours.h"

#include <QCoreApplication>
#include <QLocale>

namespace onetrip {
namespace gui {

WorklistModel::WorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorklistModel::load(std::shared_ptr<const WorklistQuery> query, WorklistKind kind,
                         const WorklistFilter &filter)
{
    if (!m_query || kind != m_kind)
        m_sort = WorklistQuery::defaultSort(kind);
    m_query = std::move(query);
    m_kind = kind;
    m_filter = filter;
    reload();
}

void WorklistModel::reload()
{
    // A view (or the model tester) asks for more while a change is being announced: the
    // reset has its first page, and a nested fetch would read the same page twice.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_query) {
        auto total = m_query->count(m_kind, m_filter);
        auto first = total ? m_query->page(m_kind, m_filter, m_sort, 0, kPageSize)
                           : Result<QList<WorklistRow>>(total.error());
        if (!first) {
            m_error = first.message();
        } else {
            m_total = total.value();
            m_rows = std::move(first).value();
        }
    }
    endResetModel();
    m_busy = false;
    Q_EMIT loaded();
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorklistModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query && !m_busy && m_rows.size() < m_total;
}

void WorklistModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = m_query->page(m_kind, m_filter, m_sort, int(m_rows.size()), kPageSize);
    if (!more || more->isEmpty()) {
        // The store changed under the list (fewer rows now): stop asking until reloaded.
        m_error = more ? QString() : more.message();
        m_total = int(m_rows.size());
        return;
    }
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows << more.value();
    endInsertRows();
    m_busy = false;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorklistRow &r = m_rows.at(index.row());
    if (role == NumberRole)
        return r.number;
    const QLocale locale;
    const auto &d = r.deadline;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return r.number;
        case ApplicantColumn:
            return tr("%1 (%2)").arg(r.applicantName, r.applicantIdMasked);
        case ItemColumn:
            return r.itemName;
        case StatusColumn:
            return displayName(r.status);
        case ReceivedColumn:
            return locale.toString(r.receivedOn, QLocale::ShortFormat);
        case DueColumn:
            return d ? locale.toString(d->status.due, QLocale::ShortFormat) : QString();
        case LightColumn: {
            if (!d)
                return QString();
            const DeadlineStatus &s = d->status;
            if (s.light == DeadlineLight::Red)
                return tr("● %1 · %n working day(s) late", nullptr, -s.workingDaysLeft)
                    .arg(displayName(s.light));
            if (s.light == DeadlineLight::Paused)
                return tr("● %1").arg(displayName(s.light));
            return tr("● %1 · %n working day(s) left", nullptr, s.workingDaysLeft)
                .arg(displayName(s.light));
        }
        case ClerkColumn:
            return r.clerkName;
        case WindowColumn:
            return r.terminalCode;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == LightColumn && d)
        return lightColour(d->status.light);
    if (role == Qt::ToolTipRole && index.column() == LightColumn && d) {
        switch (d->which) {
        case CaseDeadlines::Which::Processing:
            return tr("The time limit of the case");
        case CaseDeadlines::Which::Supplement:
            return tr("The date the 容缺 materials were promised for");
        case CaseDeadlines::Which::Notice:
            return tr("The last day for a correction notice (Art. 32)");
        case CaseDeadlines::Which::FollowUp:
            return tr("The last day for the 差评's follow-up (回访, 整改, the rater's view)");
        case CaseDeadlines::Which::Commitment:
            return tr("The day the agent committed to finish the 代办 by");
        }
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ApplicantColumn:
        return tr("Applicant");
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case LightColumn:
        return tr("Light");
    case ClerkColumn:
        return tr("Clerk");
    case WindowColumn:
        return tr("Window");
    default:
        break;
    }
    return {};
}

int WorklistModel::columnOf(const WorklistSort &sort)
{
    switch (sort.column) {
    case WorklistSort::Column::Number:
        return NumberColumn;
    case WorklistSort::Column::ReceivedOn:
        return ReceivedColumn;
    case WorklistSort::Column::Due:
        return DueColumn;
    case WorklistSort::Column::Updated:
        break;
    }
    return -1;
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    WorklistSort next;
    next.descending = order == Qt::DescendingOrder;
    switch (column) {
    case NumberColumn:
        next.column = WorklistSort::Column::Number;
        break;
    case ReceivedColumn:
        next.column = WorklistSort::Column::ReceivedOn;
        break;
    case DueColumn:
    case LightColumn:
        next.column = WorklistSort::Column::Due;
        break;
    default:
        return;
    }
    if (next == m_sort)
        return;
    m_sort = next;
    reload();
}

} // namespace gui
} // namespace onetrip
