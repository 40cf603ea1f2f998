#include "shell/PageRegistry.h"

#include "catalog/CatalogBrowserWidget.h"
#include "intake/ConsultationPage.h"
#include "intake/IntakePage.h"
#include "sync/ConflictsPage.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistPage.h"

#include <QCoreApplication>

namespace onetrip {
namespace gui {

namespace {

const QList<Role> kEveryRole = {Role::Clerk, Role::Agent, Role::Supervisor, Role::Admin};
const QList<Role> kWindowStaff = {Role::Clerk, Role::Supervisor};
// The hall's cases: the window staff work them, an administrator watches the counts; an
// agent sees their own 代办 only (worklistsFor).
const QList<Role> kDeskRoles = {Role::Clerk, Role::Supervisor, Role::Admin, Role::Agent};
const QList<Role> kWorklistRoles = {Role::Clerk, Role::Supervisor, Role::Agent};
// Permissions::mayResolveConflicts: who settles sync conflicts.
const QList<Role> kSupervisors = {Role::Supervisor};

QString unsavedIntake(const QWidget *page)
{
    const auto *intake = static_cast<const IntakePage *>(page);
    if (!intake->hasUnsavedIntake())
        return {};
    return QCoreApplication::translate("ShellPage", "The intake of %1 is not confirmed yet.")
        .arg(intake->entryCode());
}

} // namespace

// The pages, in navigation order: Ctrl+1, Ctrl+2 … follow the rows the signed-in role sees;
// the first is the page after sign-in. Who sees what: 工作台 the window staff, the
// administrator and the agents (an agent's desk and lists hold only the cases they carry);
// 工作清单 the window staff and the agents. 事项 every role (agents and supervisors look guides up
// too). 受理 and 咨询 the window staff, clerks and supervisors (who stand in at the window): an
// agent (代办员) carries cases for applicants and does not accept them at the window, an
// administrator sets terminals up and serves no applicant. 同步冲突 supervisors only: settling a
// conflict decides which of two windows' changes stands.
const QList<ShellPage> &PageRegistry::pages()
{
    static const QList<ShellPage> table = {
        {"desk", kDeskRoles, QT_TRANSLATE_NOOP("ShellPage", "Desk"),
         QT_TRANSLATE_NOOP("ShellPage", "Today's queue, the worklists' counts, the lights and "
                                        "what falls due (%1)"),
         make<DeskPage>()},
        {"catalog", kEveryRole, QT_TRANSLATE_NOOP("ShellPage", "Catalog"),
         QT_TRANSLATE_NOOP("ShellPage", "Service items and their guides (%1); F2 starts an "
                                        "intake of the selected item, Shift+F2 a consultation"),
         make<CatalogBrowserWidget>()},
        {"intake", kWindowStaff, QT_TRANSLATE_NOOP("ShellPage", "Intake"),
         QT_TRANSLATE_NOOP("ShellPage", "Check an applicant's materials and decide (%1)"),
         make<IntakePage>(), unsavedIntake},
        {"consultation", kWindowStaff, QT_TRANSLATE_NOOP("ShellPage", "Consultation"),
         QT_TRANSLATE_NOOP("ShellPage", "Answer the situation questions and print the tailored "
                                        "material list, without opening a case (%1)"),
         make<ConsultationPage>()},
        {"worklists", kWorklistRoles, QT_TRANSLATE_NOOP("ShellPage", "Worklists"),
         QT_TRANSLATE_NOOP("ShellPage", "The hall's cases by list, filtered and sorted; Enter "
                                        "opens the selected case (%1)"),
         make<WorklistPage>()},
        {"conflicts", kSupervisors, QT_TRANSLATE_NOOP("ShellPage", "Sync conflicts"),
         QT_TRANSLATE_NOOP("ShellPage", "Changes the central server refused or another window "
                                        "overtook: make them again or discard them (%1)"),
         make<ConflictsPage>()},
    };
    return table;
}

QList<const ShellPage *> PageRegistry::visibleTo(Role role)
{
    QList<const ShellPage *> visible;
    for (const ShellPage &page : pages()) {
        if (page.visibleTo(role))
            visible << &page;
    }
    return visible;
}

const ShellPage *PageRegistry::find(QStringView id)
{
    for (const ShellPage &page : pages()) {
        if (id == QLatin1String(page.id))
            return &page;
    }
    return nullptr;
}

} // namespace gui
} // namespace onetrip
