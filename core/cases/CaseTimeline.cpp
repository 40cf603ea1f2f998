#include "cases/CaseTimeline.h"

#include "cases/CaseEvents.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

// One sentence per kind of event.
struct Describe
{
    TimelineEntry &e;

    void operator()(const CaseEvents::Received &r)
    {
        e.what = QCoreApplication::translate("Cases", "Materials received for %1 (visit 1)")
                     .arg(!r.bundleName.isEmpty() || r.items.isEmpty() ? r.bundleName
                                                                       : r.items.constFirst().name);
    }
    void operator()(const CaseEvents::Visit &v)
    {
        e.what =
            QCoreApplication::translate("Cases", "The applicant came again (visit %1)").arg(v.trip);
    }
    void operator()(const CaseEvents::Checked &c)
    {
        e.what = c.intake ? QCoreApplication::translate("Cases",
                                                        "Materials checked: %n "
                                                        "deficiency(ies)",
                                                        nullptr, int(c.deficiencies.size()))
                          : QCoreApplication::translate("Cases", "The deferred materials "
                                                                 "checked in");
    }
    void operator()(const CaseEvents::SecondNoticeApproved &s)
    {
        e.what = QCoreApplication::translate("Cases", "Second notice approved by %1: %2")
                     .arg(s.supervisor, s.reason);
    }
    void operator()(const CaseEvents::StatusChanged &s)
    {
        e.what = QCoreApplication::translate("Cases", "Status: %1").arg(displayName(s.to));
        if (!s.reason.isEmpty())
            e.what += QStringLiteral(" — ") + s.reason;
    }
    void operator()(const CaseEvents::DocumentIssued &d)
    {
        e.what = QCoreApplication::translate("Cases", "Document issued");
        e.document = d.kind;
        e.documentNumber = d.number;
    }
    void operator()(const CaseEvents::ApplicantFlagged &)
    {
        e.what = QCoreApplication::translate("Cases", "Applicant flagged: a 容缺 commitment "
                                                      "was not kept");
    }
    void operator()(const CaseEvents::ConflictResolved &c)
    {
        e.what = c.resolution == CaseEvents::ConflictResolved::Resolution::Reapplied
                     ? QCoreApplication::translate("Cases", "Sync conflict settled: the change "
                                                            "made again")
                     : QCoreApplication::translate("Cases", "Sync conflict settled: the change "
                                                            "discarded — %1")
                           .arg(c.reason);
    }
    void operator()(const CaseEvents::ClockPaused &p)
    {
        e.what = QCoreApplication::translate("Cases", "Time limit stopped on %1 (%2): %3")
                     .arg(day(p.on), displayName(p.kind), p.reason);
    }
    void operator()(const CaseEvents::ClockResumed &r)
    {
        e.what =
            QCoreApplication::translate("Cases", "Time limit runs again from %1").arg(day(r.on));
    }
    void operator()(const CaseEvents::Routed &r)
    {
        e.what = QCoreApplication::translate("Cases", "Sent to %1, due there by %2")
                     .arg(r.department, day(r.due));
    }
    void operator()(const CaseEvents::Decided &d)
    {
        e.what =
            d.approved
                ? QCoreApplication::translate("Cases", "Approved, certificate %1").arg(d.number)
                : QCoreApplication::translate("Cases", "Refused (decision %1): %2")
                      .arg(d.number, d.reason);
    }
    void operator()(const CaseEvents::HandedOut &h)
    {
        const HandOut &o = h.handOut;
        e.what = o.method == HandOutMethod::Window
                     ? QCoreApplication::translate("Cases", "Handed out at the window to %1 %2 "
                                                            "(%3)")
                           .arg(displayName(o.collector), o.collectorName, o.collectorIdMasked)
                     : QCoreApplication::translate("Cases", "Sent by %1, waybill %2")
                           .arg(o.carrier, o.tracking);
    }
    void operator()(const CaseEvents::Rated &r)
    {
        e.what = QCoreApplication::translate("Cases", "Visit %1 rated: %2")
                     .arg(r.trip)
                     .arg(displayName(r.level));
        if (!r.comment.isEmpty())
            e.what += QStringLiteral(" — ") + r.comment;
        if (r.followUpDue.isValid())
            e.what += u' ' + QCoreApplication::translate("Cases", "(follow-up due by %1)")
                                 .arg(day(r.followUpDue));
    }
    void operator()(const CaseEvents::ComplaintFollowedUp &f)
    {
        e.what = QCoreApplication::translate("Cases", "Rating of visit %1, %2: %3")
                     .arg(f.trip)
                     .arg(displayName(f.kind), f.text);
        if (f.kind == ComplaintFollowUpKind::RaterView)
            e.what += u' ' + (f.satisfied ? QCoreApplication::translate("Cases", "(satisfied: "
                                                                                 "closed)")
                                          : QCoreApplication::translate("Cases", "(not "
                                                                                 "satisfied)"));
    }
    void operator()(const CaseEvents::RatingAppealed &a)
    {
        e.what = (a.upheld ? QCoreApplication::translate("Cases", "Appeal against the rating of "
                                                                  "visit %1 upheld: %2")
                           : QCoreApplication::translate("Cases", "Appeal against the rating of "
                                                                  "visit %1 refused: %2"))
                     .arg(a.trip)
                     .arg(a.reason);
    }
    void operator()(const CaseEvents::ProxyTaken &p)
    {
        e.what = QCoreApplication::translate("Cases", "代办: carried by %1 for the applicant, "
                                                      "committed by %2")
                     .arg(p.agentName, day(p.commitDate));
    }
    void operator()(const CaseEvents::HandedOver &h)
    {
        int copies = 0;
        for (const HandedMaterial &m : h.materials)
            copies += m.copies;
        e.what = QCoreApplication::translate("Cases",
                                             "Materials handed from %1 to %2: %n "
                                             "copy(ies)",
                                             nullptr, copies)
                     .arg(h.from.name, h.to.name);
    }
    void operator()(const CaseEvents::ProxyStepped &s)
    {
        e.what = QCoreApplication::translate("Cases", "代办 at %1: %2").arg(s.department, s.text);
    }
    void operator()(const CaseEvents::ProxyReassigned &r)
    {
        e.what =
            QCoreApplication::translate("Cases", "代办 given to %1: %2").arg(r.agentName, r.reason);
    }
    void operator()(const CaseEvents::ProxyCompleted &c)
    {
        e.what = QCoreApplication::translate("Cases", "代办 ended: %1").arg(c.summary);
    }
    void operator()(const CaseEvents::IdRevealed &r)
    {
        e.what = (r.agent ? QCoreApplication::translate("Cases", "The agent's full ID number "
                                                                 "shown: %1")
                          : QCoreApplication::translate("Cases", "The applicant's full ID "
                                                                 "number shown: %1"))
                     .arg(r.reason);
    }
};

} // namespace

Result<TimelineEntry> CaseTimeline::entry(const CaseEvent &event)
{
    auto body = CaseEvents::decode(event);
    if (!body)
        return body.error();
    TimelineEntry e;
    e.eventId = event.id;
    e.at = event.at;
    e.actor = event.actor;
    e.terminalCode = event.terminalCode;
    std::visit(Describe{e}, body.value());
    return e;
}

Result<QList<TimelineEntry>> CaseTimeline::of(const QList<CaseEvent> &events)
{
    QList<TimelineEntry> out;
    out.reserve(events.size());
    for (const CaseEvent &event : events) {
        auto e = entry(event);
        if (!e)
            return e.error();
        out << e.value();
    }
    return out;
}

} // namespace onetrip
