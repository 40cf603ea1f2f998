#include "cases/CaseService.h"
#include "cases/CaseServicePrepared.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseDocuments.h"
#include "cases/CaseEventLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "cases/TerminalSequence.h"
#include "deadline/PromisedDeadline.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace onetrip {

namespace {

Error refused(const QString &message)
{
    return Error{message, {}};
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

// The completion due date of a case accepted on `acceptedOn`: the latest of its items.
void setDueDate(CaseRecord &r, const QList<ServiceGuide> &guides, QDate acceptedOn,
                const WorkdayCalendar &calendar)
{
    DueDate latest;
    QList<int> missing;
    for (const ServiceGuide &g : guides) {
        const PromisedDeadline d = PromisedDeadline::forGuide(g, acceptedOn, calendar);
        if (d.basis == PromisedDeadline::Basis::Unknown)
            continue;
        if (!latest.date.isValid() || d.due.date > latest.date)
            latest.date = d.due.date;
        for (int year : d.due.missingYears) {
            if (!missing.contains(year))
                missing << year;
        }
    }
    latest.missingYears = missing;
    r.dueDate = latest.date;
    r.dueDateWarning = latest.warning();
}

} // namespace

CaseService::CaseService(const Database &db, const Clock &clock, WorkdayCalendar calendar,
                         HallInfo hall, TerminalInfo terminal)
    : m_db(db)
    , m_clock(clock)
    , m_calendar(std::move(calendar))
    , m_hall(std::move(hall))
    , m_terminal(std::move(terminal))
    , m_cases(db)
    , m_applicants(db)
    , m_log(db, m_terminal)
    , m_sql(db)
{
}

Result<CaseRecord> CaseService::confirm(const IntakeConfirmation &confirmation)
{
    return record(confirmation, true);
}

Result<CaseRecord> CaseService::receive(const IntakeConfirmation &confirmation)
{
    return record(confirmation, false);
}

Result<CaseRecord> CaseService::record(const IntakeConfirmation &confirmation, bool decide)
{
    auto prepared = prepare(confirmation, decide);
    if (!prepared)
        return prepared.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto written = write(prepared.value());
    if (!written)
        return written;
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<QList<CaseRecord>> CaseService::confirmAll(const QList<IntakeConfirmation> &confirmations)
{
    QList<Prepared> prepared;
    for (const IntakeConfirmation &c : confirmations) {
        auto p = prepare(c, true);
        if (!p)
            return p.error();
        prepared << std::move(p.value());
    }
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<CaseRecord> out;
    for (const Prepared &p : prepared) {
        auto written = write(p);
        if (!written)
            return written.error();
        out << std::move(written.value());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<CaseRecord> CaseService::write(const Prepared &p)
{
    const IntakeConfirmation &c = p.conf;
    const QDate today = m_clock.today();
    const QDateTime now = m_clock.now();
    const CaseRepository &repo = m_cases;

    // Events are collected first: their count sets the record's version.
    struct Pending
    {
        const char *type;
        QJsonObject payload;
    };
    QList<Pending> events;

    CaseRecord r;
    QList<CaseDocument> previousDocuments;
    bool newVisit = false;
    if (p.existing) {
        // Read again under the write lock: the case may have changed since it was opened.
        auto locked = repo.find(p.existing->number);
        if (!locked)
            return locked.error();
        if (!locked.value() || locked.value()->version != p.existing->version)
            return refused(QCoreApplication::translate(
                               "Cases", "Case %1 was changed meanwhile (at another window?). "
                                        "Open it again and repeat the check.")
                               .arg(p.existing->number));
        r = *locked.value();
        previousDocuments = r.documents;
        r.issuedNow.clear();
        // Coming back with the corrected materials is a trip; a decision on materials already
        // received (from Received) is not.
        if (r.status == CaseStatus::CorrectionRequested) {
            ++r.trips;
            newVisit = true;
            events << Pending{
                CaseEventType::Visit,
                {{QStringLiteral("trip"), r.trips}, {QStringLiteral("clerk"), c.clerk.login}}};
        }
    } else {
        auto seq = TerminalSequence::next(m_sql, m_terminal, TerminalSequence::caseScope(today));
        if (!seq)
            return seq.error();
        r.number = CaseNumber::format(m_terminal.hallCode, today, m_terminal.terminalCode,
                                      int(seq.value()));
        r.hallCode = m_terminal.hallCode;
        r.terminalCode = m_terminal.terminalCode;
        r.bundleCode = c.bundleCode;
        r.bundleName = c.bundleName;
        for (const ServiceGuide &g : c.guides)
            r.items << CaseItem{g.code, g.version, g.name};
        r.receivedOn = today;
        // Art. 32: five working days from receipt to give a notice.
        r.noticeDue = m_calendar.addWorkingDays(today, 5).date;
        r.trips = 1;
        r.createdAt = now;
        newVisit = true;
    }
    const CaseStatus from = r.status;
    r.answers = c.answers;
    r.applicant = c.applicant;
    r.agent = c.agent;
    r.channel = c.channel;
    r.clerkLogin = c.clerk.login;
    r.clerkName = c.clerk.displayName;
    r.checks = c.checks;
    r.updatedAt = now;

    if (!p.existing) {
        QJsonObject received{{QStringLiteral("items"), CaseJson::toJson(r.items)},
                             {QStringLiteral("bundle"), r.bundleCode},
                             {QStringLiteral("bundleName"), r.bundleName},
                             {QStringLiteral("answers"), CaseJson::toJson(r.answers)},
                             {QStringLiteral("applicant"), CaseJson::toJson(r.applicant)},
                             {QStringLiteral("channel"), toKey(r.channel)},
                             {QStringLiteral("receivedOn"), CaseJson::toJson(r.receivedOn)},
                             {QStringLiteral("noticeDue"), CaseJson::toJson(r.noticeDue)}};
        if (r.agent)
            received.insert(QStringLiteral("agent"), CaseJson::toJson(*r.agent));
        events.prepend(Pending{CaseEventType::Received, received});
    }
    QStringList deficient;
    for (const Deficiency &d : p.verdict.deficiencies)
        deficient << d.rowKey;
    events << Pending{CaseEventType::Checked,
                      {{QStringLiteral("checks"), CaseJson::toJson(r.checks)},
                       {QStringLiteral("answers"), CaseJson::toJson(r.answers)},
                       {QStringLiteral("deficiencies"), strings(deficient)},
                       {QStringLiteral("pending"), strings(p.verdict.pendingRows)},
                       {QStringLiteral("recommended"), toKey(p.verdict.recommended)}}};
    if (p.approver) {
        ++r.secondNotices;
        events << Pending{CaseEventType::SecondNoticeApproved,
                          {{QStringLiteral("supervisor"), p.approver->login},
                           {QStringLiteral("reason"), c.secondNoticeApproval->reason.trimmed()},
                           {QStringLiteral("rows"), strings(p.outsideNotice)}}};
    }

    if (p.decide) {
        r.status = p.target;
        const bool decision = p.target != CaseStatus::Declined;
        switch (c.outcome) {
        case Outcome::Accept:
        case Outcome::AcceptWithDeferral: {
            // Art. 32: no notice within the window means accepted from the day of receipt.
            const bool deemed = !r.firstDecidedOn.isValid() && today > r.noticeDue;
            r.acceptedOn = deemed ? r.receivedOn : today;
            setDueDate(r, c.guides, r.acceptedOn, m_calendar);
            if (c.outcome == Outcome::AcceptWithDeferral) {
                const DueDate supplement = m_calendar.addWorkingDays(today, c.supplementDays);
                r.supplementDue = supplement.date;
                r.supplementDays = c.supplementDays;
                r.commitmentSigned = c.commitmentSigned;
                if (supplement.hasWarning() && r.dueDateWarning.isEmpty())
                    r.dueDateWarning = supplement.warning();
            }
            r.noticeRows.clear();
            break;
        }
        case Outcome::CorrectionNeeded:
            r.noticeRows = deficient;
            ++r.notices;
            break;
        case Outcome::Decline:
            r.declineReason = c.decline.reason.trimmed();
            r.declineRedirect = c.decline.redirect.trimmed();
            break;
        }
        if (decision && !r.firstDecidedOn.isValid())
            r.firstDecidedOn = today;
        events << Pending{CaseEventType::StatusChanged,
                          {{QStringLiteral("from"), p.existing ? toKey(from) : QString()},
                           {QStringLiteral("to"), toKey(r.status)},
                           {QStringLiteral("acceptedOn"), CaseJson::toJson(r.acceptedOn)},
                           {QStringLiteral("dueDate"), CaseJson::toJson(r.dueDate)},
                           {QStringLiteral("supplementDue"), CaseJson::toJson(r.supplementDue)},
                           {QStringLiteral("supplementDays"), r.supplementDays},
                           {QStringLiteral("commitmentSigned"), r.commitmentSigned},
                           {QStringLiteral("noticeRows"), strings(r.noticeRows)},
                           {QStringLiteral("declineReason"), r.declineReason},
                           {QStringLiteral("declineRedirect"), r.declineRedirect}}};
    }

    // Documents: numbered in this transaction, data fixed now for every later reprint.
    const CaseDocuments::Context context{
        r,    c.guides, p.rows, p.verdict, m_hall, m_terminal.terminalCode, c.clerk.displayName,
        today};
    for (DocumentKind kind : CaseDocuments::kindsFor(r.status, r.checks)) {
        auto count = repo.documentCount(r.number, kind);
        if (!count)
            return count.error();
        CaseDocument doc;
        doc.kind = kind;
        doc.number =
            CaseNumber::documentNumber(r.number, kind, count.value() + 1, m_terminal.terminalCode);
        doc.issuedAt = now;
        doc.data = CaseDocuments::build(kind, context);
        doc.data.documentNumber = doc.number;
        r.issuedNow << doc;
        events << Pending{CaseEventType::DocumentIssued,
                          {{QStringLiteral("number"), doc.number},
                           {QStringLiteral("kind"), CaseJson::kindKey(kind)},
                           {QStringLiteral("data"), CaseJson::toJson(doc.data)}}};
    }

    const int baseVersion = r.version;
    r.version += int(events.size());
    if (Status s = m_applicants.upsert(r.applicant, m_clock); !s)
        return s.error();
    QHash<QString, QString> names;
    for (const ChecklistRow &row : p.rows)
        names.insert(row.key, row.material.name);
    if (Status s = repo.save(r, names); !s)
        return s.error();
    if (newVisit) {
        if (Status s = repo.addVisit(r.number, r.trips, now, c.clerk.login, toKey(r.status)); !s)
            return s.error();
    }
    for (const CaseDocument &doc : r.issuedNow) {
        if (Status s = repo.addDocument(r.number, doc); !s)
            return s.error();
    }
    QList<CaseEventLog::Draft> drafts;
    for (const Pending &e : events)
        drafts << CaseEventLog::Draft{QString::fromLatin1(e.type), e.payload};
    if (auto logged = m_log.append(r.number, drafts, baseVersion, c.clerk.login, now); !logged)
        return logged.error();
    r.documents = previousDocuments + r.issuedNow;
    return r;
}

} // namespace onetrip
