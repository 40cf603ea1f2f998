#include "cases/CaseTimelineModel.h"

#include "printing/DocumentRenderer.h"

#include <QLocale>

namespace onetrip {
namespace gui {

CaseTimelineModel::CaseTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseTimelineModel::setEntries(const QList<TimelineEntry> &entries,
                                   const QHash<QString, QString> &names,
                                   const QSet<QString> &refused)
{
    beginResetModel();
    m_entries = entries;
    m_names = names;
    m_refused = refused;
    endResetModel();
}

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn: {
        const QString name = m_names.value(e.actor);
        return name.isEmpty() ? tr("%1 at %2").arg(e.actor, e.terminalCode)
                              : tr("%1 (%2) at %3").arg(name, e.actor, e.terminalCode);
    }
    case WhatColumn: {
        QString what = e.document ? tr("%1: %2 %3")
                                        .arg(e.what, DocumentRenderer::displayName(*e.document),
                                             e.documentNumber)
                                  : e.what;
        if (m_refused.contains(e.eventId))
            what += QLatin1Char(' ') + tr("(in a sync conflict: not part of the case)");
        return what;
    }
    default:
        break;
    }
    return {};
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        break;
    }
    return {};
}

} // namespace gui
} // namespace onetrip
