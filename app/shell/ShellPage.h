#pragma once

#include "auth/User.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace onetrip {
namespace gui {

class AppContext;

// One page of the main window as registered in PageRegistry's table: who sees it, its name in
// the navigation, how it is made and whether it holds unsaved work. The main window builds
// the navigation, the Ctrl+1 … shortcuts and the page switching from these rows alone.
struct ShellPage
{
    // Makes the page's widget, handed the application context (once, after login).
    using Factory = std::function<QWidget *(AppContext &context, QWidget *parent)>;
    // What leaving the page's work now would lose, in a sentence; empty: nothing.
    using UnsavedWork = std::function<QString(const QWidget *page)>;

    const char *id;      // stable: "catalog", "intake" … (showPage(), tests)
    QList<Role> roles;   // the roles that see the page; the others neither see nor reach it
    const char *title;   // QT_TRANSLATE_NOOP("ShellPage", …): the navigation's text
    const char *toolTip; // QT_TRANSLATE_NOOP("ShellPage", …); %1 is the page's shortcut
    Factory create;
    UnsavedWork unsavedWork = nullptr; // unset: the page never holds unsaved work

    bool visibleTo(Role role) const { return roles.contains(role); }
    // Title and tool tip in the current language (the shell asks again on LanguageChange).
    QString translatedTitle() const;
    QString translatedToolTip(const QString &keys) const;
    // The unsaved work of `page` (made by create), empty when none.
    QString unsavedWorkOf(const QWidget *page) const;
};

} // namespace gui
} // namespace onetrip
