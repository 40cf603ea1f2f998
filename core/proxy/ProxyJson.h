#pragma once

#include "common/Result.h"
#include "proxy/ProxyCase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace onetrip {

// 代办 as the events and case_record.proxy carry it. An unknown party kind is an error naming
// where it was found.
class ProxyJson
{
public:
    static QJsonObject toJson(const ProxyScope &scope);
    static ProxyScope scopeFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Party &party);
    static Result<Party> partyFromJson(const QJsonObject &o, const QString &where);
    static QJsonArray toJson(const QList<HandedMaterial> &materials);
    static QList<HandedMaterial> materialsFromJson(const QJsonArray &a);
    static QJsonObject toJson(const ProxyCase &proxy);
    static Result<ProxyCase> proxyFromJson(const QJsonObject &o, const QString &where);
};

} // namespace onetrip
