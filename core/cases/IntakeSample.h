#pragma once

#include "cases/Applicant.h"
#include "cases/IntakeConfirmation.h"
#include "catalog/ServiceGuide.h"
#include "intake/Checklist.h"

#include <QList>

namespace onetrip {

// Complete, valid intakes made up from real guides: for the demo, benchmarks, the fault
// drivers and tests. Nothing here is used at the window.
class IntakeSample
{
public:
    // A valid resident ID number (born 1990-01-01 plus `n` days, Jinan Lixia district) and
    // a valid credit code, different for each `n` >= 0.
    static QString residentId(int n);
    static QString creditCode(int n);
    static Applicant person(int n);
    static Applicant organisation(int n);

    // Every row of the checklist in order: provided with the copies asked for, or obtained by
    // sharing where the guide allows it.
    static QList<MaterialCheck> completeChecks(const QList<ChecklistRow> &rows);
    // The checks with the row of `rowKey` set to `state` (defect Other for Defective).
    static QList<MaterialCheck> with(QList<MaterialCheck> checks, const QString &rowKey,
                                     MaterialState state);

    // A complete intake of `guides` (all materials in order, default answers) by `clerk`
    // for the applicant; the outcome Accept and the verdict filled in.
    static IntakeConfirmation acceptance(const QList<ServiceGuide> &guides,
                                         const Applicant &applicant, const User &clerk);
};

} // namespace onetrip
