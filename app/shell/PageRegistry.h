#pragma once

#include "shell/ShellPage.h"

#include <QList>
#include <QStringView>

namespace onetrip {
namespace gui {

// The one table of the main window's pages (PageRegistry.cpp). Adding a page is one class —
// a QWidget whose constructor takes (AppContext &, QWidget *parent) — and one row there.
class PageRegistry
{
public:
    // Every page, in navigation order.
    static const QList<ShellPage> &pages();
    // The pages a role sees, in navigation order.
    static QList<const ShellPage *> visibleTo(Role role);
    // The page with this id; nullptr when there is none.
    static const ShellPage *find(QStringView id);

    // The factory of a page class built from the context.
    template <typename Page>
    static ShellPage::Factory make()
    {
        return [](AppContext &context, QWidget *parent) -> QWidget * {
            return new Page(context, parent);
        };
    }
};

} // namespace gui
} // namespace onetrip
