#include "demo/CaseGenerator.h"

#include "calendar/CalendarRepository.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseService.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "common/EnumKeys.h"
#include "intake/VerdictEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <random>

namespace onetrip {

namespace {

using Kind = CaseGenerator::Kind;

const std::pair<Kind, const char *> kKindKeys[] = {
    {Kind::Accepted, "accepted"},       {Kind::CommitmentInLieu, "commitment-in-lieu"},
    {Kind::Deferred, "deferred"},       {Kind::SupplementCompleted, "supplement-completed"},
    {Kind::Terminated, "terminated"},   {Kind::CorrectionOpen, "correction-open"},
    {Kind::Resubmitted, "resubmitted"}, {Kind::SecondNotice, "second-notice"},
    {Kind::Declined, "declined"},       {Kind::ReceivedOnly, "received-only"},
    {Kind::Withdrawn, "withdrawn"},
};

// How often each kind occurs, per 10,000 cases (a hall's mix: most cases accepted at the
// first visit; second notices rare, they are quality failures).
const std::pair<Kind, int> kWeights[] = {
    {Kind::Accepted, 6600},           {Kind::CommitmentInLieu, 300}, {Kind::Deferred, 300},
    {Kind::SupplementCompleted, 500}, {Kind::Terminated, 100},       {Kind::CorrectionOpen, 500},
    {Kind::Resubmitted, 900},         {Kind::SecondNotice, 5},       {Kind::Declined, 300},
    {Kind::ReceivedOnly, 395},        {Kind::Withdrawn, 100},
};

// The materials the kinds play with (JN-SG08 has deferrable secondary materials; JN-SG19 a
// certificate that a commitment may replace).
const char kDeferrableItem[] = "JN-SG08";
const char kDeferredRow[] = "JN-SG08/m06";
const char kNoticeRow[] = "JN-SG08/m01";
const char kOutsideRow[] = "JN-SG08/m03";
const char kCommitmentItem[] = "JN-SG19";
const char kCommitmentRow[] = "JN-SG19/m03";

// What a follow-up does: the kind's own next step (its outcome), or a step of the life
// after acceptance.
enum class Step
{
    Outcome,
    Route,
    Decide,
    HandOut,
    ReturnVisit,
    Rectify,
    RaterView,
};

// What the life after acceptance needs of a case, carried from step to step (each step's
// command returns the case as it left it): no step reads the case again.
struct Facts
{
    QString department;  // the catalog's for the case's first item
    QDate processingDue; // the time limit's due day, if one runs (no pauses are generated)
    ApplicantKind applicantKind = ApplicantKind::Person;
    QString applicantId;
    QString applicantName;
    QString routedTo;           // the department the case was sent to
    std::optional<Party> agent; // the 代办's agent while it runs
    QList<HandedMaterial> held; // what the agent was handed last
    int trip = 0;               // the trip rated at the hand-out
};

struct FollowUp
{
    QString number;
    Kind kind;
    int terminal;
    Step step = Step::Outcome;
    Facts facts = {};
};

class Run
{
public:
    Run(const Database &db, const HallInfo &hall, const User &clerk,
        const CaseGenerator::Options &o)
        : m_db(db)
        , m_hall(hall)
        , m_clerk(clerk)
        , m_o(o)
        , m_rng(o.seed)
        , m_clock(QDateTime(o.from, QTime(8, 30)))
    {
    }

    Result<CaseGenerator::Report> go();

private:
    Status loadGuides();
    Kind pick(qint64 index);
    IntakeConfirmation intake(Kind kind, qint64 index);
    Status followUp(const FollowUp &f, int day);
    // The case accepted on `day`: its life scheduled (and a 代办 taken at once, now and then).
    Status accepted(const CaseRecord &r, int terminal, int day);
    Status lifeStep(const FollowUp &f, int day);
    void schedule(int day, const FollowUp &f);
    int roll(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_rng); }
    CaseService &service(int terminal) { return *m_services.at(terminal); }
    void tick() { m_clock.setNow(m_clock.now().addMSecs(1500)); }

