#pragma once

#include "auth/User.h"
#include "calendar/WorkdayCalendar.h"
#include "cases/HallInfo.h"
#include "cases/IntakeConfirmation.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace onetrip {

class Database;

// `onetripctl generate`: fills a store with realistic cases of every kind, made through the
// real commands (CaseService: intake, notices and resubmissions, 容缺 and its supplement,
// termination, withdrawal) over the working days of a period and several terminals. For
// benchmarks (the case desk at 2,000,000 cases) and tests that need a lived-in store.
class CaseGenerator
{
public:
    // What became of a case (one kind per generated case).
    enum class Kind
    {
        Accepted,            // accepted at the first visit
        CommitmentInLieu,    // accepted, a certificate replaced by a signed commitment
        Deferred,            // 容缺, the supplement still open
        SupplementCompleted, // 容缺, then the deferred material brought: accepted
        Terminated,          // 容缺, the supplement never brought
        CorrectionOpen,      // one-time notice issued, the applicant not back yet
        Resubmitted,         // notice, then the corrected materials: accepted
        SecondNotice,        // notice, then a supervisor-approved second notice
        Declined,            // not accepted, with where to go instead
        ReceivedOnly,        // materials received, no decision yet (Art. 32 running)
        Withdrawn,           // received, then withdrawn by the applicant
    };
    static QList<Kind> allKinds();
    static QString key(Kind kind); // "accepted", "second-notice" ...

    struct Options
    {
        qint64 cases = 1000;
        quint32 seed = 1;
        QDate from; // first day (working days only are used)
        QDate to;   // last day
        int terminals = 4;
        // The first terminal is the store's own; the others take T01, T02 … around it (a
        // store's own events are the ones it syncs).
        QString ownTerminal = QStringLiteral("T01");
        // The other terminals' codes, when T01, T02 … will not do (benchmarks with hundreds
        // of terminals in one hall); given, they set the number of terminals (up to 999).
        QStringList otherTerminals;
        // super01 / demo on a demo store: second notices need a supervisor's sign-off.
        SupervisorApproval supervisor;
        // The life of an accepted case after intake, over the working days that follow (what
        // is due after the period is left undone, as in a hall on its last day): routed to
        // the item's department, decided (some refused), handed out at the window or by
        // express, the hand-out visit rated by most applicants (a 差评 now and then, most
        // followed up by `supervisorUser` and the clerk), and a few cases carried by `agent`
        // (代办: taken, four handovers, a relay step, the end). Off: intake outcomes only.
        bool life = false;
        User supervisorUser; // 回访 and the rater's view of a 差评 (not the rated clerk)
        User agent;          // empty: no 代办
        std::function<void(qint64 cases)> progress; // every few thousand cases
    };

    struct Report
    {
        QMap<Kind, qint64> counts;
        // With `life`: "routed", "approved", "refused", "handed-out", "rated", "complaints"
        // (差评), "complaints-closed", "proxy" (代办) — how many cases reached each.
        QMap<QString, qint64> life;
        qint64 cases = 0;
        int days = 0;
    };

    // The store must hold the catalog (JN-SG* guides), the calendar for the period, the
    // hall settings and the clerk.
    static Result<Report> run(const Database &db, const HallInfo &hall, const User &clerk,
                              const Options &options);
};

} // namespace onetrip
