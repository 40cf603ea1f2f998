#pragma once

#include "calendar/WorkdayCalendar.h"
#include "cases/CaseEvent.h"
#include "cases/CaseRecord.h"
#include "cases/CaseRepository.h"
#include "cases/NoticeWindow.h"
#include "cases/SecondNotice.h"
#include "catalog/ServiceGuide.h"
#include "common/Result.h"
#include "intake/Verdict.h"

#include <QHash>
#include <QList>

namespace onetrip {

class Database;

// The read side of cases: finding a case, its documents and events, the checks a screen
// makes before a command. Never writes; commands are in CaseService. Worklists will live
// beside it.
class CaseQueries
{
public:
    CaseQueries(const Database &db, WorkdayCalendar calendar);

    // The case with this number (typed or scanned), with its documents.
    Result<CaseRecord> open(const QString &caseNumber) const;
    // Why `number` (normalized) opens no case: not a case number, or none in this store.
    static Error notFound(const QString &number);
    // The case a document belongs to (a notice brought back, typed or scanned).
    Result<CaseRecord> openByDocument(const QString &documentNumber) const;
    // Every document of a case, oldest first, for reprinting.
    Result<QList<CaseDocument>> documents(const QString &caseNumber) const;
    // The case's visits (trips), first first.
    Result<QList<CaseVisit>> visits(const QString &caseNumber) const;
    // Every event of a case, oldest first.
    Result<QList<CaseEvent>> events(const QString &caseNumber) const;
    // The pinned guide versions of a case, for rebuilding its checklist.
    Result<QList<ServiceGuide>> guides(const CaseRecord &record) const;

    // Which deficiencies of a resubmission's checks lie outside the case's notice if the
    // clerk chooses `outcome` (SecondNotice). `answers` empty: the case's own answers.
    Result<SecondNoticeCheck> checkResubmission(const CaseRecord &record,
                                                const QList<MaterialCheck> &newChecks,
                                                const QHash<QString, QString> &answers = {},
                                                Outcome outcome = Outcome::Accept) const;

    // Art. 32 for this case as of `today`.
    DeemedAcceptance deemedAccepted(const CaseRecord &record, QDate today) const;
    // How many cases of this store count as accepted by Art. 32 as of `today`.
    Result<int> countDeemedAccepted(QDate today) const;

    const WorkdayCalendar &calendar() const { return m_calendar; }

private:
    const Database &m_db;
    WorkdayCalendar m_calendar;
    CaseRepository m_cases;
    // Pinned guide versions as read: a version is never changed once stored (an import adds
    // the next), so every command need not parse it again.
    mutable QHash<QString, ServiceGuide> m_pinned;
};

} // namespace onetrip
