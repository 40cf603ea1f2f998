#pragma once

#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace onetrip::bench {

// `count` case numbers drawn over the whole store (repeats allowed), the same every run.
inline QStringList sampleCaseNumbers(const Database &db, int count)
{
    QSqlQuery all(db.connection());
    all.setForwardOnly(true);
    all.exec(QStringLiteral("SELECT number FROM case_record ORDER BY rowid"));
    QStringList every;
    while (all.next())
        every << all.value(0).toString();
    QStringList out;
    QRandomGenerator rng(20261201);
    for (int i = 0; i < count && !every.isEmpty(); ++i)
        out << every.at(rng.bounded(int(every.size())));
    return out;
}

} // namespace onetrip::bench
