// Who may do what on the real onetrip-server: every endpoint of docs/api.md × every role
// (clerk, agent, supervisor, administrator; no token, a forged token, another hall's staff,
// tokens with and without a terminal) × ownership (own hall or another; own terminal or
// another's events; for push an actor of another hall, an agent on a case not assigned to
// them, a clerk recording a change only a supervisor may record). Every row states by hand
// the status and code docs/api.md and core/auth/Permissions.cpp give; allows are checked as
// much as denies, and a refused push must leave the server's data as it was.
#include "SyncHarness.h"

#include "cases/CaseEvents.h"
#include "cases/CaseNumber.h"
#include "sync/SyncWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace onetrip;
using namespace onetrip::test;

namespace {

// Who calls: a login and the terminal ("HALL/CODE") its token was issued to. "none" sends
// no Authorization header, "forged" a well-formed token the server never issued.
struct Principal
{
    QString login;
    QString terminal;
};
const QHash<QString, Principal> &principals()
{
    static const QHash<QString, Principal> all = {
        {QStringLiteral("clerk"), {QStringLiteral("clerk01"), {}}},
        {QStringLiteral("agent"), {QStringLiteral("agent01"), {}}},
        {QStringLiteral("super"), {QStringLiteral("super01"), {}}},
        {QStringLiteral("admin"), {QStringLiteral("admin"), {}}},
        {QStringLiteral("clerk@T01"), {QStringLiteral("clerk01"), QStringLiteral("JNLX/T01")}},
        {QStringLiteral("agent@T01"), {QStringLiteral("agent01"), QStringLiteral("JNLX/T01")}},
        {QStringLiteral("super@T01"), {QStringLiteral("super01"), QStringLiteral("JNLX/T01")}},
        {QStringLiteral("admin@T01"), {QStringLiteral("admin"), QStringLiteral("JNLX/T01")}},
        {QStringLiteral("clerk02@T02"), {QStringLiteral("clerk02"), QStringLiteral("JNLX/T02")}},
        // clerk09 is staff of the other hall, QTEST.
        {QStringLiteral("other-hall"), {QStringLiteral("clerk09"), {}}},
        {QStringLiteral("other-hall@T01"),
         {QStringLiteral("clerk09"), QStringLiteral("QTEST/T01")}},
    };
    return all;
}

// "login/role/hall/terminal" of a user object in an answer (login, me).
QString who(const QJsonObject &user)
{
    QStringList parts;
    for (const char *key : {"login", "role", "hall", "terminal"})
        parts << user.value(QLatin1String(key)).toString();
    return parts.join(QLatin1Char('/'));
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerDatabaseFixture> m_database;
    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, QString> m_keys;   // "JNLX/T01" -> the terminal's key
    QHash<QString, QString> m_tokens; // principal -> access token, signed in once
    CaseEvent m_received;             // a real first event of a case: the pattern
    QHash<QString, QString> m_cases;  // "T01", "T02", "QTEST": a case the server holds
    QString m_t02EventId;             // an event of terminal T02 the server applied
    int m_serial = 0;                 // for case numbers, halls and logins made by rows

    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }

    QJsonObject proof(const QString &terminal) const
    {
        const QStringList parts = terminal.split(QLatin1Char('/'));
        return {{QStringLiteral("hall"), parts.value(0)},
                {QStringLiteral("code"), parts.value(1)},
                {QStringLiteral("key"), m_keys.value(terminal)}};
    }

    QString signInAs(const QString &principal, QString *refresh = nullptr) const
    {
        const Principal p = principals().value(principal);
        return signIn(m_server->url(), p.login, kPassword, refresh,
                      p.terminal.isEmpty() ? QJsonObject() : proof(p.terminal));
    }

    QString tokenOf(const QString &principal)
    {
        if (principal == QLatin1String("none"))
            return {};
        if (principal == QLatin1String("forged"))
            return QString::fromLatin1(
                QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                    .repeated(3)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (!m_tokens.contains(principal))
            m_tokens.insert(principal, signInAs(principal));
        return m_tokens.value(principal);
    }

    // What the server's database holds, in the numbers a push changes: applied events, all
    // events, cases, the sum of case versions, the sum of the halls' feed cursors, the sum of
    // the terminals' last sequences.
    QStringList snapshot() const
    {
        return m_database->firstRow(QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_event WHERE state = 'applied'), (SELECT "
            "count(*) FROM sync_event), (SELECT count(*) FROM case_head), (SELECT "
            "coalesce(sum(version), 0) FROM case_head), (SELECT coalesce(sum(feed_cursor), 0) "
            "FROM hall), (SELECT coalesce(sum(last_seq), 0) FROM terminal)"));
    }
    static QStringList plus(const QStringList &s, const QList<int> &delta)
    {
        QStringList out;
        for (int i = 0; i < s.size(); ++i)
            out << QString::number(s.at(i).toLongLong() + delta.value(i));
        return out;
    }

