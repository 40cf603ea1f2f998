#include "cases/CaseJson.h"

#include "common/EnumKeys.h"
#include "common/StoredValue.h"
#include "proxy/ProxyJson.h"

#include <QCoreApplication>

#include <QJsonValue>

namespace onetrip {

namespace {

const std::pair<DocumentKind, const char *> kKindKeys[] = {
    {DocumentKind::AcceptanceNotice, "acceptance-notice"},
    {DocumentKind::CorrectionNotice, "correction-notice"},
    {DocumentKind::DeferralNotice, "deferral-notice"},
    {DocumentKind::CommitmentInLieu, "commitment-in-lieu"},
    {DocumentKind::DeclineNotice, "decline-notice"},
    {DocumentKind::MaterialReceipt, "material-receipt"},
    {DocumentKind::ConsultationList, "consultation-list"},
    {DocumentKind::HandOutReceipt, "hand-out-receipt"},
    {DocumentKind::WithdrawalConfirmation, "withdrawal-confirmation"},
    {DocumentKind::TerminationNotice, "termination-notice"},
    {DocumentKind::ProxyAuthorisation, "proxy-authorisation"},
    {DocumentKind::HandoverSlip, "handover-slip"},
    {DocumentKind::ProxyCompletion, "proxy-completion"},
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString what(const char *name)
{
    return QCoreApplication::translate("Store", name);
}

} // namespace

QString CaseJson::kindKey(DocumentKind kind)
{
    return enumKey(kind, kKindKeys);
}

std::optional<DocumentKind> CaseJson::kindFromKey(const QString &key)
{
    return enumFromKey(key, kKindKeys);
}

Result<DocumentKind> CaseJson::documentKind(const QString &key, const QString &where)
{
    return StoredValue::key(kindFromKey(key), key,
                            what(QT_TRANSLATE_NOOP("Store", "document kind")), where);
}

Result<MaterialState> CaseJson::materialState(const QString &key, const QString &where)
{
    return StoredValue::key(materialStateFromKey(key), key,
                            what(QT_TRANSLATE_NOOP("Store", "material state")), where);
}

Result<DefectReason> CaseJson::defectReason(const QString &key, const QString &where)
{
    return StoredValue::key(defectReasonFromKey(key), key,
                            what(QT_TRANSLATE_NOOP("Store", "defect reason")), where);
}

Result<ApplicantKind> CaseJson::applicantKind(const QString &key, const QString &where)
{
    return StoredValue::key(applicantKindFromKey(key), key,
                            what(QT_TRANSLATE_NOOP("Store", "applicant kind")), where);
}

Result<Channel> CaseJson::channel(const QString &key, const QString &where)
{
    return StoredValue::key(channelFromKey(key), key, what(QT_TRANSLATE_NOOP("Store", "channel")),
                            where);
}

QJsonArray CaseJson::toJson(const QList<ClockPause> &pauses)
{
    QJsonArray out;
    for (const ClockPause &p : pauses)
        out.append(QJsonObject{{QStringLiteral("kind"), toKey(p.kind)},
                               {QStringLiteral("reason"), p.reason},
                               {QStringLiteral("from"), toJson(p.from)},
                               {QStringLiteral("until"), toJson(p.until)}});
    return out;
}

Result<QList<ClockPause>> CaseJson::pausesFromJson(const QJsonArray &json, const QString &where)
{
    QList<ClockPause> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("kind")).toString();
        auto kind =
            StoredValue::key(pauseKindFromKey(key), key,
                             what(QT_TRANSLATE_NOOP("Store", "kind of stopped time")), where);
        if (!kind)
            return kind.error();
        out << ClockPause{kind.value(), o.value(QLatin1String("reason")).toString(),
                          dateFromJson(o.value(QLatin1String("from"))),
                          dateFromJson(o.value(QLatin1String("until")))};
    }
    return out;
}

