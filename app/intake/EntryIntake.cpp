#include "intake/EntryIntake.h"

#include <QSplitter>

namespace onetrip {
namespace gui {

void EntryIntake::begin(const IntakeEntry &entry)
{
    m_intake = Intake(entry.guides);
    m_bundleCode = entry.bundleCode;
    m_bundleName = entry.bundleName;
}

void EntryIntake::reset()
{
    m_intake = Intake(QList<ServiceGuide>());
    m_bundleCode.clear();
    m_bundleName.clear();
}

void setPaneColumns(QSplitter *splitter)
{
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({340, 640, 330});
}

} // namespace gui
} // namespace onetrip
