#pragma once

#include "cases/CaseRecord.h"
#include "common/Result.h"

#include <QSqlQuery>
#include <QString>

namespace onetrip {

// The columns of case_record that CaseDeadlines reads (status, the days, the limit, the
// stopped time), selected and read back in one place for the deadline index and the
// worklist rows: a case read this way has only what its deadlines need.
class DeadlineColumns
{
public:
    // "c.number, c.status, c.received_on, …" for `alias` ("c"; empty: no prefix).
    static QString select(const QString &alias = {});
    static constexpr int kCount = 10;
    // The case from the query's columns `first` … `first + kCount - 1`; an unknown status or
    // unreadable stopped time is an error naming the case.
    static Result<CaseRecord> read(const QSqlQuery &query, int first = 0);
};

} // namespace onetrip