QJsonObject CaseJson::toJson(const HandOut &h)
{
    QJsonObject o{{QStringLiteral("method"), toKey(h.method)}};
    if (h.method == HandOutMethod::Window) {
        o.insert(QStringLiteral("collector"), toKey(h.collector));
        o.insert(QStringLiteral("collectorName"), h.collectorName);
        o.insert(QStringLiteral("collectorIdMasked"), h.collectorIdMasked);
    } else {
        o.insert(QStringLiteral("address"), h.address);
        o.insert(QStringLiteral("carrier"), h.carrier);
        o.insert(QStringLiteral("tracking"), h.tracking);
    }
    return o;
}

Result<HandOut> CaseJson::handOutFromJson(const QJsonObject &o, const QString &where)
{
    const QString methodKey = o.value(QLatin1String("method")).toString();
    auto method = StoredValue::key(handOutMethodFromKey(methodKey), methodKey,
                                   what(QT_TRANSLATE_NOOP("Store", "hand-out method")), where);
    if (!method)
        return method.error();
    HandOut h;
    h.method = method.value();
    if (h.method == HandOutMethod::Window) {
        const QString key = o.value(QLatin1String("collector")).toString();
        auto collector = StoredValue::key(collectorKindFromKey(key), key,
                                          what(QT_TRANSLATE_NOOP("Store", "collector")), where);
        if (!collector)
            return collector.error();
        h.collector = collector.value();
        h.collectorName = o.value(QLatin1String("collectorName")).toString();
        h.collectorIdMasked = o.value(QLatin1String("collectorIdMasked")).toString();
    } else {
        h.address = o.value(QLatin1String("address")).toString();
        h.carrier = o.value(QLatin1String("carrier")).toString();
        h.tracking = o.value(QLatin1String("tracking")).toString();
    }
    return h;
}

Result<CaseStatus> CaseJson::status(const QString &key, const QString &where)
{
    return StoredValue::key(caseStatusFromKey(key), key,
                            what(QT_TRANSLATE_NOOP("Store", "case status")), where);
}

QJsonArray CaseJson::toJson(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QStringList CaseJson::stringsFromJson(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &s : array)
        out << s.toString();
    return out;
}

QJsonValue CaseJson::toJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QDate CaseJson::dateFromJson(const QJsonValue &json)
{
    return json.isString() ? QDate::fromString(json.toString(), Qt::ISODate) : QDate();
}

QJsonObject CaseJson::toJson(const DocumentData &d)
{
    QJsonArray lines;
    for (const DocumentLine &line : d.lines)
        lines.append(QJsonObject{{QStringLiteral("name"), line.name},
                                 {QStringLiteral("detail"), line.detail},
                                 {QStringLiteral("howToFix"), line.howToFix},
                                 {QStringLiteral("note"), line.note}});
    QJsonObject o{
        {QStringLiteral("kind"), kindKey(d.kind)},
        {QStringLiteral("documentNumber"), d.documentNumber},
        {QStringLiteral("caseNumber"), d.caseNumber},
        {QStringLiteral("hallName"), d.hallName},
        {QStringLiteral("hallAddress"), d.hallAddress},
        {QStringLiteral("hallPhone"), d.hallPhone},
        {QStringLiteral("terminalCode"), d.terminalCode},
        {QStringLiteral("applicantName"), d.applicantName},
        {QStringLiteral("applicantIdMasked"), d.applicantIdMasked},
        {QStringLiteral("agentName"), d.agentName},
        {QStringLiteral("agentIdMasked"), d.agentIdMasked},
        {QStringLiteral("itemName"), d.itemName},
        {QStringLiteral("itemCode"), d.itemCode},
        {QStringLiteral("guideVersion"), d.guideVersion},
        {QStringLiteral("issuedOn"), toJson(d.issuedOn)},
        {QStringLiteral("receivedOn"), toJson(d.receivedOn)},
        {QStringLiteral("dueDate"), toJson(d.dueDate)},
        {QStringLiteral("dueDateWarning"), d.dueDateWarning},
        {QStringLiteral("whereToBring"), d.whereToBring},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("declineReason"), d.declineReason},
        {QStringLiteral("declineRedirect"), d.declineRedirect},
        {QStringLiteral("legalBasis"), toJson(d.legalBasis)},
        {QStringLiteral("clerkName"), d.clerkName},
    };
    // The fields of the later documents, written when set (the earlier kinds never have them).
    const std::pair<const char *, QString> later[] = {{"reason", d.reason},
                                                      {"decisionResult", d.decisionResult},
                                                      {"decisionNumber", d.decisionNumber},
                                                      {"handOutMethod", d.handOutMethod},
                                                      {"collectorRole", d.collectorRole},
                                                      {"collectorName", d.collectorName},
                                                      {"collectorIdMasked", d.collectorIdMasked},
                                                      {"expressAddress", d.expressAddress},
                                                      {"expressCarrier", d.expressCarrier},
                                                      {"expressTracking", d.expressTracking}};
    for (const auto &[key, value] : later) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    if (d.decidedOn.isValid())
        o.insert(QStringLiteral("decidedOn"), toJson(d.decidedOn));
    if (d.handedOutOn.isValid())
        o.insert(QStringLiteral("handedOutOn"), toJson(d.handedOutOn));
    if (d.proxy) {
        o.insert(QStringLiteral("proxy"), ProxyJson::toJson(*d.proxy));
        o.insert(QStringLiteral("proxyLink"), d.proxyLink);
        o.insert(QStringLiteral("proxyLate"), d.proxyLate);
    }
    return o;
}

