#pragma once

#include "auth/User.h"
#include "cases/Applicant.h"
#include "catalog/ServiceGuide.h"
#include "intake/MaterialState.h"
#include "intake/Verdict.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// A supervisor's sign-off for a second notice (二次告知): checked against the user store
// (UserRepository::authenticate, Role::Supervisor) and logged with the reason.
struct SupervisorApproval
{
    QString login;
    QString password;
    QString reason; // written reason, required
};

// Everything the clerk confirms at the end of an intake: one outcome the verdict allows.
struct IntakeConfirmation
{
    Outcome outcome = Outcome::Accept;
    QString caseNumber; // empty: a new case; set: a resubmission of that case (reopened)

    QString bundleCode; // 一件事, empty for a single item
    QString bundleName;
    QList<ServiceGuide> guides; // the pinned versions checked against (guide.version set)
    QHash<QString, QString> answers;
    QList<MaterialCheck> checks;
    // The verdict the screen showed. The service evaluates again from guides, answers and
    // checks (VerdictEngine is pure) and refuses an outcome that evaluation does not allow.
    Verdict verdict;

    Applicant applicant;
    std::optional<Agent> agent;
    Channel channel = Channel::Window;
    User clerk;

    DeclineDecision decline; // for Outcome::Decline: reason and where to go instead
    int supplementDays = 0;  // for 容缺: working days to bring the deferred materials
    bool commitmentSigned = false;

    // Required when a resubmission marks a deficiency in a material the notice did not list.
    std::optional<SupervisorApproval> secondNoticeApproval;
};

} // namespace onetrip
