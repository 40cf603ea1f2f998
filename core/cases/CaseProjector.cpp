#include "cases/CaseProjector.h"

#include "cases/CaseClockRules.h"
#include "cases/CaseDecisionRules.h"
#include "cases/CaseStatus.h"
#include "proxy/ProxyRules.h"
#include "rating/RatingRules.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

Status refused(const CaseEvent &e, const QString &why)
{
    return Status::failure(
        QCoreApplication::translate("Cases", "The case change %1 cannot be applied: %2")
            .arg(CaseEvents::describe(e), why),
        e.id);
}

void applyDecision(CaseRecord &r, const CaseEvents::StatusChanged &s, QDate on)
{
    r.acceptedOn = s.acceptedOn;
    r.dueDate = s.dueDate;
    r.limitDays = s.limitDays;
    r.dueDateWarning = s.dueWarning;
    r.supplementDue = s.supplementDue;
    r.supplementDays = s.supplementDays;
    r.commitmentSigned = s.commitmentSigned;
    r.noticeRows = s.noticeRows;
    r.declineReason = s.declineReason;
    r.declineRedirect = s.declineRedirect;
    // Art. 32: the first notice or acceptance ends the five-day window; a decline does not.
    if (s.to != CaseStatus::Declined && !r.firstDecidedOn.isValid())
        r.firstDecidedOn = on;
}

// The rating of visit `trip`, which RatingRules::mayFollowUp found.
VisitRating &ratingOf(CaseRecord &r, int trip)
{
    return *std::find_if(r.ratings.begin(), r.ratings.end(),
                         [trip](const VisitRating &v) { return v.trip == trip; });
}

// The 代办 events (ProxyRules says what follows); other events pass.
Status foldProxy(CaseRecord &r, const CaseEvent &e, const CaseEvents::Body &body)
{
    using namespace CaseEvents;
    if (const auto *taken = std::get_if<ProxyTaken>(&body)) {
        ProxyCase p;
        p.agentLogin = taken->agent;
        p.agentName = taken->agentName;
        p.scope = taken->scope;
        p.applicantPhone = taken->phone;
        p.commitDate = taken->commitDate;
        p.takenOn = e.at.date();
        p.applicantName = r.applicant.name;
        if (Status may = ProxyRules::mayTake(r, p, p.takenOn); !may)
            return refused(e, may.message());
        r.proxy = p;
    } else if (const auto *over = std::get_if<HandedOver>(&body)) {
        const Handover h{e.at, e.actor, over->from, over->to, over->materials, over->note, false};
        if (Status may = ProxyRules::mayHandOver(r, h); !may)
            return refused(e, may.message());
        r.proxy->handovers << h;
    } else if (const auto *step = std::get_if<ProxyStepped>(&body)) {
        const ProxyStep s{e.at, e.actor, step->department, step->text};
        if (Status may = ProxyRules::mayStep(r, s); !may)
            return refused(e, may.message());
        r.proxy->steps << s;
    } else if (const auto *moved = std::get_if<ProxyReassigned>(&body)) {
        if (Status may = ProxyRules::mayReassign(r, moved->agent, moved->reason); !may)
            return refused(e, may.message());
        ProxyCase &p = *r.proxy;
        const Party to = Party::agent(moved->agent, moved->agentName);
        if (auto link = ProxyRules::reassignmentLink(p, to, moved->reason)) {
            link->at = e.at;
            link->by = e.actor;
            p.handovers << *link;
        }
        p.reassignments << ProxyReassignment{e.at, e.actor, p.agent(), to, moved->reason};
        p.agentLogin = moved->agent;
        p.agentName = moved->agentName;
    } else if (const auto *done = std::get_if<ProxyCompleted>(&body)) {
        if (Status may = ProxyRules::mayComplete(r, done->summary); !may)
            return refused(e, may.message());
        r.proxy->completedOn = e.at.date();
        r.proxy->summary = done->summary;
    }
    return {};
}

} // namespace

CaseProjector::CaseProjector(const Database &db)
    : m_cases(db)
    , m_applicants(db)
{
}

Status CaseProjector::fold(CaseRecord &r, const CaseEvent &e)
{
    auto body = CaseEvents::decode(e);
    if (!body)
        return body.error();
    return fold(r, e, body.value());
}

