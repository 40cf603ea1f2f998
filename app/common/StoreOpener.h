#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QString>

#include <memory>

namespace onetrip {
namespace gui {

// Opens the store for the window. What can take minutes on a store of millions of cases —
// the schema upgrade after a new version is installed (107 s on 2,000,000 cases), or the
// quick_check after an unclean shutdown — runs first on a thread of its own, behind a busy
// dialog that says what is happening and that nothing needs doing, so the program never
// looks hung and nobody kills it half-way (an upgrade is all or nothing anyway: each step is
// one transaction). The window's own connection then opens at once.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    enum class Work
    {
        None,    // a new store, or one ready to use
        Upgrade, // written by an older version: its schema is brought up to date
        Check,   // not closed cleanly: its pages are checked before use
    };

    // What opening `path` would do before the store can be used.
    static Work workAhead(const QString &path);
    // The sentence the busy dialog shows for `work`.
    static QString describe(Work work);

    // The busy dialog for `work`: its sentence, no button (there is nothing to cancel).
    static std::unique_ptr<QProgressDialog> busyDialog(Work work, QWidget *parent = nullptr);

    // Database::open, with the work ahead done behind the dialog (over `parent`).
    static Result<std::unique_ptr<Database>> open(const QString &path, QWidget *parent = nullptr,
                                                  Work *done = nullptr);
};

} // namespace gui
} // namespace onetrip
