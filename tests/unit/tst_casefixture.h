#pragma once

// A store with the shipped catalog, calendar and demo users, copied fresh for every test
// function of the case tests (importing the catalog once keeps them fast).

#include "TestSupport.h"

#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogRepository.h"
#include "demo/DemoData.h"
#include "intake/VerdictEngine.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace onetrip::test {

class CaseFixture
{
public:
    // Builds the template store; call from initTestCase.
    void prepareTemplate()
    {
        QVERIFY(m_dir.isValid());
        const QString build = m_dir.filePath(QStringLiteral("build.sqlite"));
        auto db = Database::open(build);
        QVERIFY2(db, qPrintable(db.describe()));
        ManualClock clock(QDateTime(QDate(2026, 9, 1), QTime(8, 0)));
        const Status demo =
            DemoData::ensure(*db.value(), qEnvironmentVariable("ONETRIP_DATA_DIR"), clock);
        QVERIFY2(demo, qPrintable(demo.describe()));
        const Status hall = HallSettings(*db.value()).save(this->hall(), QStringLiteral("T01"));
        QVERIFY2(hall, qPrintable(hall.describe()));
        QVERIFY(db.value()->backupTo(templatePath()));
    }

    // A fresh copy of the template, the clock at `now`; call from init.
    void openStore(const QDateTime &now = QDateTime(QDate(2026, 9, 30), QTime(9, 0)))
    {
        close();
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores));
        QVERIFY(QFile::copy(templatePath(), path));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.describe()));
        m_db = std::move(db).value();
        m_clock = std::make_unique<ManualClock>(now);
        auto calendar = CalendarRepository(*m_db).load();
        QVERIFY(calendar);
        m_calendar = calendar.value();
        auto users = UserRepository(*m_db).users();
        QVERIFY(users);
        for (const User &u : users.value()) {
            if (u.login == QLatin1String("clerk01"))
                m_clerk = u;
        }
        QCOMPARE(m_clerk.login, QStringLiteral("clerk01"));
        m_service = std::make_unique<CaseService>(*m_db, *m_clock, m_calendar, hall(),
                                                  TerminalInfo{hall().code, QStringLiteral("T01")});
    }

    void close()
    {
        m_service.reset();
        m_db.reset();
    }

    static HallInfo hall()
    {
        return HallInfo{QStringLiteral("JNLX"), QStringLiteral("历下区政务服务中心"),
                        QStringLiteral("济南市历下区龙鼎大道1号"), QStringLiteral("0531-12345")};
    }

    QString templatePath() const { return m_dir.filePath(QStringLiteral("template.sqlite")); }
    const Database &db() const { return *m_db; }
    ManualClock &clock() { return *m_clock; }
    CaseService &service() { return *m_service; }
    const User &clerk() const { return m_clerk; }

    QList<ServiceGuide> guides(const QStringList &codes) const
    {
        QList<ServiceGuide> out;
        for (const QString &code : codes) {
            auto g = CatalogRepository(*m_db).guide(code);
            if (!g)
                qFatal("no guide %s", qPrintable(code));
            out << g.value();
        }
        return out;
    }

    // A complete intake of the items for applicant `n`; the outcome and checks are then
    // changed by the test, and refresh() evaluates the verdict again as the screen would.
    IntakeConfirmation intake(const QStringList &codes, int n = 1) const
    {
        return IntakeSample::acceptance(guides(codes), IntakeSample::person(n), m_clerk);
    }
    // An accepted JN-SG08 case (15 working days) for applicant `n`, through the service:
    // its number (a refusal stops the test run with the reason).
    QString accept(int n, std::optional<Agent> agent = std::nullopt)
    {
        IntakeConfirmation c = intake({QStringLiteral("JN-SG08")}, n);
        c.agent = std::move(agent);
        refresh(c);
        auto r = m_service->confirm(c);
        if (!r)
            qFatal("accept: %s", qPrintable(r.message()));
        return r->number;
    }
    // The case as the screens read it (a refusal stops the test run).
    CaseRecord open(const QString &number) const
    {
        auto r = m_service->queries().open(number);
        if (!r)
            qFatal("open: %s", qPrintable(r.message()));
        return r.value();
    }

    static void refresh(IntakeConfirmation &c)
    {
        IntakeRequest request{c.guides, c.answers,          c.checks,
                              false,    c.commitmentSigned, c.supplementDays};
        c.verdict = VerdictEngine::evaluate(request);
    }

    // Runs one statement on the store (a test editing it as a SQLite shell would); false,
    // with the reason logged, when it fails.
    bool exec(const QString &sql) const
    {
        const Status s = m_db->exec(sql);
        if (!s)
            qWarning("%s", qPrintable(s.describe()));
        return s.ok();
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toInt();
    }

    // Every row of the case projections as text, in key order: what a rebuild must give back.
    static QStringList projections(const Database &db)
    {
        QStringList out;
        const std::pair<const char *, const char *> tables[] = {
            {"case_record", "number"},
            {"case_check", "case_number, row_key"},
            {"case_visit", "case_number, trip"},
            {"case_document", "number"},
            {"applicant", "id_number"}};
        for (const auto &[table, key] : tables) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                            .arg(QLatin1String(table), QLatin1String(key))))
                qFatal("cannot read %s", table);
            while (q.next()) {
                QStringList values{QLatin1String(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                out << values.join(QChar(0x1f));
            }
        }
        return out;
    }

    static QString row(const char *item, const char *material)
    {
        return QString::fromLatin1(item) + QLatin1Char('/') + QString::fromLatin1(material);
    }

    // A 容缺 acceptance of `item` for applicant `n`: `material` deferred for `days` working
    // days, the commitment signed.
    IntakeConfirmation deferral(const char *item, const char *material, int n, int days) const
    {
        IntakeConfirmation c = intake({QString::fromLatin1(item)}, n);
        c.commitmentSigned = true;
        c.supplementDays = days;
        c.checks = IntakeSample::with(c.checks, row(item, material), MaterialState::Deferred);
        refresh(c);
        c.outcome = Outcome::AcceptWithDeferral;
        return c;
    }

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    WorkdayCalendar m_calendar;
    User m_clerk;
    std::unique_ptr<CaseService> m_service;
};

} // namespace onetrip::test
