#pragma once

#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace onetrip::bench {

// `count` case numbers drawn over the whole store (repeats allowed), the same every run — by
// rowid, without holding millions of numbers (the memory measured is the store's).
inline QStringList sampleCaseNumbers(const Database &db, int count)
{
    QSqlQuery max(db.connection());
    if (!max.exec(QStringLiteral("SELECT max(rowid) FROM case_record")) || !max.next())
        return {};
    const qint64 last = max.value(0).toLongLong();
    max.finish();
    QStringList out;
    QRandomGenerator rng(20261201);
    QSqlQuery one(db.connection());
    one.prepare(QStringLiteral("SELECT number FROM case_record WHERE rowid >= ? LIMIT 1"));
    while (last > 0 && out.size() < count) {
        one.addBindValue(qint64(rng.bounded(quint64(last))) + 1);
        if (one.exec() && one.next())
            out << one.value(0).toString();
        one.finish();
    }
    return out;
}

} // namespace onetrip::bench