Result<DocumentData> CaseJson::documentFromJson(const QJsonObject &o, const QString &where)
{
    DocumentData d;
    auto kind = documentKind(str(o, "kind"), where);
    if (!kind)
        return kind.error();
    d.kind = kind.value();
    d.documentNumber = str(o, "documentNumber");
    d.caseNumber = str(o, "caseNumber");
    d.hallName = str(o, "hallName");
    d.hallAddress = str(o, "hallAddress");
    d.hallPhone = str(o, "hallPhone");
    d.terminalCode = str(o, "terminalCode");
    d.applicantName = str(o, "applicantName");
    d.applicantIdMasked = str(o, "applicantIdMasked");
    d.agentName = str(o, "agentName");
    d.agentIdMasked = str(o, "agentIdMasked");
    d.itemName = str(o, "itemName");
    d.itemCode = str(o, "itemCode");
    d.guideVersion = o.value(QLatin1String("guideVersion")).toInt();
    d.issuedOn = dateFromJson(o.value(QLatin1String("issuedOn")));
    d.receivedOn = dateFromJson(o.value(QLatin1String("receivedOn")));
    d.dueDate = dateFromJson(o.value(QLatin1String("dueDate")));
    d.dueDateWarning = str(o, "dueDateWarning");
    d.whereToBring = str(o, "whereToBring");
    d.reason = str(o, "reason");
    d.decisionResult = str(o, "decisionResult");
    d.decisionNumber = str(o, "decisionNumber");
    d.decidedOn = dateFromJson(o.value(QLatin1String("decidedOn")));
    d.handOutMethod = str(o, "handOutMethod");
    d.collectorRole = str(o, "collectorRole");
    d.collectorName = str(o, "collectorName");
    d.collectorIdMasked = str(o, "collectorIdMasked");
    d.expressAddress = str(o, "expressAddress");
    d.expressCarrier = str(o, "expressCarrier");
    d.expressTracking = str(o, "expressTracking");
    d.handedOutOn = dateFromJson(o.value(QLatin1String("handedOutOn")));
    if (o.contains(QLatin1String("proxy"))) {
        auto proxy = ProxyJson::proxyFromJson(o.value(QLatin1String("proxy")).toObject(), where);
        if (!proxy)
            return proxy.error();
        d.proxy = proxy.value();
        d.proxyLink = o.value(QLatin1String("proxyLink")).toInt(-1);
        d.proxyLate = o.value(QLatin1String("proxyLate")).toBool();
    }
    // A 交接单 prints one link of the chain it carries: without it there is nothing to print.
    const bool proxyKind = d.kind == DocumentKind::ProxyAuthorisation ||
                           d.kind == DocumentKind::HandoverSlip ||
                           d.kind == DocumentKind::ProxyCompletion;
    if (proxyKind && (!d.proxy || (d.kind == DocumentKind::HandoverSlip &&
                                   (d.proxyLink < 0 || d.proxyLink >= d.proxy->handovers.size()))))
        return StoredValue::unknown(what(QT_TRANSLATE_NOOP("Store", "handover of a 代办 document")),
                                    QString::number(d.proxyLink), where);
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        d.lines << DocumentLine{str(line, "name"), str(line, "detail"), str(line, "howToFix"),
                                str(line, "note")};
    }
    d.declineReason = str(o, "declineReason");
    d.declineRedirect = str(o, "declineRedirect");
    d.legalBasis = stringsFromJson(o.value(QLatin1String("legalBasis")));
    d.clerkName = str(o, "clerkName");
    return d;
}