    const Database &m_db;
    HallInfo m_hall;
    User m_clerk;
    CaseGenerator::Options m_o;
    std::mt19937 m_rng;
    ManualClock m_clock;
    std::vector<std::unique_ptr<CaseService>> m_services;
    QHash<QString, ServiceGuide> m_guides;
    QStringList m_acceptable; // items a complete intake is accepted for
    CaseGenerator::Report m_report;
    QHash<QString, QString> m_departments;  // item code -> its department
    QMap<int, QList<FollowUp>> m_followUps; // day index -> what happens then
    int m_lastDay = 0;
    WorkdayCalendar m_calendar;
    int m_applicantBase = 0; // applicants already in the store: this run's come after them
};

Status Run::loadGuides()
{
    CatalogRepository catalog(m_db);
    auto items = catalog.items();
    if (!items)
        return items.error();
    for (const ServiceItem &item : items.value()) {
        // The Jinan guides: published material lists with situations (the Guang'an items
        // carry names only).
        if (!item.code.startsWith(QLatin1String("JN-SG")))
            continue;
        auto guide = catalog.guide(item.code);
        if (!guide)
            return guide.error();
        m_guides.insert(item.code, guide.value());
        m_departments.insert(item.code, item.department);
        const IntakeConfirmation c = IntakeSample::acceptance({guide.value()}, {}, m_clerk);
        if (guide->hasGuideText() && c.verdict.allows(Outcome::Accept))
            m_acceptable << item.code;
    }
    m_acceptable.sort(); // the order of the store must not change what a seed makes
    for (const char *code : {kDeferrableItem, kCommitmentItem}) {
        if (!m_acceptable.contains(QLatin1String(code)))
            return Status::failure(
                QCoreApplication::translate("CaseGenerator", "The catalog has no usable guide %1: "
                                                             "load the shipped catalog first.")
                    .arg(QLatin1String(code)));
    }
    return {};
}

Kind Run::pick(qint64 index)
{
    const QList<Kind> all = CaseGenerator::allKinds();
    if (index < all.size()) // every kind at least once, however few cases
        return all.at(int(index));
    int roll = std::uniform_int_distribution<int>(0, 9999)(m_rng);
    for (const auto &[kind, weight] : kWeights) {
        if (roll < weight)
            return kind;
        roll -= weight;
    }
    return Kind::Accepted;
}

IntakeConfirmation Run::intake(Kind kind, qint64 index)
{
    const bool deferral =
        kind == Kind::Deferred || kind == Kind::SupplementCompleted || kind == Kind::Terminated;
    const bool notice =
        kind == Kind::CorrectionOpen || kind == Kind::Resubmitted || kind == Kind::SecondNotice;
    QString code;
    if (deferral || notice)
        code = QLatin1String(kDeferrableItem);
    else if (kind == Kind::CommitmentInLieu)
        code = QLatin1String(kCommitmentItem);
    else
        code = m_acceptable.at(
            std::uniform_int_distribution<int>(0, int(m_acceptable.size()) - 1)(m_rng));
    // Every seventh applicant a company; every applicant new, also when a store is filled
    // again (a returning applicant flagged for a broken 容缺 commitment would be refused
    // deferral).
    const int n = m_applicantBase + int(index);
    const Applicant applicant =
        index % 7 == 3 ? IntakeSample::organisation(n) : IntakeSample::person(n);
    IntakeConfirmation c = IntakeSample::acceptance({m_guides.value(code)}, applicant, m_clerk);
    c.channel = index % 11 == 5 ? Channel::Online : Channel::Window;
    if (deferral) {
        c.checks =
            IntakeSample::with(c.checks, QLatin1String(kDeferredRow), MaterialState::Deferred);
        c.commitmentSigned = true;
        c.supplementDays = 3;
        c.outcome = Outcome::AcceptWithDeferral;
    } else if (notice) {
        c.checks = IntakeSample::with(c.checks, QLatin1String(kNoticeRow), MaterialState::Missing);
        c.outcome = Outcome::CorrectionNeeded;
    } else if (kind == Kind::CommitmentInLieu) {
        c.checks = IntakeSample::with(c.checks, QLatin1String(kCommitmentRow),
                                      MaterialState::ReplacedByCommitment);
    } else if (kind == Kind::Declined) {
        c.outcome = Outcome::Decline;
        c.decline.reason = QStringLiteral("申请事项不属于本中心受理范围");
        c.decline.redirect = QStringLiteral("请向市行政审批服务局窗口申请");
    }
    IntakeRequest request{c.guides, c.answers,          c.checks,
                          false,    c.commitmentSigned, c.supplementDays};
    c.verdict = VerdictEngine::evaluate(request);
    return c;
}

Status Run::followUp(const FollowUp &f, int day)
{
    tick();
    if (f.step != Step::Outcome)
        return lifeStep(f, day);
    CaseService &s = service(f.terminal);
    Result<CaseRecord> done = Error{};
    switch (f.kind) {
    case Kind::SupplementCompleted:
        done = s.completeSupplement(f.number, m_clerk);
        break;
    case Kind::Terminated:
        done = s.terminate(f.number, m_clerk, QStringLiteral("承诺期限内未补齐材料"));
        break;
    case Kind::Withdrawn:
        done = s.withdraw(f.number, m_clerk, QStringLiteral("申请人主动撤回申请"));
        break;
    case Kind::Resubmitted:
    case Kind::SecondNotice: {
        auto record = s.queries().open(f.number);
        if (!record)
            return record.error();
        auto guides = s.queries().guides(record.value());
        if (!guides)
            return guides.error();
        IntakeConfirmation c;
        c.caseNumber = record->number;
        c.guides = guides.value();
        c.answers = record->answers;
        c.applicant = record->applicant;
        c.channel = record->channel;
        c.clerk = m_clerk;
        c.checks = IntakeSample::with(record->checksForResubmission(), QLatin1String(kNoticeRow),
                                      MaterialState::Provided);
        c.outcome = Outcome::Accept;
        if (f.kind == Kind::SecondNotice) {
            c.checks =
                IntakeSample::with(c.checks, QLatin1String(kOutsideRow), MaterialState::Defective);
            c.outcome = Outcome::CorrectionNeeded;
            c.secondNoticeApproval = m_o.supervisor;
            c.secondNoticeApproval->reason = QStringLiteral("复核发现营业执照复印件印章不清晰");
        }
        done = s.confirm(c);
        break;
    }
    default:
        return {};
    }
    if (!done)
        return done.error();
    // Accepted now: its life after acceptance begins.
    if (f.kind == Kind::SupplementCompleted || f.kind == Kind::Resubmitted)
        return accepted(done.value(), f.terminal, day);
    return {};
}

void Run::schedule(int day, const FollowUp &f)
{
    // What falls after the period stays undone: the store ends on a working day like any.
    if (day <= m_lastDay)
        m_followUps[day].append(f);
}

Status Run::accepted(const CaseRecord &r, int terminal, int day)
{
    if (!m_o.life)
        return {};
    const QString &number = r.number;
    Facts facts;
    facts.department =
        m_departments.value(r.items.isEmpty() ? QString() : r.items.constFirst().code);
    if (const auto limit = CaseDeadlines::processing(r, r.acceptedOn, m_calendar, {}))
        facts.processingDue = limit->due;
    facts.applicantKind = r.applicant.kind;
    facts.applicantId = r.applicant.idNumber;
    facts.applicantName = r.applicant.name;
    // One case in thirty carried by the hall's agent: taken at the window, the materials
    // handed from the applicant to the agent there and then.
    if (m_o.agent.login.isEmpty() || roll(0, 29) != 0) {
        schedule(day + 1, {number, Kind::Accepted, terminal, Step::Route, facts});
        return {};
    }
    CaseService &s = service(terminal);
    auto taken =
        s.takeAsProxy(number, m_clerk, m_o.agent.login, ProxyScope{true, true, true},
                      QStringLiteral("1380000%1").arg(roll(0, 9999), 4, 10, QLatin1Char('0')),
                      m_calendar.addWorkingDays(m_clock.now().date(), 10).date);
    if (!taken)
        return taken.error();
    QList<HandedMaterial> materials;
    for (const MaterialCheck &c : taken->checks) {
        if (c.state == MaterialState::Provided)
            materials << HandedMaterial{taken->materialNames.value(c.rowKey, c.rowKey),
                                        std::max(1, c.copiesReceived)};
    }
    if (materials.isEmpty())
        materials << HandedMaterial{QStringLiteral("申请材料"), 1};
    auto handed = s.handOver(number, m_o.agent, Party::applicant(taken->applicant.name),
                             taken->proxy->agent(), materials);
    if (!handed)
        return handed.error();
    ++m_report.life[QStringLiteral("proxy")];
    facts.agent = taken->proxy->agent();
    facts.held = materials;
    schedule(day + 1, {number, Kind::Accepted, terminal, Step::Route, facts});
    return {};
}

Status Run::lifeStep(const FollowUp &f, int day)
{
    CaseService &s = service(f.terminal);
    Facts facts = f.facts;
    const QDate today = m_clock.now().date();
    const bool proxy = facts.agent.has_value();
    const Party agent = proxy ? *facts.agent : Party{};
    const auto next = [&](int onDay, Step step) {
        schedule(onDay, {f.number, f.kind, f.terminal, step, facts});
    };
    const auto relay = [&](const Party &from, const Party &to,
                           const QList<HandedMaterial> &materials) -> Status {
        auto handed = s.handOver(f.number, m_o.agent, from, to, materials);
        return handed ? Status() : Status(handed.error());
    };
    const QList<HandedMaterial> licence{{QStringLiteral("许可证（正本、副本）"), 2}};
    switch (f.step) {
    case Step::Outcome:
        break;
    case Step::Route: {
        const QString &department = facts.department;
        // The department's due day is the case's own (a case late already: today); decided
        // within it, but for one in fifty that runs late.
        const QDate limitDue = facts.processingDue;
        const QDate due = limitDue.isValid() ? std::max(limitDue, today)
                                             : m_calendar.addWorkingDays(today, 10).date;
        const int left =
            limitDue.isValid() ? m_calendar.workingDaysBetween(today, limitDue).count : 10;
        const int decideIn = roll(0, 49) == 0 ? left + roll(1, 3) : roll(left / 2, left);
        auto routed =
            s.route(f.number, m_clerk, department.isEmpty() ? m_hall.name : department, due);
        if (!routed)
            return routed.error();
        ++m_report.life[QStringLiteral("routed")];
        facts.routedTo = routed->department;
        if (proxy) {
            const Party window = Party::department(routed->department);
            if (Status st = relay(agent, window, facts.held); !st)
                return st;
            auto step = s.recordProxyStep(f.number, m_o.agent, routed->department,
                                          QStringLiteral("材料已递交部门窗口"));
            if (!step)
                return step.error();
        }
        next(day + decideIn, Step::Decide);
        return {};
    }
    case Step::Decide: {
        const bool approved = roll(0, 99) >= 3;
        auto decided = s.decide(f.number, m_clerk, approved,
                                QStringLiteral("鲁JN%1%2")
                                    .arg(today.year())
                                    .arg(roll(0, 999999), 6, 10, QLatin1Char('0')),
                                approved ? QString() : QStringLiteral("现场核查不符合许可条件"));
        if (!decided)
            return decided.error();
        ++m_report.life[approved ? QStringLiteral("approved") : QStringLiteral("refused")];
        if (proxy) {
            if (Status st = relay(Party::department(facts.routedTo), agent, licence); !st)
                return st;
        }
        next(day + roll(1, 3), Step::HandOut);
        return {};
    }
    case Step::HandOut: {
        // A person collects at the window (their ID checked); a company's result is posted.
        const bool window = facts.applicantKind == ApplicantKind::Person && roll(0, 99) < 85;
        auto out =
            window
                ? s.handOutAtWindow(f.number, m_clerk, CollectorKind::Applicant, facts.applicantId)
                : s.sendByExpress(
                      f.number, m_clerk, QStringLiteral("济南市历下区泉城路2号"),
                      QStringLiteral("EMS"),
                      QStringLiteral("EA%1CN").arg(roll(0, 999999999), 9, 10, QLatin1Char('0')));
        if (!out)
            return out.error();
        ++m_report.life[QStringLiteral("handed-out")];
        if (proxy) {
            if (Status st = relay(agent, Party::applicant(facts.applicantName), licence); !st)
                return st;
            auto ended = s.completeProxy(f.number, m_o.agent, QStringLiteral("许可证已交申请人"));
            if (!ended)
                return ended.error();
        }
        // Most applicants rate the visit they collected at; now and then a 差评.
        if (!window || roll(0, 99) >= 60)
            return {};
        const int r100 = roll(0, 99);
        const RatingLevel level = r100 < 70   ? RatingLevel::VerySatisfied
                                  : r100 < 90 ? RatingLevel::Satisfied
                                  : r100 < 97 ? RatingLevel::Basic
                                  : r100 < 99 ? RatingLevel::Dissatisfied
                                              : RatingLevel::VeryDissatisfied;
        const bool complaint = r100 >= 97;
        facts.trip = out->trips;
        auto rated = s.rate(f.number, m_clerk, out->trips, level, {},
                            complaint ? QStringLiteral("排队时间太长") : QString());
        if (!rated)
            return rated.error();
        ++m_report.life[QStringLiteral("rated")];
        if (complaint) {
            ++m_report.life[QStringLiteral("complaints")];
            // Four in five followed up in time; the rest stay open on the 差评 list.
            if (!m_o.supervisorUser.login.isEmpty() && roll(0, 4) != 0)
                next(day + 1, Step::ReturnVisit);
        }
        return {};
    }
    case Step::ReturnVisit:
    case Step::Rectify:
    case Step::RaterView: {
        const int trip = facts.trip;
        const bool byClerk = f.step == Step::Rectify;
        const ComplaintFollowUpKind kind = f.step == Step::ReturnVisit
                                               ? ComplaintFollowUpKind::ReturnVisit
                                           : byClerk ? ComplaintFollowUpKind::Rectification
                                                     : ComplaintFollowUpKind::RaterView;
        auto done = s.followUpComplaint(
            f.number, byClerk ? m_clerk : m_o.supervisorUser, trip, kind,
            f.step == Step::ReturnVisit ? QStringLiteral("电话回访申请人，了解情况")
            : byClerk                   ? QStringLiteral("增开窗口，缩短排队时间")
                                        : QStringLiteral("申请人对整改表示满意"),
            f.step == Step::RaterView);
        if (!done)
            return done.error();
        if (f.step == Step::RaterView)
            ++m_report.life[QStringLiteral("complaints-closed")];
        else
            next(day + 1, f.step == Step::ReturnVisit ? Step::Rectify : Step::RaterView);
        return {};
    }
    }
    return {};
}

Result<CaseGenerator::Report> Run::go()
{
    if (!m_o.otherTerminals.isEmpty())
        m_o.terminals = int(m_o.otherTerminals.size()) + 1;
    const int maxTerminals = m_o.otherTerminals.isEmpty() ? 99 : 999;
    if (m_o.cases < 0 || m_o.terminals < 1 || m_o.terminals > maxTerminals || !m_o.from.isValid() ||
        !m_o.to.isValid() || m_o.to < m_o.from)
        return Error{QCoreApplication::translate("CaseGenerator",
                                                 "Give a number of cases, 1 to 99 terminals and "
                                                 "a period whose end is not before its start."),
                     {}};
    if (Status s = loadGuides(); !s)
        return s.error();
    QSqlQuery applicants(m_db.connection());
    if (applicants.exec(QStringLiteral("SELECT count(*) FROM applicant")) && applicants.next())
        m_applicantBase = applicants.value(0).toInt();
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    m_calendar = calendar.value();
    QList<QDate> days;
    for (QDate d = m_o.from; d <= m_o.to; d = d.addDays(1)) {
        if (calendar->isWorkingDay(d))
            days << d;
    }
    if (days.isEmpty())
        return Error{
            QCoreApplication::translate("CaseGenerator", "The period %1 to %2 has no working day.")
                .arg(m_o.from.toString(Qt::ISODate), m_o.to.toString(Qt::ISODate)),
            {}};
    QStringList codes = QStringList{m_o.ownTerminal} + m_o.otherTerminals;
    for (int n = 1; codes.size() < m_o.terminals; ++n) {
        const QString code = QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!codes.contains(code))
            codes << code;
    }
    for (const QString &code : std::as_const(codes)) {
        const TerminalInfo terminal{m_hall.code, code};
        m_services.push_back(
            std::make_unique<CaseService>(m_db, m_clock, calendar.value(), m_hall, terminal));
    }

