#pragma once

#include "common/Result.h"
#include "intake/EntryIntake.h"
#include "intake/IntakeEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

namespace onetrip {
namespace gui {

class AppContext;

// What the 受理 and 咨询 pages share: an item or a bundle taken from the catalog into one core
// Intake (EntryIntake), started by code. Each page says what starting shows (start()).
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    // Starts with one item (latest guide version) or a bundle (一件事: its items, shared
    // materials once).
    Status startItem(const QString &itemCode);
    Status startBundle(const QString &bundleCode);

    // Clears the page (no intake).
    virtual void clear() = 0;

    bool hasIntake() const { return m_entry.isActive(); }
    // The item or bundle code, empty without one.
    QString entryCode() const;
    const QList<ChecklistRow> &rows() const { return m_entry.intake().rows(); }
    const QHash<QString, QString> &answers() const { return m_entry.intake().answers(); }

Q_SIGNALS:
    // An intake started, or the page was cleared.
    void intakeChanged(bool active);

protected:
    EntryPage(AppContext &context, QWidget *parent);
    // Clears the page and takes in the entry loaded (refused: the error loading it, or an item
    // without a guide), then lets the page show it (started()).
    Status start(const Result<IntakeEntry> &entry);
    virtual void started(const IntakeEntry &entry) = 0;
    // What an empty page says.
    static QString noIntakeText();

    AppContext &m_context;
    EntryIntake m_entry; // what the panes show and write
};

} // namespace gui
} // namespace onetrip
