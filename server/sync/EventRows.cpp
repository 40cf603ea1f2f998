#include "sync/EventRows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onetrip::server::EventRows {

CaseEvent eventAt(const QSqlQuery &q, int first)
{
    CaseEvent e;
    e.id = q.value(first).toString();
    e.caseNumber = q.value(first + 1).toString();
    e.hallCode = q.value(first + 2).toString();
    e.terminalCode = q.value(first + 3).toString();
    e.terminalSequence = q.value(first + 4).toLongLong();
    e.actor = q.value(first + 5).toString();
    e.at = QDateTime::fromString(q.value(first + 6).toString(), Qt::ISODateWithMs);
    e.type = q.value(first + 7).toString();
    e.payload = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    e.baseVersion = q.value(first + 9).toInt();
    e.parentId = q.value(first + 10).toString();
    e.previousHash = q.value(first + 11).toString();
    e.hash = q.value(first + 12).toString();
    return e;
}

} // namespace onetrip::server::EventRows
