#pragma once

#include "intake/Intake.h"
#include "intake/IntakeEntry.h"

#include <QString>

class QSplitter;

namespace onetrip {
namespace gui {

// The Intake a page (受理 or 咨询) shows and the entry it was started from. The page's panes
// hold a reference to intake(); begin() and reset() replace what it holds in place.
class EntryIntake
{
public:
    Intake &intake() { return m_intake; }
    const Intake &intake() const { return m_intake; }
    bool isActive() const { return !m_intake.guides().isEmpty(); }
    const QString &bundleCode() const { return m_bundleCode; }
    const QString &bundleName() const { return m_bundleName; }
    IntakeEntry entry() const { return {m_intake.guides(), m_bundleCode, m_bundleName}; }

    void begin(const IntakeEntry &entry);
    void reset();

private:
    Intake m_intake{QList<ServiceGuide>()};
    QString m_bundleCode;
    QString m_bundleName;
};

// The three pane columns of an intake-like page: the checklist is the widest (1366×768
// counter monitors).
void setPaneColumns(QSplitter *splitter);

} // namespace gui
} // namespace onetrip