QJsonObject CaseJson::toJson(const Applicant &a)
{
    return QJsonObject{{QStringLiteral("kind"), toKey(a.kind)},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("idNumber"), a.idNumber},
                       {QStringLiteral("phone"), a.phone},
                       {QStringLiteral("address"), a.address},
                       {QStringLiteral("legalRepresentative"), a.legalRepresentative},
                       {QStringLiteral("contact"), a.contact}};
}

Result<Applicant> CaseJson::applicantFromJson(const QJsonObject &o, const QString &where)
{
    Applicant a;
    auto kind = applicantKind(str(o, "kind"), where);
    if (!kind)
        return kind.error();
    a.kind = kind.value();
    a.name = str(o, "name");
    a.idNumber = str(o, "idNumber");
    a.phone = str(o, "phone");
    a.address = str(o, "address");
    a.legalRepresentative = str(o, "legalRepresentative");
    a.contact = str(o, "contact");
    return a;
}

QJsonObject CaseJson::toJson(const Agent &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("idNumber"), a.idNumber},
                  {QStringLiteral("authorisation"), a.authorisation},
                  {QStringLiteral("phone"), a.phone}};
    // Written only when given: an agent recorded before it existed did not state it.
    if (a.mayCollect)
        o.insert(QStringLiteral("mayCollect"), true);
    return o;
}

Agent CaseJson::agentFromJson(const QJsonObject &o)
{
    return Agent{str(o, "name"), str(o, "idNumber"), str(o, "authorisation"), str(o, "phone"),
                 o.value(QLatin1String("mayCollect")).toBool()};
}

QJsonArray CaseJson::toJson(const QList<MaterialCheck> &checks)
{
    QJsonArray out;
    for (const MaterialCheck &c : checks) {
        QJsonObject o{{QStringLiteral("row"), c.rowKey},
                      {QStringLiteral("state"), toKey(c.state)},
                      {QStringLiteral("copies"), c.copiesReceived}};
        if (c.defect)
            o.insert(QStringLiteral("defect"), toKey(*c.defect));
        if (!c.note.isEmpty())
            o.insert(QStringLiteral("note"), c.note);
        out.append(o);
    }
    return out;
}

Result<QList<MaterialCheck>> CaseJson::checksFromJson(const QJsonArray &json, const QString &where)
{
    QList<MaterialCheck> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        MaterialCheck c;
        c.rowKey = str(o, "row");
        auto state = materialState(str(o, "state"), where);
        if (!state)
            return state.error();
        c.state = state.value();
        c.copiesReceived = o.value(QLatin1String("copies")).toInt();
        if (o.contains(QLatin1String("defect"))) {
            auto defect = defectReason(str(o, "defect"), where);
            if (!defect)
                return defect.error();
            c.defect = defect.value();
        }
        c.note = str(o, "note");
        out << c;
    }
    return out;
}

QJsonArray CaseJson::toJson(const QList<CaseItem> &items)
{
    QJsonArray out;
    for (const CaseItem &item : items)
        out.append(QJsonObject{{QStringLiteral("code"), item.code},
                               {QStringLiteral("version"), item.guideVersion},
                               {QStringLiteral("name"), item.name}});
    return out;
}

QList<CaseItem> CaseJson::itemsFromJson(const QJsonArray &json)
{
    QList<CaseItem> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        out << CaseItem{str(o, "code"), o.value(QLatin1String("version")).toInt(), str(o, "name")};
    }
    return out;
}

QJsonObject CaseJson::toJson(const QHash<QString, QString> &answers)
{
    QJsonObject out;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QHash<QString, QString> CaseJson::answersFromJson(const QJsonObject &json)
{
    QHash<QString, QString> out;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace onetrip
