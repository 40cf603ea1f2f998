#include "demo/CaseGenerator.h"

#include "calendar/CalendarRepository.h"
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

struct FollowUp
{
    QString number;
    Kind kind;
    int terminal;
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
    Status followUp(const FollowUp &f);
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

Status Run::followUp(const FollowUp &f)
{
    tick();
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
    return done ? Status() : Status(done.error());
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

    QMap<int, QList<FollowUp>> followUps; // day index -> what happens then
    const qint64 perDay = (m_o.cases + days.size() - 1) / days.size();
    qint64 index = 0;
    for (int d = 0; d < days.size(); ++d) {
        m_clock.setNow(QDateTime(days.at(d), QTime(8, 30)));
        for (const FollowUp &f : followUps.take(d)) {
            if (Status s = followUp(f); !s)
                return s.error();
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
            for (const QList<FollowUp> &rest : followUps) {
                for (const FollowUp &f : rest) {
                    if (Status s = followUp(f); !s)
                        return s.error();
                }
            }
            followUps.clear();
        }
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