    m_lastDay = int(days.size()) - 1;
    QMap<int, QList<FollowUp>> &followUps = m_followUps; // day index -> what happens then
    const qint64 perDay = (m_o.cases + days.size() - 1) / days.size();
    qint64 index = 0;
    for (int d = 0; d < days.size(); ++d) {
        m_clock.setNow(QDateTime(days.at(d), QTime(8, 30)));
        // The whole day in one transaction that every command's own joins: generated data,
        // not a hall's promises, and a commit per step costs more than many steps (SQLite
        // goes through its page cache at each). A failure rolls back the day and ends the run.
        WriteTransaction dayTransaction(m_db);
        if (Status s = dayTransaction.begin(); !s)
            return s.error();
        // (Steps scheduled for today while today's run are done today too.)
        while (followUps.contains(d)) {
            for (const FollowUp &f : followUps.take(d)) {
                if (Status s = followUp(f, d); !s)
                    return s.error();
            }
        }
        // The day's new cases, each terminal's in one transaction (as a bulk entry would).
        QList<QList<std::pair<IntakeConfirmation, Kind>>> batches(m_o.terminals);
        const qint64 today = std::min(perDay, m_o.cases - index);
        for (qint64 i = 0; i < today; ++i, ++index) {
            const Kind kind = pick(index);
            batches[int(index % m_o.terminals)].append({intake(kind, index), kind});
            ++m_report.counts[kind];
        }
        for (int t = 0; t < m_o.terminals; ++t) {
            QList<IntakeConfirmation> decided;
            QList<Kind> decidedKinds;
            for (const auto &[c, kind] : batches.at(t)) {
                tick();
                if (kind == Kind::ReceivedOnly || kind == Kind::Withdrawn) {
                    auto received = service(t).receive(c);
                    if (!received)
                        return received.error();
                    if (kind == Kind::Withdrawn)
                        followUps[std::min(d + 1, int(days.size()) - 1)].append(
                            {received->number, kind, t});
                    continue;
                }
                decided << c;
                decidedKinds << kind;
            }
            auto written = service(t).confirmAll(decided);
            if (!written)
                return written.error();
            for (qsizetype i = 0; i < written->size(); ++i) {
                const Kind kind = decidedKinds.at(i);
                if (kind == Kind::Accepted || kind == Kind::CommitmentInLieu) {
                    if (Status s = accepted(written->at(i), t, d); !s)
                        return s.error();
                }
                const bool later = kind == Kind::SupplementCompleted || kind == Kind::Terminated ||
                                   kind == Kind::Resubmitted || kind == Kind::SecondNotice;
                if (!later)
                    continue;
                // A 容缺 supplement within its three days, a termination after them; the
                // applicant back with a notice one to four working days later.
                const int after =
                    kind == Kind::Terminated ? 4 : std::uniform_int_distribution<int>(1, 3)(m_rng);
                followUps[std::min(d + after, int(days.size()) - 1)].append(
                    {written->at(i).number, kind, t});
            }
        }
        // What falls after the period happens on its last day.
        if (d == days.size() - 1) {
            m_clock.setNow(std::max(m_clock.now(), QDateTime(days.at(d), QTime(16, 0))));
            // The kinds' own outcomes fall due (the life after acceptance does not).
            const QMap<int, QList<FollowUp>> rest = std::exchange(followUps, {});
            for (const QList<FollowUp> &steps : rest) {
                for (const FollowUp &f : steps) {
                    if (f.step != Step::Outcome)
                        continue;
                    if (Status s = followUp(f, d); !s)
                        return s.error();
                }
            }
            followUps.clear();
        }
        if (Status s = dayTransaction.commit(); !s)
            return s.error();
        m_report.cases = index;
        if (m_o.progress && (d % 5 == 4 || d == days.size() - 1))
            m_o.progress(index);
    }
    m_report.days = int(days.size());
    return m_report;
}

} // namespace

QList<CaseGenerator::Kind> CaseGenerator::allKinds()
{
    QList<Kind> out;
    for (const auto &[kind, name] : kKindKeys)
        out << kind;
    return out;
}

QString CaseGenerator::key(Kind kind)
{
    return enumKey(kind, kKindKeys);
}

Result<CaseGenerator::Report> CaseGenerator::run(const Database &db, const HallInfo &hall,
                                                 const User &clerk, const Options &options)
{
    return Run(db, hall, clerk, options).go();
}

} // namespace onetrip
