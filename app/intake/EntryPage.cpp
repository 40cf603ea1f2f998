#include "intake/EntryPage.h"

#include "shell/AppContext.h"

namespace onetrip {
namespace gui {

EntryPage::EntryPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

Status EntryPage::startItem(const QString &itemCode)
{
    return start(IntakeEntry::item(m_context.database(), itemCode));
}

Status EntryPage::startBundle(const QString &bundleCode)
{
    return start(IntakeEntry::bundle(m_context.database(), bundleCode));
}

Status EntryPage::start(const Result<IntakeEntry> &entry)
{
    if (!entry)
        return entry.error();
    if (entry->guides.isEmpty())
        return Status::failure(tr("The item has no guide to check against."));
    clear();
    m_entry.begin(entry.value());
    started(entry.value());
    Q_EMIT intakeChanged(true);
    return {};
}

QString EntryPage::noIntakeText()
{
    return tr("No intake. Start one from the catalog (an item or a bundle).");
}

QString EntryPage::entryCode() const
{
    return m_entry.entry().code();
}

} // namespace gui
} // namespace onetrip
