#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace onetrip::server {

// One request as the handler sees it: the whole body has arrived.
struct HttpRequest
{
    QByteArray method; // "GET", "POST" ...
    QByteArray path;   // "/api/v1/push", percent-decoded, without the query
    QList<QPair<QByteArray, QByteArray>> query;   // decoded, in request order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString peerAddress; // "127.0.0.1"

    // Case-insensitive; empty when absent. A repeated header gives its first value.
    QByteArray header(QByteArrayView name) const { return find(headers, name); }
    QByteArray queryValue(QByteArrayView name) const { return find(query, name, false); }

private:
    static QByteArray find(const QList<QPair<QByteArray, QByteArray>> &list, QByteArrayView name,
                           bool caseInsensitive = true)
    {
        const auto cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (const auto &[key, value] : list) {
            if (QByteArrayView(key).compare(name, cs) == 0)
                return value;
        }
        return {};
    }
};

} // namespace onetrip::server
