#pragma once

#include "cases/Applicant.h"
#include "cases/CaseRecord.h"
#include "documents/DocumentData.h"
#include "intake/MaterialState.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace onetrip {

// The JSON shapes of case data in events and projection columns. Stable keys only; readers
// tolerate missing fields (older events) with defaults.
class CaseJson
{
public:
    static QString kindKey(DocumentKind kind); // "acceptance-notice" ...
    static std::optional<DocumentKind> kindFromKey(const QString &key);

    static QJsonObject toJson(const DocumentData &data);
    static DocumentData documentFromJson(const QJsonObject &json);

    static QJsonObject toJson(const Applicant &applicant);
    static Applicant applicantFromJson(const QJsonObject &json);
    static QJsonObject toJson(const Agent &agent);
    static Agent agentFromJson(const QJsonObject &json);

    static QJsonArray toJson(const QList<MaterialCheck> &checks);
    static QList<MaterialCheck> checksFromJson(const QJsonArray &json);

    static QJsonArray toJson(const QList<CaseItem> &items);
    static QList<CaseItem> itemsFromJson(const QJsonArray &json);

    static QJsonObject toJson(const QHash<QString, QString> &answers);
    static QHash<QString, QString> answersFromJson(const QJsonObject &json);

    // A date as "yyyy-MM-dd", a null date as JSON null.
    static QJsonValue toJson(QDate date);
    static QDate dateFromJson(const QJsonValue &json);
};

} // namespace onetrip