Status CaseProjector::fold(CaseRecord &r, const CaseEvent &e, const CaseEvents::Body &body)
{
    using namespace CaseEvents;
    const bool creates = std::holds_alternative<Received>(body);
    if (creates != (r.version == 0))
        return refused(e, creates
                              ? QCoreApplication::translate("Cases", "the case exists already.")
                              : QCoreApplication::translate("Cases", "the case does not exist."));
    if (!creates && e.caseNumber != r.number)
        return refused(e, QCoreApplication::translate("Cases", "it belongs to another case."));
    if (e.baseVersion != r.version)
        return refused(e, QCoreApplication::translate("Cases", "it follows version %1 of the "
                                                               "case, which is at version %2.")
                              .arg(e.baseVersion)
                              .arg(r.version));

    if (const auto *c = std::get_if<Received>(&body)) {
        r = CaseRecord{};
        r.number = e.caseNumber;
        r.hallCode = e.hallCode;
        r.terminalCode = e.terminalCode;
        r.status = CaseStatus::Received;
        r.bundleCode = c->bundleCode;
        r.bundleName = c->bundleName;
        r.items = c->items;
        r.answers = c->answers;
        r.applicant = c->applicant;
        r.agent = c->agent;
        r.channel = c->channel;
        r.clerkLogin = e.actor;
        r.clerkName = c->clerkName.isEmpty() ? e.actor : c->clerkName;
        r.receivedOn = c->receivedOn;
        r.noticeDue = c->noticeDue;
        r.trips = 1;
        r.createdAt = e.at;
    } else if (const auto *v = std::get_if<Visit>(&body)) {
        if (v->trip != r.trips + 1)
            return refused(e, QCoreApplication::translate("Cases", "visit %1 follows visit %2.")
                                  .arg(v->trip)
                                  .arg(r.trips));
        r.trips = v->trip;
    } else if (const auto *k = std::get_if<Checked>(&body)) {
        r.checks = k->checks;
        if (k->intake) {
            r.answers = k->answers;
            r.clerkLogin = e.actor;
        }
        if (k->hasParties) {
            r.applicant = k->applicant;
            r.agent = k->agent;
            r.channel = k->channel;
            r.clerkName = k->clerkName;
            r.materialNames = k->materialNames;
        }
    } else if (std::holds_alternative<SecondNoticeApproved>(body)) {
        ++r.secondNotices;
    } else if (const auto *s = std::get_if<StatusChanged>(&body)) {
        if (s->from && *s->from != r.status)
            return refused(e, QCoreApplication::translate("Cases", "it changes a case that is "
                                                                   "\"%1\", but the case is "
                                                                   "\"%2\".")
                                  .arg(displayName(*s->from), displayName(r.status)));
        if (Status allowed = CaseTransitions::check(r.status, s->to); !allowed)
            return refused(e, allowed.message());
        r.status = s->to;
        if (s->decision)
            applyDecision(r, *s, e.at.date());
        if (s->to == CaseStatus::CorrectionRequested)
            ++r.notices;
    } else if (const auto *d = std::get_if<DocumentIssued>(&body)) {
        CaseDocument doc{d->number, d->kind, e.at, d->data};
        r.documents << doc;
        r.issuedNow << doc;
    } else if (const auto *f = std::get_if<ApplicantFlagged>(&body)) {
        if (f->applicant != r.applicant.idNumber)
            return refused(e, QCoreApplication::translate("Cases", "it flags another applicant."));
    } else if (const auto *p = std::get_if<ClockPaused>(&body)) {
        if (Status may = CaseClockRules::mayPause(r, p->on, p->reason); !may)
            return refused(e, may.message());
        r.pauses << ClockPause{p->kind, p->reason, p->on, QDate()};
    } else if (const auto *q = std::get_if<ClockResumed>(&body)) {
        if (Status may = CaseClockRules::mayResume(r, q->on); !may)
            return refused(e, may.message());
        r.pauses.last().until = q->on;
    } else if (const auto *routed = std::get_if<Routed>(&body)) {
        if (Status may =
                CaseDecisionRules::mayRoute(r, routed->department, routed->due, routed->on);
            !may)
            return refused(e, may.message());
        r.department = routed->department;
        r.routedOn = routed->on;
        r.departmentDue = routed->due;
    } else if (const auto *decided = std::get_if<Decided>(&body)) {
        if (Status may = CaseDecisionRules::mayDecide(r, decided->approved, decided->number,
                                                      decided->on, decided->reason);
            !may)
            return refused(e, may.message());
        const CaseStatus to = decided->approved ? CaseStatus::Approved : CaseStatus::Refused;
        if (Status allowed = CaseTransitions::check(r.status, to); !allowed)
            return refused(e, allowed.message());
        r.status = to;
        r.decidedOn = decided->on;
        r.decisionNumber = decided->number;
        r.refusalReason = decided->reason;
    } else if (const auto *out = std::get_if<HandedOut>(&body)) {
        if (Status may = CaseDecisionRules::mayHandOut(r, out->handOut, out->on); !may)
            return refused(e, may.message());
        if (Status allowed = CaseTransitions::check(r.status, CaseStatus::HandedOut); !allowed)
            return refused(e, allowed.message());
        r.status = CaseStatus::HandedOut;
        r.handedOutOn = out->on;
        r.handOut = out->handOut;
    } else if (const auto *rated = std::get_if<Rated>(&body)) {
        if (Status may =
                RatingRules::mayRate(r, rated->trip, rated->sub, rated->comment, e.at.date());
            !may)
            return refused(e, may.message());
        // A 差评's follow-up runs from the rating, its due day counted then.
        if (isBad(rated->level) != rated->followUpDue.isValid())
            return refused(e, QCoreApplication::translate("Cases", "a 差评 and only a 差评 has a "
                                                                   "follow-up due day."));
        r.ratings << VisitRating{rated->trip,         rated->level,       rated->sub,
                                 rated->comment,      rated->clerk,       e.at,
                                 rated->followUpDays, rated->followUpDue, {}};
    } else if (const auto *step = std::get_if<ComplaintFollowedUp>(&body)) {
        const ComplaintFollowUpStep next{step->kind, step->on, e.actor, step->text,
                                         step->satisfied};
        if (Status may = RatingRules::mayFollowUp(r, step->trip, next); !may)
            return refused(e, may.message());
        ratingOf(r, step->trip).steps << next;
    } else if (const auto *appeal = std::get_if<RatingAppealed>(&body)) {
        const ComplaintFollowUpStep next{ComplaintFollowUpKind::Appeal, appeal->on, e.actor,
                                         appeal->reason, appeal->upheld};
        if (Status may = RatingRules::mayFollowUp(r, appeal->trip, next); !may)
            return refused(e, may.message());
        ratingOf(r, appeal->trip).steps << next;
    } else if (const auto *shown = std::get_if<IdRevealed>(&body)) {
        if (shown->agent && !r.agent)
            return refused(e, QCoreApplication::translate("Cases", "the case has no agent."));
    } else if (Status proxied = foldProxy(r, e, body); !proxied) {
        return proxied;
    }
    ++r.version;
    r.updatedAt = e.at;
    return {};
}

