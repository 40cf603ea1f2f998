#include "shell/ShellPage.h"

#include <QCoreApplication>

namespace onetrip {
namespace gui {

QString ShellPage::translatedTitle() const
{
    return QCoreApplication::translate("ShellPage", title);
}

QString ShellPage::translatedToolTip(const QString &keys) const
{
    return QCoreApplication::translate("ShellPage", toolTip).arg(keys);
}

QString ShellPage::unsavedWorkOf(const QWidget *page) const
{
    return unsavedWork && page ? unsavedWork(page) : QString();
}

} // namespace gui
} // namespace onetrip
