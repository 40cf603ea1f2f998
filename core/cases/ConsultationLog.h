#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

namespace onetrip {

class Database;

// 咨询 at the help desk: a tailored material list given without opening a case. Counted,
// so that reports show the trips a consultation saved.
class ConsultationLog
{
public:
    explicit ConsultationLog(const Database &db);

    // One consultation for an item or bundle, by this clerk, now (by the clock).
    Status record(const QString &entryCode, const QString &clerkLogin, const QString &hallCode,
                  const QString &terminalCode, const Clock &clock);
    // How many consultations were given on a day (all terminals of this store).
    Result<int> countOn(QDate day) const;

private:
    const Database &m_db;
};

} // namespace onetrip