    // A first event of a new case numbered for numberHall/numberTerminal, written by
    // `actor` at hall/terminal and continuing that terminal's chain on the server.
    CaseEvent newCase(const QString &hall, const QString &terminal, const QString &actor,
                      const QString &numberHall, const QString &numberTerminal)
    {
        CaseEvent e = m_received;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.hallCode = hall;
        e.terminalCode = terminal;
        e.actor = actor;
        e.caseNumber =
            CaseNumber::format(numberHall, QDate(2026, 12, 1), numberTerminal, ++m_serial);
        e.baseVersion = 0;
        e.parentId.clear();
        continueChain(*m_database, e);
        return e;
    }
    // The next event of `caseNumber` as the server holds it now.
    CaseEvent change(const QString &hall, const QString &terminal, const QString &actor,
                     const QString &caseNumber, const char *type,
                     DocumentKind kind = DocumentKind::AcceptanceNotice)
    {
        const QStringList head = m_database->firstRow(
            QStringLiteral("SELECT version, last_event_id FROM case_head WHERE number = ?"),
            {caseNumber});
        CaseEvent e = m_received;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.hallCode = hall;
        e.terminalCode = terminal;
        e.actor = actor;
        e.caseNumber = caseNumber;
        e.baseVersion = head.value(0).toInt();
        e.parentId = head.value(1);
        e.type = QString::fromLatin1(type);
        if (e.type == QLatin1String(CaseEventType::ClockPaused))
            e.payload = CaseEvents::ClockPaused{PauseKind::ExpertReview, QStringLiteral("专家评审"),
                                                QDate(2026, 12, 1)}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::Routed))
            e.payload = CaseEvents::Routed{QStringLiteral("市市场监督管理局"), QDate(2026, 12, 18),
                                           QDate(2026, 12, 1), QString()}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::Decided))
            e.payload = CaseEvents::Decided{true, QStringLiteral("鲁DA5310200123"),
                                            QDate(2026, 12, 1), QString()}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::HandedOut)) {
            HandOut h;
            h.method = HandOutMethod::Express;
            h.address = QStringLiteral("济南市历下区泉城路2号");
            h.carrier = QStringLiteral("EMS");
            h.tracking = QStringLiteral("EA123456789CN");
            e.payload = CaseEvents::HandedOut{h, QDate(2026, 12, 1)}.toPayload();
        } else if (e.type == QLatin1String(CaseEventType::ProxyTaken))
            e.payload = CaseEvents::ProxyTaken{QStringLiteral("agent01"), QStringLiteral("李强"),
                                               ProxyScope{}, QStringLiteral("13800000001"),
                                               QDate(2026, 12, 31)}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::ProxyReassigned))
            e.payload = CaseEvents::ProxyReassigned{QStringLiteral("agent02"),
                                                    QStringLiteral("孙丽"), QStringLiteral("病假")}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::Rated))
            e.payload = CaseEvents::Rated{1,         RatingLevel::Satisfied,    {5, 5, 5},
                                          QString(), QStringLiteral("clerk01"), 0,
                                          QDate()}
                            .toPayload();
        else if (e.type == QLatin1String(CaseEventType::RatingAppealed))
            e.payload =
                CaseEvents::RatingAppealed{1, true, QDate(2026, 12, 1), QStringLiteral("误评")}
                    .toPayload();
        else if (e.type == QLatin1String(CaseEventType::DocumentIssued)) {
            CaseEvents::DocumentIssued doc;
            doc.kind = kind;
            doc.number = CaseNumber::documentNumber(caseNumber, kind, 1, terminal);
            doc.data.kind = kind;
            doc.data.documentNumber = doc.number;
            doc.data.caseNumber = caseNumber;
            if (kind == DocumentKind::HandoverSlip) {
                // A slip of a real link: the applicant's materials to agent01.
                ProxyCase p;
                p.agentLogin = QStringLiteral("agent01");
                p.handovers << Handover{QDateTime(QDate(2026, 12, 1), QTime(10, 0)),
                                        QStringLiteral("agent01"),
                                        Party::applicant(QStringLiteral("王某")),
                                        p.agent(),
                                        {{QStringLiteral("申请书"), 1}},
                                        QString(),
                                        false};
                doc.data.proxy = p;
                doc.data.proxyLink = 0;
            }
            e.payload = doc.toPayload();
        } else if (e.type == QLatin1String(CaseEventType::ConflictResolved))
            e.payload =
                CaseEvents::ConflictResolved{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             CaseEvents::ConflictResolved::Resolution::Discarded,
                                             QStringLiteral("重复录入")}
                    .toPayload();
        else
            e.payload = CaseEvents::SecondNoticeApproved{
                QStringLiteral("super01"),
                QStringLiteral("材料仍不齐全"),
                {}}.toPayload();
        continueChain(*m_database, e);
        return e;
    }
    QByteArray batch(const QString &hall, const QString &terminal, const QList<CaseEvent> &events)
    {
        return text(SyncWire::toJson(SyncWire::PushRequest{hall, terminal, events}));
    }

    // The push body of a row's variant, and its one event (none for an empty batch).
    QByteArray pushBody(const QString &variant, std::optional<CaseEvent> &event)
    {
        const QString jnlx = QStringLiteral("JNLX"), qtest = QStringLiteral("QTEST");
        const QString t01 = QStringLiteral("T01"), t02 = QStringLiteral("T02");
        const QString clerk = QStringLiteral("clerk01");
        if (variant == QLatin1String("empty batch"))
            return batch(jnlx, t01, {});
        if (variant == QLatin1String("new case"))
            event = newCase(jnlx, t01, clerk, jnlx, t01);
        else if (variant == QLatin1String("batch of T02"))
            event = newCase(jnlx, t02, QStringLiteral("clerk02"), jnlx, t02);
        else if (variant == QLatin1String("batch of QTEST/T01"))
            event = newCase(qtest, t01, QStringLiteral("clerk09"), qtest, t01);
        else if (variant == QLatin1String("T02's event in T01's batch")) {
            event = newCase(jnlx, t02, QStringLiteral("clerk02"), jnlx, t02);
            return batch(jnlx, t01, {*event});
        } else if (variant == QLatin1String("actor of another hall"))
            event = newCase(jnlx, t01, QStringLiteral("clerk09"), jnlx, t01);
        else if (variant == QLatin1String("unknown actor"))
            event = newCase(jnlx, t01, QStringLiteral("ghost01"), jnlx, t01);
        else if (variant == QLatin1String("administrator as actor"))
            event = newCase(jnlx, t01, QStringLiteral("admin"), jnlx, t01);
        else if (variant == QLatin1String("supervisor as actor"))
            event = newCase(jnlx, t01, QStringLiteral("super01"), jnlx, t01);
        else if (variant == QLatin1String("agent opens a case"))
            event = newCase(jnlx, t01, QStringLiteral("agent01"), jnlx, t01);
        else if (variant == QLatin1String("agent on a case not theirs"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::SecondNoticeApproved);
        else if (variant == QLatin1String("agent stops a case's clock"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::ClockPaused);
        else if (variant == QLatin1String("agent records a decision"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::Decided);
        else if (variant == QLatin1String("agent hands out a result"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::HandedOut);
        else if (variant == QLatin1String("agent routes a case"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::Routed);
        else if (variant == QLatin1String("agent rates a visit"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::Rated);
        else if (variant == QLatin1String("clerk decides an appeal"))
            event = change(jnlx, t01, clerk, m_cases.value(t01), CaseEventType::RatingAppealed);
        else if (variant == QLatin1String("agent takes a case"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::ProxyTaken);
        else if (variant == QLatin1String("agent issues an acceptance notice"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::DocumentIssued, DocumentKind::AcceptanceNotice);
        else if (variant == QLatin1String("agent issues a 交接单 of a case not theirs"))
            event = change(jnlx, t01, QStringLiteral("agent01"), m_cases.value(t01),
                           CaseEventType::DocumentIssued, DocumentKind::HandoverSlip);
        else if (variant == QLatin1String("clerk issues a 交接单"))
            event = change(jnlx, t01, clerk, m_cases.value(t01), CaseEventType::DocumentIssued,
                           DocumentKind::HandoverSlip);
        else if (variant == QLatin1String("clerk reassigns a 代办"))
            event = change(jnlx, t01, clerk, m_cases.value(t01), CaseEventType::ProxyReassigned);
        else if (variant == QLatin1String("clerk resolves a conflict"))
            event = change(jnlx, t01, clerk, m_cases.value(t01), CaseEventType::ConflictResolved);
        else if (variant == QLatin1String("supervisor resolves a conflict"))
            event = change(jnlx, t01, QStringLiteral("super01"), m_cases.value(t01),
                           CaseEventType::ConflictResolved);
        else if (variant == QLatin1String("case of T02"))
            event =
                change(jnlx, t01, clerk, m_cases.value(t02), CaseEventType::SecondNoticeApproved);
        else if (variant == QLatin1String("case of another hall"))
            event =
                change(jnlx, t01, clerk, m_cases.value(qtest), CaseEventType::SecondNoticeApproved);
        else if (variant == QLatin1String("QTEST on a JNLX case"))
            event = change(qtest, t01, QStringLiteral("clerk09"), m_cases.value(t01),
                           CaseEventType::SecondNoticeApproved);
        else if (variant == QLatin1String("number of T02"))
            event = newCase(jnlx, t01, clerk, jnlx, t02);
        else if (variant == QLatin1String("number of another hall"))
            event = newCase(jnlx, t01, clerk, qtest, t01);
        else if (variant == QLatin1String("own number in lower case")) {
            event = newCase(jnlx, t01, clerk, jnlx, t01);
            event->caseNumber = event->caseNumber.toLower();
            event->hash = event->computeHash();
        } else if (variant == QLatin1String("id of T02's event")) {
            event = newCase(jnlx, t01, clerk, jnlx, t01);
            event->id = m_t02EventId;
            event->hash = event->computeHash();
        } else {
            qWarning("unknown push variant %s", qPrintable(variant));
            return {};
        }
        return batch(event->hallCode, event->terminalCode, {*event});
    }

    // One row as a request: method, path, body and the bearer token.
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString token;
    };
    Request request(const QString &endpoint, const QString &principal, const QString &variant,
                    std::optional<CaseEvent> &event, QString &refresh)
    {
        const Principal p = principals().value(principal);
        const QString ownHall =
            p.login == QLatin1String("clerk09") ? QStringLiteral("QTEST") : QStringLiteral("JNLX");
        const QString otherHall =
            ownHall == QLatin1String("JNLX") ? QStringLiteral("QTEST") : QStringLiteral("JNLX");
        const QString token = tokenOf(principal);
        if (endpoint == QLatin1String("POST login")) {
            QJsonObject body{{QStringLiteral("login"), p.login},
                             {QStringLiteral("password"), kPassword}};
            if (!p.terminal.isEmpty())
                body.insert(QStringLiteral("terminal"), proof(p.terminal));
            if (variant == QLatin1String("wrong password"))
                body.insert(QStringLiteral("password"), QStringLiteral("password2"));
            else if (variant == QLatin1String("unknown login"))
                body.insert(QStringLiteral("login"), QStringLiteral("nobody01"));
            else if (variant == QLatin1String("no password"))
                body.remove(QStringLiteral("password"));
            else if (variant == QLatin1String("wrong terminal key")) {
                QJsonObject t = proof(p.terminal);
                t.insert(QStringLiteral("key"), QStringLiteral("not-the-key"));
                body.insert(QStringLiteral("terminal"), t);
            } else if (variant == QLatin1String("terminal of another hall"))
                body.insert(QStringLiteral("terminal"), proof(otherHall + QStringLiteral("/T01")));
            else if (variant == QLatin1String("another terminal of the hall"))
                body.insert(QStringLiteral("terminal"), proof(QStringLiteral("JNLX/T02")));
            return {"POST", QStringLiteral("/api/v1/login"), text(body), {}};
        }
        if (endpoint == QLatin1String("POST refresh")) {
            QString access;
            if (principal != QLatin1String("none"))
                access = signInAs(principal, &refresh);
            QString sent = refresh;
            if (variant == QLatin1String("access token"))
                sent = access;
            else if (variant == QLatin1String("forged"))
                sent = tokenOf(QStringLiteral("forged"));
            else if (variant == QLatin1String("used before")) {
                // Exchanged, and its successor exchanged too: presenting it now is a copy (a
                // retry after a lost answer would find its successor unused).
                const HttpExchange first = http("POST", url(QStringLiteral("/api/v1/refresh")),
                                                text({{QStringLiteral("refreshToken"), refresh}}));
                (void)http("POST", url(QStringLiteral("/api/v1/refresh")),
                           text({{QStringLiteral("refreshToken"),
                                  json(first.body).value(QLatin1String("refreshToken"))}}));
            }
            QJsonObject body{{QStringLiteral("refreshToken"), sent}};
            if (variant == QLatin1String("no token"))
                body = {};
            return {"POST", QStringLiteral("/api/v1/refresh"), text(body), {}};
        }
        if (endpoint == QLatin1String("POST logout")) {
            // Its own sign-in: logging out ends it.
            QString fresh = token;
            if (principal != QLatin1String("none") && principal != QLatin1String("forged"))
                fresh = signInAs(principal, &refresh);
            if (variant == QLatin1String("refresh token"))
                fresh = refresh;
            return {"POST", QStringLiteral("/api/v1/logout"), "{}", fresh};
        }
        if (endpoint == QLatin1String("GET me"))
            return {"GET", QStringLiteral("/api/v1/me"), {}, token};
        if (endpoint == QLatin1String("GET health"))
            return {"GET", QStringLiteral("/api/v1/health"), {}, token};
        if (endpoint == QLatin1String("POST terminals")) {
            QJsonObject body{{QStringLiteral("hall"), ownHall}};
            if (variant == QLatin1String("other hall"))
                body.insert(QStringLiteral("hall"), otherHall);
            else if (variant == QLatin1String("unknown hall"))
                body.insert(QStringLiteral("hall"), QStringLiteral("NOPE"));
            else if (variant == QLatin1String("taken code"))
                body.insert(QStringLiteral("code"), QStringLiteral("T01"));
            else if (variant == QLatin1String("bad code"))
                body.insert(QStringLiteral("code"), QStringLiteral("t-1"));
            return {"POST", QStringLiteral("/api/v1/terminals"), text(body), token};
        }
        if (endpoint == QLatin1String("POST push"))
            return {"POST", QStringLiteral("/api/v1/push"), pushBody(variant, event), token};
        if (endpoint == QLatin1String("GET pull")) {
            QString query = QStringLiteral("after=0&limit=2000");
            if (variant == QLatin1String("after=-1"))
                query = QStringLiteral("after=-1");
            else if (variant == QLatin1String("limit=x"))
                query = QStringLiteral("limit=x");
            return {"GET", QStringLiteral("/api/v1/pull?") + query, {}, token};
        }
        if (endpoint == QLatin1String("GET halls"))
            return {"GET", QStringLiteral("/api/v1/halls"), {}, token};
        if (endpoint == QLatin1String("POST halls")) {
            QString code = QStringLiteral("H%1").arg(++m_serial);
            if (variant == QLatin1String("existing"))
                code = QStringLiteral("JNLX");
            else if (variant == QLatin1String("bad code"))
                code = QStringLiteral("h-1");
            return {"POST", QStringLiteral("/api/v1/halls"),
                    text({{QStringLiteral("code"), code}, {QStringLiteral("name"), code}}), token};
        }
        if (endpoint == QLatin1String("GET users")) {
            QString path = QStringLiteral("/api/v1/users");
            if (variant.startsWith(QLatin1String("hall=")))
                path += QLatin1Char('?') + variant;
            return {"GET", path, {}, token};
        }
        if (endpoint == QLatin1String("POST users")) {
            QJsonObject body{{QStringLiteral("login"), QStringLiteral("staff%1").arg(++m_serial)},
                             {QStringLiteral("name"), QStringLiteral("新同事")},
                             {QStringLiteral("role"), QStringLiteral("clerk")},
                             {QStringLiteral("hall"), QStringLiteral("JNLX")},
                             {QStringLiteral("counter"), QStringLiteral("8")},
                             {QStringLiteral("password"), QStringLiteral("password8")}};
            if (variant == QLatin1String("supervisor of QTEST")) {
                body.insert(QStringLiteral("role"), QStringLiteral("supervisor"));
                body.insert(QStringLiteral("hall"), QStringLiteral("QTEST"));
            } else if (variant == QLatin1String("existing login"))
                body.insert(QStringLiteral("login"), QStringLiteral("clerk01"));
            else if (variant == QLatin1String("unknown hall"))
                body.insert(QStringLiteral("hall"), QStringLiteral("NOPE"));
            return {"POST", QStringLiteral("/api/v1/users"), text(body), token};
        }
        if (endpoint == QLatin1String("PATCH users")) {
            QString target = QStringLiteral("clerk05");
            QJsonObject body{{QStringLiteral("counter"), QStringLiteral("9")}};
            if (variant == QLatin1String("self")) {
                target = p.login;
                body = {{QStringLiteral("name"), QStringLiteral("改名")}};
            } else if (variant == QLatin1String("unknown login"))
                target = QStringLiteral("nobody01");
            return {"PATCH", QStringLiteral("/api/v1/users/") + target, text(body), token};
        }
        qWarning("unknown endpoint %s", qPrintable(endpoint));
        return {};
    }

    // What a 2xx body must show (`expect` of the row).
    void checkBody(const QString &endpoint, const QString &expect, const QByteArray &body,
                   const std::optional<CaseEvent> &event, const QString &refresh)
    {
        const QJsonObject o = json(body);
        if (endpoint == QLatin1String("POST login")) {
            QCOMPARE(who(o.value(QLatin1String("user")).toObject()), expect);
            const QString access = o.value(QLatin1String("accessToken")).toString();
            QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, access).status, 200);
        } else if (endpoint == QLatin1String("POST refresh")) {
            // The new pair works and the terminal is kept; the old refresh token, once its
            // successor has been used, is spent.
            const QString access = o.value(QLatin1String("accessToken")).toString();
            const HttpExchange me = http("GET", url(QStringLiteral("/api/v1/me")), {}, access);
            QCOMPARE(me.status, 200);
            QCOMPARE(who(json(me.body)), expect);
            QCOMPARE(http("POST", url(QStringLiteral("/api/v1/refresh")),
                          text({{QStringLiteral("refreshToken"),
                                 o.value(QLatin1String("refreshToken"))}}))
                         .status,
                     200);
            QCOMPARE(http("POST", url(QStringLiteral("/api/v1/refresh")),
                          text({{QStringLiteral("refreshToken"), refresh}}))
                         .status,
                     401);
        } else if (endpoint == QLatin1String("GET me")) {
            QCOMPARE(who(o), expect);
        } else if (endpoint == QLatin1String("POST logout")) {
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("signed-out"));
        } else if (endpoint == QLatin1String("GET health")) {
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        } else if (endpoint == QLatin1String("POST terminals")) {
            QCOMPARE(o.value(QLatin1String("hall")).toString(), expect);
            QVERIFY(!o.value(QLatin1String("key")).toString().isEmpty());
        } else if (endpoint == QLatin1String("GET pull")) {
            // "none": nothing, though the hall has events; else only events of that hall.
            const QJsonArray events = o.value(QLatin1String("events")).toArray();
            if (expect == QLatin1String("none"))
                QCOMPARE(events.size(), 0);
            else
                QVERIFY(!events.isEmpty());
            for (const QJsonValue &v : events)
                QCOMPARE(v.toObject().value(QLatin1String("hall")).toString(), expect);
        } else if (endpoint == QLatin1String("GET halls")) {
            QStringList codes;
            for (const QJsonValue &v : o.value(QLatin1String("halls")).toArray())
                codes << v.toObject().value(QLatin1String("code")).toString();
            if (expect == QLatin1String("all"))
                QCOMPARE(
                    QString::number(codes.size()),
                    m_database->firstRow(QStringLiteral("SELECT count(*) FROM hall")).value(0));
            else
                QCOMPARE(codes.join(QLatin1Char(',')), expect);
        } else if (endpoint == QLatin1String("GET users")) {
            const QJsonArray users = o.value(QLatin1String("users")).toArray();
            QVERIFY(!users.isEmpty());
            if (expect == QLatin1String("all"))
                QCOMPARE(
                    QString::number(users.size()),
                    m_database->firstRow(QStringLiteral("SELECT count(*) FROM staff")).value(0));
            else {
                for (const QJsonValue &v : users)
                    QCOMPARE(v.toObject().value(QLatin1String("hall")).toString(), expect);
            }
        } else if (endpoint == QLatin1String("POST halls") ||
                   endpoint == QLatin1String("POST users")) {
            QVERIFY(!o.value(QLatin1String("code")).toString().isEmpty() ||
                    !o.value(QLatin1String("login")).toString().isEmpty());
        } else if (endpoint == QLatin1String("PATCH users")) {
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("changed"));
        } else if (endpoint == QLatin1String("POST push")) {
            const QJsonArray results = o.value(QLatin1String("results")).toArray();
            if (!event) {
                QCOMPARE(results.size(), 0);
                return;
            }
            QCOMPARE(results.size(), 1);
            const QJsonObject r = results.at(0).toObject();
            QCOMPARE(r.value(QLatin1String("id")).toString(), event->id);
            if (expect == QLatin1String("applied")) {
                QCOMPARE(r.value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
                QVERIFY(r.value(QLatin1String("cursor")).toDouble() > 0);
            } else {
                QCOMPARE(r.value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
                QCOMPARE(QStringLiteral("rejected ") + r.value(QLatin1String("code")).toString(),
                         expect);
                QVERIFY(!r.value(QLatin1String("reason")).toString().isEmpty());
            }
        }
    }

    static void row(const char *endpoint, const char *variant, const char *principal, int status,
                    const char *code, const char *expect = "")
    {
        QTest::addRow("%s | %s | %s", endpoint, variant, principal)
            << QString::fromLatin1(endpoint) << QString::fromLatin1(principal)
            << QString::fromLatin1(variant) << status << QString::fromLatin1(code)
            << QString::fromLatin1(expect);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<ServerDatabaseFixture>();
        QVERIFY2(m_database->error().isEmpty(), qPrintable(m_database->error()));
        // Every row may sign in afresh: lift the per-address limit out of the way.
        m_server = std::make_unique<ServerProcess>(
            m_database->url(),
            QStringList{QStringLiteral("--login-attempts-per-minute"), QStringLiteral("100000")});
        QVERIFY(m_server->bootstrap());
        QVERIFY(m_server->start());

        // Terminals T01 and T02 of JNLX (by its supervisor) and T01 of QTEST (by the
        // administrator).
        const QString super = signIn(m_server->url(), QStringLiteral("super01"), kPassword);
        const QString admin = signIn(m_server->url(), QStringLiteral("admin"), kPassword);
        QVERIFY(!super.isEmpty() && !admin.isEmpty());
        for (const auto &[token, hall] :
             {std::pair{super, QStringLiteral("JNLX")}, std::pair{super, QStringLiteral("JNLX")},
              std::pair{admin, QStringLiteral("QTEST")}}) {
            const HttpExchange r = http("POST", url(QStringLiteral("/api/v1/terminals")),
                                        text({{QStringLiteral("hall"), hall}}), token);
            QCOMPARE(r.status, 200);
            const QJsonObject o = json(r.body);
            m_keys.insert(hall + QLatin1Char('/') + o.value(QLatin1String("terminal")).toString(),
                          o.value(QLatin1String("key")).toString());
        }
        QCOMPARE(m_keys.size(), 3);
        QVERIFY(m_keys.contains(QStringLiteral("JNLX/T02")));
        const HttpExchange added = http("POST", url(QStringLiteral("/api/v1/users")),
                                        text({{QStringLiteral("login"), QStringLiteral("clerk05")},
                                              {QStringLiteral("name"), QStringLiteral("周婷")},
                                              {QStringLiteral("role"), QStringLiteral("clerk")},
                                              {QStringLiteral("hall"), QStringLiteral("JNLX")},
                                              {QStringLiteral("password"), kPassword}}),
                                        admin);
        QCOMPARE(added.status, 201);

        // The pattern of forged events: a real first event written by the core.
        m_received = sampleFirstEvent();
        QCOMPARE(m_received.type, QString::fromLatin1(CaseEventType::Received));

        // One case of each terminal on the server, pushed by its own staff.
        for (const auto &[principal, hall, terminal, actor] :
             {std::tuple{"clerk@T01", "JNLX", "T01", "clerk01"},
              std::tuple{"clerk02@T02", "JNLX", "T02", "clerk02"},
              std::tuple{"other-hall@T01", "QTEST", "T01", "clerk09"}}) {
            const CaseEvent e =
                newCase(QLatin1String(hall), QLatin1String(terminal), QLatin1String(actor),
                        QLatin1String(hall), QLatin1String(terminal));
            const HttpExchange r =
                http("POST", url(QStringLiteral("/api/v1/push")),
                     batch(e.hallCode, e.terminalCode, {e}), tokenOf(QLatin1String(principal)));
            QCOMPARE(r.status, 200);
            QCOMPARE(json(r.body)
                         .value(QLatin1String("results"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("outcome"))
                         .toString(),
                     QStringLiteral("applied"));
            m_cases.insert(QLatin1String(hall) == QLatin1String("QTEST") ? QStringLiteral("QTEST")
                                                                         : e.terminalCode,
                           e.caseNumber);
            if (e.terminalCode == QLatin1String("T02") && e.hallCode == QLatin1String("JNLX"))
                m_t02EventId = e.id;
        }
    }

    void cleanupTestCase()
    {
        if (m_server)
            QVERIFY2(m_server->stop(), qPrintable(m_server->log().right(2000)));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");   // error.code of a refusal
        QTest::addColumn<QString>("expect"); // what a 2xx answer shows

        // --- POST /api/v1/login (no token; the principal is who signs in) ---
        row("POST login", "password", "clerk", 200, "", "clerk01/clerk/JNLX/");
        row("POST login", "password", "agent", 200, "", "agent01/agent/JNLX/");
        row("POST login", "password", "super", 200, "", "super01/supervisor/JNLX/");
        row("POST login", "password", "admin", 200, "", "admin/admin//");
        row("POST login", "password", "other-hall", 200, "", "clerk09/clerk/QTEST/");
        row("POST login", "password and terminal", "clerk@T01", 200, "", "clerk01/clerk/JNLX/T01");
        row("POST login", "password and terminal", "agent@T01", 200, "", "agent01/agent/JNLX/T01");
        row("POST login", "password and terminal", "super@T01", 200, "",
            "super01/supervisor/JNLX/T01");
        // An administrator may sign in on any hall's terminal; the token names its hall.
        row("POST login", "password and terminal", "admin@T01", 200, "", "admin/admin/JNLX/T01");
        row("POST login", "password and terminal", "clerk02@T02", 200, "",
            "clerk02/clerk/JNLX/T02");
        row("POST login", "password and terminal", "other-hall@T01", 200, "",
            "clerk09/clerk/QTEST/T01");
        // Staff move between the windows of their hall.
        row("POST login", "another terminal of the hall", "clerk@T01", 200, "",
            "clerk01/clerk/JNLX/T02");
        row("POST login", "terminal of another hall", "clerk@T01", 403, "forbidden");
        row("POST login", "terminal of another hall", "super@T01", 403, "forbidden");
        row("POST login", "terminal of another hall", "other-hall@T01", 403, "forbidden");
        row("POST login", "terminal of another hall", "admin@T01", 200, "",
            "admin/admin/QTEST/T01");
        row("POST login", "wrong terminal key", "clerk@T01", 403, "forbidden");
        row("POST login", "wrong terminal key", "super@T01", 403, "forbidden");
        row("POST login", "wrong password", "clerk", 401, "unauthorized");
        row("POST login", "wrong password", "admin", 401, "unauthorized");
        row("POST login", "unknown login", "clerk", 401, "unauthorized");
        row("POST login", "no password", "clerk", 400, "bad-request");

        // --- POST /api/v1/refresh (no token; the principal's refresh token) ---
        row("POST refresh", "own", "clerk", 200, "", "clerk01/clerk/JNLX/");
        row("POST refresh", "own", "agent", 200, "", "agent01/agent/JNLX/");
        row("POST refresh", "own", "super", 200, "", "super01/supervisor/JNLX/");
        row("POST refresh", "own", "admin", 200, "", "admin/admin//");
        row("POST refresh", "own", "clerk@T01", 200, "", "clerk01/clerk/JNLX/T01");
        row("POST refresh", "own", "other-hall@T01", 200, "", "clerk09/clerk/QTEST/T01");
        row("POST refresh", "access token", "clerk", 401, "unauthorized");
        row("POST refresh", "used before", "clerk@T01", 401, "unauthorized");
        row("POST refresh", "used before", "admin", 401, "unauthorized");
        row("POST refresh", "forged", "none", 401, "unauthorized");
        row("POST refresh", "no token", "clerk", 400, "bad-request");

        // --- POST /api/v1/logout ---
        for (const char *p : {"clerk", "agent", "super", "admin", "clerk@T01", "other-hall@T01"})
            row("POST logout", "own sign-in", p, 200, "");
        row("POST logout", "refresh token", "clerk", 401, "unauthorized");
        row("POST logout", "own sign-in", "none", 401, "unauthorized");
        row("POST logout", "own sign-in", "forged", 401, "unauthorized");

        // --- GET /api/v1/me ---
        row("GET me", "-", "clerk", 200, "", "clerk01/clerk/JNLX/");
        row("GET me", "-", "agent", 200, "", "agent01/agent/JNLX/");
        row("GET me", "-", "super", 200, "", "super01/supervisor/JNLX/");
        row("GET me", "-", "admin", 200, "", "admin/admin//");
        row("GET me", "-", "clerk@T01", 200, "", "clerk01/clerk/JNLX/T01");
        row("GET me", "-", "agent@T01", 200, "", "agent01/agent/JNLX/T01");
        row("GET me", "-", "super@T01", 200, "", "super01/supervisor/JNLX/T01");
        // The administrator's own record has no hall, whichever terminal it signed in on.
        row("GET me", "-", "admin@T01", 200, "", "admin/admin//T01");
        row("GET me", "-", "clerk02@T02", 200, "", "clerk02/clerk/JNLX/T02");
        row("GET me", "-", "other-hall", 200, "", "clerk09/clerk/QTEST/");
        row("GET me", "-", "other-hall@T01", 200, "", "clerk09/clerk/QTEST/T01");
        row("GET me", "-", "none", 401, "unauthorized");
        row("GET me", "-", "forged", 401, "unauthorized");

        // --- POST /api/v1/terminals (a supervisor of the hall, or an administrator) ---
        row("POST terminals", "own hall", "none", 401, "unauthorized");
        row("POST terminals", "own hall", "forged", 401, "unauthorized");
        row("POST terminals", "own hall", "clerk", 403, "forbidden");
        row("POST terminals", "own hall", "clerk@T01", 403, "forbidden");
        row("POST terminals", "own hall", "agent", 403, "forbidden");
        row("POST terminals", "own hall", "agent@T01", 403, "forbidden");
        row("POST terminals", "own hall", "other-hall", 403, "forbidden");
        row("POST terminals", "other hall", "other-hall", 403, "forbidden");
        row("POST terminals", "own hall", "super", 200, "", "JNLX");
        row("POST terminals", "own hall", "super@T01", 200, "", "JNLX");
        row("POST terminals", "other hall", "super", 403, "forbidden");
        row("POST terminals", "unknown hall", "super", 403, "forbidden");
        row("POST terminals", "taken code", "super", 409, "terminal-code-taken");
        row("POST terminals", "bad code", "super", 400, "bad-request");
        row("POST terminals", "own hall", "admin", 200, "", "JNLX");
        row("POST terminals", "other hall", "admin", 200, "", "QTEST");
        row("POST terminals", "own hall", "admin@T01", 200, "", "JNLX");
        row("POST terminals", "unknown hall", "admin", 404, "not-found");
        row("POST terminals", "taken code", "admin", 409, "terminal-code-taken");
        row("POST terminals", "bad code", "admin", 400, "bad-request");

        // --- POST /api/v1/push (a token issued to that terminal; then every event) ---
        row("POST push", "new case", "none", 401, "unauthorized");
        row("POST push", "new case", "forged", 401, "unauthorized");
        row("POST push", "new case", "clerk", 403, "forbidden"); // no terminal
        row("POST push", "new case", "agent", 403, "forbidden");
        row("POST push", "new case", "super", 403, "forbidden");
        row("POST push", "new case", "admin", 403, "forbidden");
        row("POST push", "new case", "admin@T01", 403, "forbidden"); // administrators do not sync
        row("POST push", "new case", "other-hall", 403, "forbidden");
        row("POST push", "new case", "other-hall@T01", 403, "forbidden");
        row("POST push", "new case", "clerk02@T02", 403, "forbidden"); // another terminal's token
        row("POST push", "new case", "clerk@T01", 200, "", "applied");
        row("POST push", "new case", "super@T01", 200, "", "applied");
        // The terminal sends its log, whoever signed in: the actor's role decides.
        row("POST push", "new case", "agent@T01", 200, "", "applied");
        row("POST push", "empty batch", "clerk@T01", 200, "", "nothing");
        row("POST push", "batch of T02", "clerk@T01", 403, "forbidden");
        row("POST push", "batch of T02", "super@T01", 403, "forbidden");
        row("POST push", "batch of T02", "clerk02@T02", 200, "", "applied");
        row("POST push", "batch of QTEST/T01", "clerk@T01", 403, "forbidden");
        row("POST push", "batch of QTEST/T01", "super@T01", 403, "forbidden");
        row("POST push", "batch of QTEST/T01", "other-hall@T01", 200, "", "applied");
        row("POST push", "T02's event in T01's batch", "clerk@T01", 400, "bad-request");
        row("POST push", "actor of another hall", "clerk@T01", 200, "", "rejected forbidden");
        row("POST push", "actor of another hall", "super@T01", 200, "", "rejected forbidden");
        row("POST push", "unknown actor", "clerk@T01", 200, "", "rejected forbidden");
        row("POST push", "administrator as actor", "clerk@T01", 200, "", "rejected forbidden");
        row("POST push", "supervisor as actor", "clerk@T01", 200, "", "applied");
        // Agents record no event type yet (Permissions::mayRecord): refused before the
        // assignment is even looked at.
        row("POST push", "agent opens a case", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "agent on a case not theirs", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "agent on a case not theirs", "clerk@T01", 200, "", "rejected forbidden");
        // The department's clock (特殊环节) is not an agent's to stop.
        row("POST push", "agent stops a case's clock", "agent@T01", 200, "", "rejected forbidden");
        // Nor the department's decision, the routing or the hand-out at the window.
        row("POST push", "agent routes a case", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "agent records a decision", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "agent hands out a result", "agent@T01", 200, "", "rejected forbidden");
        // 好差评: the applicant rates at the window, not through an agent; appeals are
        // supervisors'.
        row("POST push", "agent rates a visit", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "clerk decides an appeal", "clerk@T01", 200, "", "rejected forbidden");
        // 代办: the hall gives a case to an agent, a supervisor to another; not the agents.
        row("POST push", "agent takes a case", "agent@T01", 200, "", "rejected forbidden");
        row("POST push", "clerk reassigns a 代办", "clerk@T01", 200, "", "rejected forbidden");
        // An agent issues the 代办's 交接单 and 办结单 of the cases they carry, no other document.
        row("POST push", "agent issues an acceptance notice", "agent@T01", 200, "",
            "rejected forbidden");
        row("POST push", "agent issues a 交接单 of a case not theirs", "agent@T01", 200, "",
            "rejected not-assigned");
        row("POST push", "clerk issues a 交接单", "clerk@T01", 200, "", "applied");
        row("POST push", "clerk resolves a conflict", "clerk@T01", 200, "", "rejected forbidden");
        row("POST push", "clerk resolves a conflict", "super@T01", 200, "", "rejected forbidden");
        row("POST push", "supervisor resolves a conflict", "clerk@T01", 200, "", "applied");
        // Any terminal of the hall carries on the hall's cases; no other hall's.
        row("POST push", "case of T02", "clerk@T01", 200, "", "applied");
        row("POST push", "case of another hall", "clerk@T01", 200, "", "rejected forbidden");
        row("POST push", "QTEST on a JNLX case", "other-hall@T01", 200, "", "rejected forbidden");
        row("POST push", "number of T02", "clerk@T01", 200, "", "rejected foreign-number");
        row("POST push", "number of another hall", "clerk@T01", 200, "", "rejected foreign-number");
        // Another spelling of the terminal's own number would be a second case with it.
        row("POST push", "own number in lower case", "clerk@T01", 200, "",
            "rejected foreign-number");
        row("POST push", "id of T02's event", "clerk@T01", 200, "", "rejected duplicate-id");

        // --- GET /api/v1/pull (staff of a hall: its applied events; an agent: its cases) ---
        row("GET pull", "from the start", "none", 401, "unauthorized");
        row("GET pull", "from the start", "forged", 401, "unauthorized");
        row("GET pull", "from the start", "clerk", 200, "", "JNLX");
        row("GET pull", "from the start", "clerk@T01", 200, "", "JNLX");
        row("GET pull", "from the start", "super", 200, "", "JNLX");
        row("GET pull", "from the start", "super@T01", 200, "", "JNLX");
        row("GET pull", "from the start", "clerk02@T02", 200, "", "JNLX");
        row("GET pull", "from the start", "agent", 200, "", "none"); // no case assigned
        row("GET pull", "from the start", "agent@T01", 200, "", "none");
        row("GET pull", "from the start", "other-hall", 200, "", "QTEST");
        row("GET pull", "from the start", "other-hall@T01", 200, "", "QTEST");
        row("GET pull", "from the start", "admin", 403, "forbidden");
        row("GET pull", "from the start", "admin@T01", 403, "forbidden");
        row("GET pull", "after=-1", "clerk@T01", 400, "bad-request");
        row("GET pull", "limit=x", "clerk@T01", 400, "bad-request");

        // --- GET /api/v1/halls (everyone signed in sees their own; administrators all) ---
        row("GET halls", "-", "none", 401, "unauthorized");
        row("GET halls", "-", "forged", 401, "unauthorized");
        row("GET halls", "-", "clerk", 200, "", "JNLX");
        row("GET halls", "-", "agent", 200, "", "JNLX");
        row("GET halls", "-", "super", 200, "", "JNLX");
        row("GET halls", "-", "super@T01", 200, "", "JNLX");
        row("GET halls", "-", "other-hall", 200, "", "QTEST");
        row("GET halls", "-", "admin", 200, "", "all");

        // --- POST /api/v1/halls (administrators) ---
        row("POST halls", "new", "none", 401, "unauthorized");
        row("POST halls", "new", "forged", 401, "unauthorized");
        row("POST halls", "new", "clerk", 403, "forbidden");
        row("POST halls", "new", "agent", 403, "forbidden");
        row("POST halls", "new", "super", 403, "forbidden");
        row("POST halls", "new", "super@T01", 403, "forbidden");
        row("POST halls", "new", "other-hall", 403, "forbidden");
        row("POST halls", "new", "admin", 201, "");
        row("POST halls", "new", "admin@T01", 201, "");
        row("POST halls", "existing", "admin", 409, "conflict");
        row("POST halls", "bad code", "admin", 400, "bad-request");

        // --- GET /api/v1/users (administrators) ---
        row("GET users", "all", "none", 401, "unauthorized");
        row("GET users", "all", "forged", 401, "unauthorized");
        row("GET users", "all", "clerk", 403, "forbidden");
        row("GET users", "hall=JNLX", "agent", 403, "forbidden");
        row("GET users", "hall=JNLX", "super", 403, "forbidden"); // not even their own hall
        row("GET users", "hall=JNLX", "super@T01", 403, "forbidden");
        row("GET users", "hall=QTEST", "other-hall", 403, "forbidden");
        row("GET users", "all", "admin", 200, "", "all");
        row("GET users", "hall=JNLX", "admin", 200, "", "JNLX");
        row("GET users", "hall=QTEST", "admin@T01", 200, "", "QTEST");

        // --- POST /api/v1/users (administrators) ---
        row("POST users", "clerk of JNLX", "none", 401, "unauthorized");
        row("POST users", "clerk of JNLX", "forged", 401, "unauthorized");
        row("POST users", "clerk of JNLX", "clerk", 403, "forbidden");
        row("POST users", "clerk of JNLX", "agent", 403, "forbidden");
        row("POST users", "clerk of JNLX", "super", 403, "forbidden");
        row("POST users", "clerk of JNLX", "super@T01", 403, "forbidden");
        row("POST users", "supervisor of QTEST", "other-hall", 403, "forbidden");
        row("POST users", "clerk of JNLX", "admin", 201, "");
        row("POST users", "supervisor of QTEST", "admin@T01", 201, "");
        row("POST users", "existing login", "admin", 409, "conflict");
        row("POST users", "unknown hall", "admin", 404, "not-found");

        // --- PATCH /api/v1/users/{login} (administrators) ---
        row("PATCH users", "clerk05's counter", "none", 401, "unauthorized");
        row("PATCH users", "clerk05's counter", "forged", 401, "unauthorized");
        row("PATCH users", "clerk05's counter", "clerk", 403, "forbidden");
        row("PATCH users", "self", "clerk", 403, "forbidden");
        row("PATCH users", "self", "clerk@T01", 403, "forbidden");
        row("PATCH users", "clerk05's counter", "agent", 403, "forbidden");
        row("PATCH users", "clerk05's counter", "super", 403, "forbidden"); // own hall's clerk
        row("PATCH users", "clerk05's counter", "super@T01", 403, "forbidden");
        row("PATCH users", "self", "super", 403, "forbidden");
        row("PATCH users", "clerk05's counter", "other-hall", 403, "forbidden");
        row("PATCH users", "clerk05's counter", "admin", 200, "");
        row("PATCH users", "clerk05's counter", "admin@T01", 200, "");
        row("PATCH users", "self", "admin", 200, "");
        row("PATCH users", "unknown login", "admin", 404, "not-found");

        // --- GET /api/v1/health (anyone, a token or none) ---
        for (const char *p : {"none", "forged", "clerk", "agent", "super", "admin", "clerk@T01",
                              "admin@T01", "other-hall@T01"})
            row("GET health", "-", p, 200, "");
    }

    void matrix()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, principal);
        QFETCH(QString, variant);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, expect);

        const QStringList before = snapshot();
        QCOMPARE(before.size(), 6);
        std::optional<CaseEvent> event;
        QString refresh;
        const Request r = request(endpoint, principal, variant, event, refresh);
        QVERIFY(!r.method.isEmpty());
        if (endpoint == QLatin1String("POST push"))
            QVERIFY2(!r.body.isEmpty(), "the push body could not be made");
        const HttpExchange answer = http(r.method, url(r.path), r.body, r.token);
        QVERIFY2(answer.status == status,
                 qPrintable(QStringLiteral("%1 instead of %2: %3")
                                .arg(answer.status)
                                .arg(status)
                                .arg(QString::fromUtf8(answer.body.left(300)))));
        if (status >= 400) {
            QCOMPARE(answer.code(), code);
            QVERIFY(!json(answer.body)
                         .value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("message"))
                         .toString()
                         .isEmpty());
        } else {
            checkBody(endpoint, expect, answer.body, event, refresh);
            if (QTest::currentTestFailed())
                return;
        }

        // What the server's data became: a refusal (or anything but a push) left it as it
        // was; a rejected event is kept as rejected (docs/api.md, step 5) and moves the
        // terminal's chain on, but applies nothing.
        QList<int> delta; // applied, all, cases, versions, feed, last sequences
        if (endpoint == QLatin1String("POST push") && status == 200 && event) {
            if (expect == QLatin1String("applied"))
                delta = {1, 1, event->baseVersion == 0 ? 1 : 0, 1, 1, 1};
            else
                delta = {0, 1, 0, 0, 0, 1};
        }
        QCOMPARE(snapshot(), plus(before, delta));
        if (event && status == 200) {
            const QStringList stored = m_database->firstRow(
                QStringLiteral("SELECT state, reject_code FROM sync_event WHERE hall_code = ? "
                               "AND terminal_code = ? AND terminal_seq = ?"),
                {event->hallCode, event->terminalCode, event->terminalSequence});
            QCOMPARE(stored.value(0), expect == QLatin1String("applied")
                                          ? QStringLiteral("applied")
                                          : QStringLiteral("rejected"));
            if (expect != QLatin1String("applied"))
                QCOMPARE(QStringLiteral("rejected ") + stored.value(1), expect);
        }
        if (event && status != 200) {
            QCOMPARE(m_database
                         ->firstRow(QStringLiteral("SELECT count(*) FROM sync_event WHERE id = ?"),
                                    {event->id})
                         .value(0),
                     event->id == m_t02EventId ? QStringLiteral("1") : QStringLiteral("0"));
        }
        // A signed-out token and a spent refresh token are dead.
        if (endpoint == QLatin1String("POST logout") && status == 200)
            QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, r.token).status, 401);
    }

    // GET /health used to leave its statement on its row, which kept SQLite's read
    // transaction open on that worker's connection: the worker then read an old snapshot
    // (tokens issued since were unknown: 401) and its writes failed (503).
    void healthLeavesNoReadOpen()
    {
        ServerProcess server(m_database->url(), {QStringLiteral("--threads"), QStringLiteral("2"),
                                                 QStringLiteral("--login-attempts-per-minute"),
                                                 QStringLiteral("100000")});
        QVERIFY(server.start());
        const QUrl health = server.url().resolved(QUrl(QStringLiteral("/api/v1/health")));
        const QUrl me = server.url().resolved(QUrl(QStringLiteral("/api/v1/me")));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(http("GET", health).status, 200);
        QStringList failures;
        for (int i = 0; i < 20; ++i) {
            const QString token = signIn(server.url(), QStringLiteral("clerk02"), kPassword);
            const int status = token.isEmpty() ? 0 : http("GET", me, {}, token).status;
            if (status != 200)
                failures << QString::number(status);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char(' '))));
        QVERIFY(server.stop());
    }

    // A refresh token used again after its successor was used was copied: the whole sign-in
    // ends, the rotated tokens too. (Again at once, its successor unused, it is a retry after
    // a lost answer: tst_sync signInRules.)
    void reusedRefreshEndsTheSignIn()
    {
        QString refresh;
        QVERIFY(!signInAs(QStringLiteral("clerk@T01"), &refresh).isEmpty());
        const HttpExchange rotated = http("POST", url(QStringLiteral("/api/v1/refresh")),
                                          text({{QStringLiteral("refreshToken"), refresh}}));
        QVERIFY2(rotated.status == 200, rotated.body.constData());
        const QJsonObject o = json(rotated.body);
        const HttpExchange again =
            http("POST", url(QStringLiteral("/api/v1/refresh")),
                 text({{QStringLiteral("refreshToken"), o.value(QLatin1String("refreshToken"))}}));
        QVERIFY2(again.status == 200, again.body.constData());
        const QString access = json(again.body).value(QLatin1String("accessToken")).toString();
        QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, access).status, 200);
        QCOMPARE(http("POST", url(QStringLiteral("/api/v1/refresh")),
                      text({{QStringLiteral("refreshToken"), refresh}}))
                     .code(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, access).status, 401);
        QCOMPARE(http("POST", url(QStringLiteral("/api/v1/refresh")),
                      text({{QStringLiteral("refreshToken"),
                             json(again.body).value(QLatin1String("refreshToken")).toString()}}))
                     .status,
                 401);
    }

    // A disabled member of staff, and one moved to another hall, lose their tokens at once.
    void disablingAndMovingEndSignIns()
    {
        const QString admin = tokenOf(QStringLiteral("admin"));
        const QString clerk = signIn(m_server->url(), QStringLiteral("clerk05"), kPassword, nullptr,
                                     proof(QStringLiteral("JNLX/T01")));
        QVERIFY(!clerk.isEmpty());
        QCOMPARE(http("PATCH", url(QStringLiteral("/api/v1/users/clerk05")),
                      text({{QStringLiteral("hall"), QStringLiteral("QTEST")}}), admin)
                     .status,
                 200);
        QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, clerk).code(),
                 QStringLiteral("unauthorized"));
        // Its JNLX terminal is no longer for it.
        QCOMPARE(signIn(m_server->url(), QStringLiteral("clerk05"), kPassword, nullptr,
                        proof(QStringLiteral("JNLX/T01"))),
                 QString());
        const QString moved = signIn(m_server->url(), QStringLiteral("clerk05"), kPassword);
        QVERIFY(!moved.isEmpty());
        QCOMPARE(http("PATCH", url(QStringLiteral("/api/v1/users/clerk05")),
                      text({{QStringLiteral("active"), false}}), admin)
                     .status,
                 200);
        QCOMPARE(http("GET", url(QStringLiteral("/api/v1/me")), {}, moved).status, 401);
        const HttpExchange disabled =
            http("POST", url(QStringLiteral("/api/v1/login")),
                 text({{QStringLiteral("login"), QStringLiteral("clerk05")},
                       {QStringLiteral("password"), kPassword}}));
        QCOMPARE(disabled.status, 403);
        QCOMPARE(disabled.code(), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
