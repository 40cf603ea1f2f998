#pragma once

#include "auth/User.h"
#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace onetrip {

class CaseService;
class Database;

// 容缺: a case whose supplement date has passed without the deferred materials is terminated
// (终止) and its applicant flagged for the broken commitment (CaseService::terminate). The
// window runs it after sign-in and at every midnight. Each terminal ends the cases it took
// in (their numbers carry its code): the others receive the termination through sync, and no
// two terminals end the same case at once.
class SupplementSweep
{
public:
    struct Report
    {
        QStringList terminated; // case numbers, oldest supplement date first
        QList<Error> failed;    // a case that could not be ended, with why
        bool more = false;      // `limit` reached: call again
    };
    // The 容缺 cases taken in at terminal `terminalCode` whose supplement was due before
    // `today`.
    struct Due
    {
        QString number;
        QDate supplementDue;
    };
    static Result<QList<Due>> due(const Database &db, const QString &terminalCode, QDate today,
                                  int limit = -1);
    // Ends those of `service`'s terminal; `actor` is the person signed in (a clerk or a
    // supervisor: the termination is recorded as theirs; anyone else ends nothing).
    // At most `limit` cases a call (-1: all), so that a window can end a large backlog in
    // steps and stay responsive; `report.more` says whether some are left.
    static Result<Report> run(const Database &db, CaseService &service, QDate today,
                              const User &actor, int limit = -1);
};

} // namespace onetrip
