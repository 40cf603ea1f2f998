#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonObject;

namespace onetrip::server {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    // Extra headers. Content-Length and Transfer-Encoding are the server's own and are not
    // taken from here; names or values with CR/LF are dropped.
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error":{"code":code,"message":message}}: `code` is a stable key clients translate,
    // `message` a hint in English for whoever reads the raw answer.
    static HttpResponse error(int status, const QString &code, const QString &message);
};

} // namespace onetrip::server
