#pragma once

#include "cases/CaseRecord.h"
#include "cases/HallInfo.h"
#include "catalog/ServiceGuide.h"
#include "documents/DocumentData.h"
#include "intake/Checklist.h"
#include "intake/Verdict.h"

#include <QList>

namespace onetrip {

// Decides what a decision prints and fills each document's data from the case (pure).
class CaseDocuments
{
public:
    struct Context
    {
        const CaseRecord &record; // after the decision: status, dates, checks
        const QList<ServiceGuide> &guides;
        const QList<ChecklistRow> &rows;
        const Verdict &verdict;
        const HallInfo &hall;
        QString terminalCode; // the issuing terminal
        QString clerkName;
        QDate today;
        QString reason = {}; // 撤回 / 终止
    };

    // The documents a case in `status` gets at the decision: acceptance (+ the material
    // receipt), 容缺 notice (+ receipt), correction notice, decline notice; a 告知承诺书 when a
    // certificate was replaced by commitment; the receipt alone for Received.
    static QList<DocumentKind> kindsFor(CaseStatus status, const QList<MaterialCheck> &checks);

    // The document of `kind` without its number (set by the caller). Applicant and agent ID
    // numbers are masked here and nowhere else.
    static DocumentData build(DocumentKind kind, const Context &context);
};

} // namespace onetrip
