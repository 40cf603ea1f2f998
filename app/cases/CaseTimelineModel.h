#pragma once

#include "cases/CaseTimeline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace onetrip {
namespace gui {

// A case's history for the case view: when, who (name and login), where, what.
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        WhoColumn,
        WhatColumn,
        ColumnCount
    };

    explicit CaseTimelineModel(QObject *parent = nullptr);

    // `names`: login -> the person's name, for the "who" column; `refused`: the events in
    // an open sync conflict (in the log, not in the case), marked so.
    void setEntries(const QList<TimelineEntry> &entries, const QHash<QString, QString> &names,
                    const QSet<QString> &refused = {});
    const TimelineEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
    QHash<QString, QString> m_names;
    QSet<QString> m_refused;
};

} // namespace gui
} // namespace onetrip