Result<CaseRecord> CaseProjector::apply(std::optional<CaseRecord> current,
                                        const QList<CaseEvent> &events)
{
    using namespace CaseEvents;
    CaseRecord r = current.value_or(CaseRecord{});
    r.issuedNow.clear();
    struct PendingVisit
    {
        int trip;
        QDateTime at;
        QString clerk;
        QString outcome;
    };
    QList<PendingVisit> visits;
    QList<std::pair<Applicant, QDateTime>> applicants;
    QStringList flagged;
    // A visit's outcome is where the case stands after the command that recorded it. v2
    // events say so; for v1 the events one command wrote share their time.
    auto settleVisits = [&visits, &r](const QDateTime &before) {
        for (PendingVisit &v : visits) {
            if (v.outcome.isEmpty() && v.at != before)
                v.outcome = toKey(r.status);
        }
    };

    for (const CaseEvent &e : events) {
        auto body = decode(e);
        if (!body)
            return body.error();
        settleVisits(e.at);
        if (Status s = fold(r, e, body.value()); !s)
            return s.error();
        if (const auto *c = std::get_if<Received>(&body.value())) {
            visits << PendingVisit{1, e.at, e.actor,
                                   c->visitOutcome ? toKey(*c->visitOutcome) : QString()};
            applicants << std::pair{r.applicant, e.at};
        } else if (const auto *v = std::get_if<Visit>(&body.value())) {
            visits << PendingVisit{v->trip, e.at, v->clerk,
                                   v->outcome ? toKey(*v->outcome) : QString()};
        } else if (const auto *k = std::get_if<Checked>(&body.value()); k && k->hasParties) {
            applicants << std::pair{r.applicant, e.at};
        } else if (const auto *f = std::get_if<ApplicantFlagged>(&body.value());
                   f && f->falseCommitment) {
            flagged << f->applicant;
        }
    }
    settleVisits({});

    // The applicant first: the case row refers to it.
    for (const auto &[applicant, at] : applicants) {
        if (Status s = m_applicants.upsert(applicant, at); !s)
            return s.error();
    }
    // The stored checks are `current`'s: rewritten only when the events changed them.
    const bool checksUnchanged = current && current->checks == r.checks &&
                                 current->materialNames == r.materialNames &&
                                 current->noticeRows == r.noticeRows;
    if (Status s = m_cases.save(r, checksUnchanged); !s)
        return s.error();
    for (const PendingVisit &v : visits) {
        if (Status s = m_cases.addVisit(r.number, v.trip, v.at, v.clerk, v.outcome); !s)
            return s.error();
    }
    for (const CaseDocument &doc : r.issuedNow) {
        if (Status s = m_cases.addDocument(r.number, doc); !s)
            return s.error();
    }
    for (const QString &id : flagged) {
        if (Status s = m_applicants.setFalseCommitment(id, true); !s)
            return s.error();
    }
    return r;
}

} // namespace onetrip
