#include "Command.h"
#include "StoreAccess.h"

#include "cases/CaseJson.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSearch.h"
#include "identity/ResidentId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace onetrip::ctl {

namespace {

// ID numbers in an event payload masked: an applicant's or agent's "idNumber", a flagged
// "applicant". An organisation's credit code is public and stays.
QJsonValue masked(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(masked(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    const bool organisation = o.value(QLatin1String("kind")) == QLatin1String("organisation");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const bool id = it.key() == QLatin1String("idNumber") ||
                        (it.key() == QLatin1String("applicant") && it.value().isString());
        // A flagged applicant may be an organisation too: masked all the same (cautious).
        if (id && !organisation)
            it.value() = ResidentId::mask(it.value().toString());
        else
            it.value() = masked(it.value());
    }
    return o;
}

QJsonObject caseJson(const CaseRecord &r)
{
    Applicant applicant = r.applicant;
    applicant.idNumber = r.applicant.maskedId();
    QJsonObject o{{QStringLiteral("number"), r.number},
                  {QStringLiteral("status"), toKey(r.status)},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("hall"), r.hallCode},
                  {QStringLiteral("terminal"), r.terminalCode},
                  {QStringLiteral("bundle"), r.bundleCode},
                  {QStringLiteral("items"), CaseJson::toJson(r.items)},
                  {QStringLiteral("answers"), CaseJson::toJson(r.answers)},
                  {QStringLiteral("applicant"), CaseJson::toJson(applicant)},
                  {QStringLiteral("channel"), toKey(r.channel)},
                  {QStringLiteral("clerk"), r.clerkLogin},
                  {QStringLiteral("checks"), CaseJson::toJson(r.checks)},
                  {QStringLiteral("noticeRows"), CaseJson::toJson(r.noticeRows)},
                  {QStringLiteral("receivedOn"), CaseJson::toJson(r.receivedOn)},
                  {QStringLiteral("noticeDue"), CaseJson::toJson(r.noticeDue)},
                  {QStringLiteral("acceptedOn"), CaseJson::toJson(r.acceptedOn)},
                  {QStringLiteral("dueDate"), CaseJson::toJson(r.dueDate)},
                  {QStringLiteral("supplementDue"), CaseJson::toJson(r.supplementDue)},
                  {QStringLiteral("trips"), r.trips},
                  {QStringLiteral("notices"), r.notices},
                  {QStringLiteral("secondNotices"), r.secondNotices}};
    if (r.agent) {
        Agent agent = *r.agent;
        agent.idNumber = r.agent->maskedId();
        o.insert(QStringLiteral("agent"), CaseJson::toJson(agent));
    }
    return o;
}

int show(const QString &number, const Options &opts, Io io)
{
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    CaseQueries queries(*db, WorkdayCalendar());
    auto record = queries.open(number);
    if (!record) {
        printError(record.error(), io);
        return record.error().detail.isEmpty() ? Invalid : Failed;
    }
    auto events = queries.events(record->number);
    if (!events) {
        printError(events.error(), io);
        return Failed;
    }
    QJsonArray eventList;
    for (const CaseEvent &e : events.value())
        eventList.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("terminal"), e.terminalCode},
                                     {QStringLiteral("sequence"), e.terminalSequence},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("type"), e.type},
                                     {QStringLiteral("baseVersion"), e.baseVersion},
                                     {QStringLiteral("payload"), masked(e.payload)}});
    QJsonArray documents;
    for (const CaseDocument &d : record->documents)
        documents.append(
            QJsonObject{{QStringLiteral("number"), d.number},
                        {QStringLiteral("kind"), CaseJson::kindKey(d.kind)},
                        {QStringLiteral("issuedAt"), d.issuedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("data"), CaseJson::toJson(d.data)}});
    const QJsonObject out{{QStringLiteral("case"), caseJson(record.value())},
                          {QStringLiteral("events"), eventList},
                          {QStringLiteral("documents"), documents}};
    io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Ok;
}

// Cases by number (or its start), ID number or credit code, or name (or its start): one
// line each, newest first, the ID masked.
int find(const QString &typed, const Options &opts, Io io)
{
    auto db = openStore(opts, io, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto found = CaseSearch::find(*db, typed);
    if (!found) {
        io.err << found.message() << '\n';
        return found.error().detail == QLatin1String("identity") ? Invalid : Usage;
    }
    for (const CaseSearch::Hit &h : found->hits)
        io.out << h.number << '\t' << h.receivedOn.toString(Qt::ISODate) << '\t' << toKey(h.status)
               << '\t' << h.applicantName << '\t' << h.applicantIdMasked << '\t' << h.itemName
               << '\n';
    if (found->more)
        io.out << QCoreApplication::translate("onetripctl", "… more cases match: type more of it.")
               << '\n';
    return Ok;
}

} // namespace

int runCase(const QStringList &args, const Options &opts, Io io)
{
    if (args.size() == 2 && args.at(0) == QLatin1String("show"))
        return show(args.at(1), opts, io);
    if (args.size() == 2 && args.at(0) == QLatin1String("find"))
        return find(args.at(1), opts, io);
    io.err << QCoreApplication::translate(
                  "onetripctl",
                  "Usage: onetripctl [--store FILE] case show NUMBER | case find TEXT (a case "
                  "number or its start, an ID number or credit code, a name or its start)")
           << '\n';
    return Usage;
}

} // namespace onetrip::ctl
