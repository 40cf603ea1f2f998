#include "cases/CaseRepository.h"

#include "cases/CaseJson.h"
#include "proxy/ProxyJson.h"
#include "rating/RatingJson.h"
#include "rating/RatingRules.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace onetrip {

namespace {

Error readError(const QString &detail)
{
    return Error{QCoreApplication::translate("Cases", "The case could not be read from the store."),
                 detail};
}

Status writeError(const QString &detail)
{
    return Status::failure(QCoreApplication::translate(
                               "Cases", "The case could not be saved; nothing was changed. Try "
                                        "again."),
                           detail);
}

QJsonDocument parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A null date is stored as NULL (an invalid QVariant for StatementCache).
QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString timeText(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

const char kColumns[] =
    "number, status, version, hall_code, terminal_code, bundle_code, bundle_name, items, "
    "item_name, answers, applicant_id, applicant, agent, channel, clerk_login, clerk_name, "
    "received_on, first_decided_on, accepted_on, due_date, due_warning, notice_due, "
    "supplement_due, supplement_days, commitment_signed, decline_reason, decline_redirect, "
    "notice_rows, trips, notices, second_notices, created_at, updated_at, limit_days, pauses, "
    "department, routed_on, department_due, decided_on, decision_number, refusal_reason, "
    "handed_out_on, hand_out, ratings, follow_up_due, follow_up_days, proxy, proxy_agent, "
    "proxy_completed_on, proxy_commit_due, proxy_taken_on";

const QString &upsertSql()
{
    static const QString sql = []() -> QString {
        const QString columns = QLatin1String(kColumns);
        const QStringList names = columns.split(QStringLiteral(", "));
        QStringList updates;
        for (const QString &name : names) {
            if (name != QLatin1String("number") && name != QLatin1String("created_at"))
                updates << name + QLatin1String(" = excluded.") + name;
        }
        // A changed case has its deadlines counted again by CaseClockIndex (it needs the
        // calendar, which the projector has not).
        updates << QStringLiteral("clock_stale = 1");
        return QLatin1String("INSERT INTO case_record (") + columns +
               QLatin1String(", clock_stale) VALUES (") +
               QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
               QLatin1String(", 1) ON CONFLICT (number) DO UPDATE SET ") +
               updates.join(QStringLiteral(", "));
    }();
    return sql;
}

QString where(const char *table, const QString &number)
{
    return QLatin1String(table) + QLatin1Char(' ') + number;
}

Result<CaseRecord> recordFrom(const QSqlQuery &q)
{
    CaseRecord r;
    int i = 0;
    auto next = [&q, &i]() { return q.value(i++); };
    r.number = next().toString();
    const QString at = where("case_record", r.number);
    auto status = CaseJson::status(next().toString(), at);
    if (!status)
        return status.error();
    r.status = status.value();
    r.version = next().toInt();
    r.hallCode = next().toString();
    r.terminalCode = next().toString();
    r.bundleCode = next().toString();
    r.bundleName = next().toString();
    r.items = CaseJson::itemsFromJson(parse(next()).array());
    next(); // item_name: for lists; derived from items
    r.answers = CaseJson::answersFromJson(parse(next()).object());
    next(); // applicant_id: the key of the applicant table
    auto applicant = CaseJson::applicantFromJson(parse(next()).object(), at);
    if (!applicant)
        return applicant.error();
    r.applicant = applicant.value();
    if (const QString agent = next().toString(); !agent.isEmpty())
        r.agent = CaseJson::agentFromJson(QJsonDocument::fromJson(agent.toUtf8()).object());
    auto channel = CaseJson::channel(next().toString(), at);
    if (!channel)
        return channel.error();
    r.channel = channel.value();
    r.clerkLogin = next().toString();
    r.clerkName = next().toString();
    r.receivedOn = dateOf(next());
    r.firstDecidedOn = dateOf(next());
    r.acceptedOn = dateOf(next());
    r.dueDate = dateOf(next());
    r.dueDateWarning = next().toString();
    r.noticeDue = dateOf(next());
    r.supplementDue = dateOf(next());
    r.supplementDays = next().toInt();
    r.commitmentSigned = next().toBool();
    r.declineReason = next().toString();
    r.declineRedirect = next().toString();
    r.noticeRows = CaseJson::stringsFromJson(parse(next()).array());
    r.trips = next().toInt();
    r.notices = next().toInt();
    r.secondNotices = next().toInt();
    r.createdAt = QDateTime::fromString(next().toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(next().toString(), Qt::ISODateWithMs);
    r.limitDays = next().toInt();
    auto pauses = CaseJson::pausesFromJson(parse(next()).array(), at);
    if (!pauses)
        return pauses.error();
    r.pauses = pauses.value();
    r.department = next().toString();
    r.routedOn = dateOf(next());
    r.departmentDue = dateOf(next());
    r.decidedOn = dateOf(next());
    r.decisionNumber = next().toString();
    r.refusalReason = next().toString();
    r.handedOutOn = dateOf(next());
    if (const QString handOut = next().toString(); !handOut.isEmpty()) {
        auto h = CaseJson::handOutFromJson(QJsonDocument::fromJson(handOut.toUtf8()).object(), at);
        if (!h)
            return h.error();
        r.handOut = h.value();
    }
    auto ratings = RatingJson::ratingsFromJson(parse(next()).array(), at);
    if (!ratings)
        return ratings.error();
    r.ratings = ratings.value();
    next(); // follow_up_due, follow_up_days: for the 差评 list; derived from ratings
    next();
    if (const QString proxy = next().toString(); !proxy.isEmpty()) {
        auto p = ProxyJson::proxyFromJson(QJsonDocument::fromJson(proxy.toUtf8()).object(), at);
        if (!p)
            return p.error();
        r.proxy = p.value();
    }
    // proxy_agent, proxy_completed_on, proxy_commit_due, proxy_taken_on: for the 代办 lists
    // and their commitment light; derived from proxy.
    for (int skipped = 0; skipped < 4; ++skipped)
        next();
    return r;
}

} // namespace

CaseRepository::CaseRepository(const Database &db)
    : m_db(db)
    , m_sql(db)
{
}

Result<std::optional<CaseRecord>> CaseRepository::find(const QString &number) const
{
    QSqlQuery *q = m_sql.bind(QLatin1String("SELECT ") + QLatin1String(kColumns) +
                                  QLatin1String(" FROM case_record WHERE number = ?"),
                              {number});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    if (!q->next()) {
        q->finish();
        return std::optional<CaseRecord>();
    }
    auto read = recordFrom(*q);
    q->finish();
    if (!read)
        return read.error();
    CaseRecord r = std::move(read).value();

    QSqlQuery *c = m_sql.bind(QStringLiteral("SELECT row_key, state, copies, defect, note, "
                                             "material_name FROM case_check WHERE case_number = "
                                             "? ORDER BY position"),
                              {number});
    if (!c || !c->exec())
        return readError(c ? c->lastError().text() : m_sql.lastError());
    while (c->next()) {
        MaterialCheck check;
        check.rowKey = c->value(0).toString();
        const QString at = where("case_check", number + QLatin1Char('/') + check.rowKey);
        auto state = CaseJson::materialState(c->value(1).toString(), at);
        if (!state) {
            c->finish();
            return state.error();
        }
        check.state = state.value();
        check.copiesReceived = c->value(2).toInt();
        if (const QString defect = c->value(3).toString(); !defect.isEmpty()) {
            auto reason = CaseJson::defectReason(defect, at);
            if (!reason) {
                c->finish();
                return reason.error();
            }
            check.defect = reason.value();
        }
        check.note = c->value(4).toString();
        r.materialNames.insert(check.rowKey, c->value(5).toString());
        r.checks << check;
    }
    c->finish();

    auto docs = documents(number);
    if (!docs)
        return docs.error();
    r.documents = docs.value();
    return std::optional<CaseRecord>(r);
}

Result<QString> CaseRepository::caseOfDocument(const QString &documentNumber) const
{
    QSqlQuery *q = m_sql.bind(
        QStringLiteral("SELECT case_number FROM case_document WHERE number = ?"), {documentNumber});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    const QString number = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return number;
}

Result<QList<CaseDocument>> CaseRepository::documents(const QString &caseNumber) const
{
    QSqlQuery *q = m_sql.bind(QStringLiteral("SELECT number, kind, issued_at, data FROM "
                                             "case_document WHERE case_number = ? ORDER BY rowid"),
                              {caseNumber});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    QList<CaseDocument> out;
    while (q->next()) {
        CaseDocument d;
        d.number = q->value(0).toString();
        const QString at = where("case_document", d.number);
        auto kind = CaseJson::documentKind(q->value(1).toString(), at);
        auto data = kind ? CaseJson::documentFromJson(parse(q->value(3)).object(), at)
                         : Result<DocumentData>(kind.error());
        if (!data) {
            q->finish();
            return data.error();
        }
        d.kind = kind.value();
        d.issuedAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        d.data = data.value();
        out << d;
    }
    q->finish();
    return out;
}

Result<int> CaseRepository::documentCount(const QString &caseNumber, DocumentKind kind) const
{
    QSqlQuery *q = m_sql.bind(
        QStringLiteral("SELECT count(*) FROM case_document WHERE case_number = ? AND kind = ?"),
        {caseNumber, CaseJson::kindKey(kind)});
    if (!q || !q->exec() || !q->next())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    const int count = q->value(0).toInt();
    q->finish();
    return count;
}

Status CaseRepository::save(const CaseRecord &r, bool checksUnchanged) const
{
    const QJsonArray noticeRows = CaseJson::toJson(r.noticeRows);
    const VisitRating *open = RatingRules::firstOpen(r); // the 差评 list's due day
    QSqlQuery *q = m_sql.bind(
        upsertSql(),
        {r.number, toKey(r.status), r.version, r.hallCode, r.terminalCode, r.bundleCode,
         r.bundleName, compact(CaseJson::toJson(r.items)), r.itemDisplayName(),
         compact(CaseJson::toJson(r.answers)), r.applicant.idNumber,
         compact(CaseJson::toJson(r.applicant)),
         r.agent ? compact(CaseJson::toJson(*r.agent)) : QString(), toKey(r.channel), r.clerkLogin,
         r.clerkName, date(r.receivedOn), date(r.firstDecidedOn), date(r.acceptedOn),
         date(r.dueDate), r.dueDateWarning, date(r.noticeDue), date(r.supplementDue),
         r.supplementDays, r.commitmentSigned ? 1 : 0, r.declineReason, r.declineRedirect,
         compact(noticeRows), r.trips, r.notices, r.secondNotices, timeText(r.createdAt),
         timeText(r.updatedAt), r.limitDays, compact(CaseJson::toJson(r.pauses)), r.department,
         date(r.routedOn), date(r.departmentDue), date(r.decidedOn), r.decisionNumber,
         r.refusalReason, date(r.handedOutOn),
         r.handOut ? compact(CaseJson::toJson(*r.handOut)) : QStringLiteral(""),
         compact(RatingJson::toJson(r.ratings)), date(open ? open->followUpDue : QDate()),
         open ? open->followUpDays : 0,
         r.proxy ? compact(ProxyJson::toJson(*r.proxy)) : QStringLiteral(""),
         r.proxy ? r.proxy->agentLogin : QStringLiteral(""),
         date(r.proxy ? r.proxy->completedOn : QDate()),
         // The commitment date while the 代办 runs (the light of the 代办 lists).
         date(r.proxy && !r.proxy->completed() ? r.proxy->commitDate : QDate()),
         date(r.proxy ? r.proxy->takenOn : QDate())});
    if (!q || !q->exec())
        return writeError(q ? q->lastError().text() : m_sql.lastError());
    if (checksUnchanged)
        return {};

    QSqlQuery *del =
        m_sql.bind(QStringLiteral("DELETE FROM case_check WHERE case_number = ?"), {r.number});
    if (!del || !del->exec())
        return writeError(del ? del->lastError().text() : m_sql.lastError());
    const QString insert = QStringLiteral(
        "INSERT INTO case_check (case_number, row_key, position, material_name, state, defect, "
        "note, copies, in_notice) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < r.checks.size(); ++i) {
        const MaterialCheck &c = r.checks.at(i);
        QSqlQuery *ins =
            m_sql.bind(insert, {r.number, c.rowKey, int(i), r.materialNames.value(c.rowKey),
                                toKey(c.state), c.defect ? toKey(*c.defect) : QString(), c.note,
                                c.copiesReceived, r.noticeRows.contains(c.rowKey) ? 1 : 0});
        if (!ins || !ins->exec())
            return writeError(ins ? ins->lastError().text() : m_sql.lastError());
    }
    return {};
}

Status CaseRepository::addDocument(const QString &caseNumber, const CaseDocument &d) const
{
    QSqlQuery *q = m_sql.bind(QStringLiteral("INSERT INTO case_document (number, case_number, "
                                             "kind, issued_at, data) VALUES (?, ?, ?, ?, ?)"),
                              {d.number, caseNumber, CaseJson::kindKey(d.kind),
                               timeText(d.issuedAt), compact(CaseJson::toJson(d.data))});
    if (!q || !q->exec())
        return writeError(q ? q->lastError().text() : m_sql.lastError());
    return {};
}

Result<QList<CaseVisit>> CaseRepository::visits(const QString &caseNumber) const
{
    QSqlQuery *q = m_sql.bind(QStringLiteral("SELECT trip, visited_at, clerk_login, outcome FROM "
                                             "case_visit WHERE case_number = ? ORDER BY trip"),
                              {caseNumber});
    if (!q || !q->exec())
        return readError(q ? q->lastError().text() : m_sql.lastError());
    QList<CaseVisit> out;
    while (q->next()) {
        const int trip = q->value(0).toInt();
        auto outcome = CaseJson::status(
            q->value(3).toString(), where("case_visit", caseNumber + u'/' + QString::number(trip)));
        if (!outcome) {
            q->finish();
            return outcome.error();
        }
        out << CaseVisit{trip, QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                         q->value(2).toString(), outcome.value()};
    }
    q->finish();
    return out;
}

Status CaseRepository::addVisit(const QString &caseNumber, int trip, const QDateTime &at,
                                const QString &clerkLogin, const QString &outcome) const
{
    QSqlQuery *q =
        m_sql.bind(QStringLiteral("INSERT INTO case_visit (case_number, trip, visited_at, "
                                  "clerk_login, outcome) VALUES (?, ?, ?, ?, ?)"),
                   {caseNumber, trip, timeText(at), clerkLogin, outcome});
    if (!q || !q->exec())
        return writeError(q ? q->lastError().text() : m_sql.lastError());
    return {};
}

} // namespace onetrip
