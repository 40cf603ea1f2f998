#include "worklist/WorklistKind.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

struct Entry
{
    WorklistKind kind;
    const char *key;
    const char *name;
    WorklistClock clock;
};

const Entry kEntries[] = {
    {WorklistKind::All, "all", QT_TRANSLATE_NOOP("Worklists", "All cases"),
     WorklistClock::MostUrgent},
    {WorklistKind::MineToday, "mine-today", QT_TRANSLATE_NOOP("Worklists", "My cases today"),
     WorklistClock::MostUrgent},
    {WorklistKind::Correction, "correction",
     QT_TRANSLATE_NOOP("Worklists", "Waiting for correction"), WorklistClock::Notice},
    {WorklistKind::Supplement, "supplement",
     QT_TRANSLATE_NOOP("Worklists", "Deferred materials due"), WorklistClock::Supplement},
    {WorklistKind::InProgress, "in-progress", QT_TRANSLATE_NOOP("Worklists", "In progress"),
     WorklistClock::Processing},
    {WorklistKind::InApproval, "in-approval",
     QT_TRANSLATE_NOOP("Worklists", "With the deciding department"), WorklistClock::Processing},
    {WorklistKind::Overdue, "overdue", QT_TRANSLATE_NOOP("Worklists", "Overdue"),
     WorklistClock::MostUrgent},
    {WorklistKind::ReadyForHandOut, "ready-for-hand-out",
     QT_TRANSLATE_NOOP("Worklists", "Ready for hand-out"), WorklistClock::None},
    {WorklistKind::Ended, "ended", QT_TRANSLATE_NOOP("Worklists", "Terminated and withdrawn"),
     WorklistClock::None},
    {WorklistKind::ComplaintFollowUp, "complaint-follow-up",
     QT_TRANSLATE_NOOP("Worklists", "差评 to follow up"), WorklistClock::FollowUp},
    {WorklistKind::MyProxyCases, "my-proxy-cases", QT_TRANSLATE_NOOP("Worklists", "My 代办"),
     WorklistClock::Commitment},
    {WorklistKind::ProxyCases, "proxy-cases", QT_TRANSLATE_NOOP("Worklists", "代办 in progress"),
     WorklistClock::Commitment},
};

const Entry &entry(WorklistKind kind)
{
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QString toKey(WorklistKind kind)
{
    return QString::fromLatin1(entry(kind).key);
}

std::optional<WorklistKind> worklistKindFromKey(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.kind;
    }
    return std::nullopt;
}

QString displayName(WorklistKind kind)
{
    return QCoreApplication::translate("Worklists", entry(kind).name);
}

WorklistClock clockOf(WorklistKind kind)
{
    return entry(kind).clock;
}

QList<WorklistKind> allWorklists()
{
    QList<WorklistKind> out;
    for (const Entry &e : kEntries)
        out << e.kind;
    return out;
}

QList<WorklistKind> worklistsFor(Role role)
{
    if (role == Role::Agent)
        return {WorklistKind::MyProxyCases};
    QList<WorklistKind> out = allWorklists();
    out.removeOne(WorklistKind::MyProxyCases);
    return out;
}

} // namespace onetrip
