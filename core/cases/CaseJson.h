#pragma once

#include "cases/Applicant.h"
#include "cases/CaseRecord.h"
#include "common/Result.h"
#include "documents/DocumentData.h"
#include "intake/MaterialState.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace onetrip {

// The JSON shapes of case data in events and projection columns. Stable keys only. A reader
// refuses an unknown key of a fixed set (document kind, applicant kind, material state,
// defect) with an error naming the value and `where` it was read (a row, an event).
class CaseJson
{
public:
    static QString kindKey(DocumentKind kind); // "acceptance-notice" ...
    static std::optional<DocumentKind> kindFromKey(const QString &key);

    static QJsonObject toJson(const DocumentData &data);
    static Result<DocumentData> documentFromJson(const QJsonObject &json, const QString &where);

    static QJsonObject toJson(const Applicant &applicant);
    static Result<Applicant> applicantFromJson(const QJsonObject &json, const QString &where);
    static QJsonObject toJson(const Agent &agent);
    static Agent agentFromJson(const QJsonObject &json);

    static QJsonArray toJson(const QList<MaterialCheck> &checks);
    static Result<QList<MaterialCheck>> checksFromJson(const QJsonArray &json,
                                                       const QString &where);

    static QJsonArray toJson(const QList<CaseItem> &items);
    static QList<CaseItem> itemsFromJson(const QJsonArray &json);

    static QJsonObject toJson(const QHash<QString, QString> &answers);
    static QJsonArray toJson(const QStringList &strings);
    static QStringList stringsFromJson(const QJsonValue &json);
    static QHash<QString, QString> answersFromJson(const QJsonObject &json);

    // Stopped time of a case: [{"kind", "reason", "from", "until" (null: still stopped)}].
    static QJsonArray toJson(const QList<ClockPause> &pauses);
    static Result<QList<ClockPause>> pausesFromJson(const QJsonArray &json, const QString &where);
    // How a result left the hall: {"method", "collector", "collectorName",
    // "collectorIdMasked", "address", "carrier", "tracking"}.
    static QJsonObject toJson(const HandOut &handOut);
    static Result<HandOut> handOutFromJson(const QJsonObject &json, const QString &where);

    // A date as "yyyy-MM-dd", a null date as JSON null.
    static QJsonValue toJson(QDate date);
    static QDate dateFromJson(const QJsonValue &json);

    // The enum readers with the error StoredValue gives ("document kind" ... named).
    static Result<DocumentKind> documentKind(const QString &key, const QString &where);
    static Result<MaterialState> materialState(const QString &key, const QString &where);
    static Result<DefectReason> defectReason(const QString &key, const QString &where);
    static Result<ApplicantKind> applicantKind(const QString &key, const QString &where);
    static Result<Channel> channel(const QString &key, const QString &where);
    static Result<CaseStatus> status(const QString &key, const QString &where);
};

} // namespace onetrip
