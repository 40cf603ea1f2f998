#include "cases/ConsultationLog.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

Error storeError(const QSqlQuery &q)
{
    return Error{QCoreApplication::translate("ConsultationLog",
                                             "Counting the consultation in the store failed."),
                 q.lastError().text()};
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

ConsultationLog::ConsultationLog(const Database &db)
    : m_db(db)
{
}

Status ConsultationLog::record(const QString &entryCode, const QString &clerkLogin,
                               const QString &hallCode, const QString &terminalCode,
                               const Clock &clock)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO consultation (at, day, hall_code, terminal_code, "
                             "clerk, entry_code) VALUES (?, ?, ?, ?, ?, ?)"));
    const QDateTime now = clock.now();
    for (const QString &v :
         {now.toString(Qt::ISODate), now.date().toString(Qt::ISODate), orEmpty(hallCode),
          orEmpty(terminalCode), orEmpty(clerkLogin), orEmpty(entryCode)})
        q.addBindValue(v);
    if (!q.exec())
        return storeError(q);
    return tx.commit();
}

Result<int> ConsultationLog::countOn(QDate day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM consultation WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return storeError(q);
    return q.value(0).toInt();
}

} // namespace onetrip
