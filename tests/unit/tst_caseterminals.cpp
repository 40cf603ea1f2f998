#include "tst_casefixture.h"

#include "cases/CaseNumber.h"

#include <QElapsedTimer>
#include <QSet>

using namespace onetrip;

// Two terminals of one hall working offline, each on its own store: every case number they
// give out is unique, with no network between them (hall + date + terminal + sequence).
class TestCaseTerminals : public QObject
{
    Q_OBJECT

private:
    test::CaseFixture f;
    QTemporaryDir m_dir;

    struct Terminal
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<ManualClock> clock;
        std::unique_ptr<CaseService> service;
        User clerk;
        QList<ServiceGuide> guides;
    };

    void open(Terminal &t, const QString &code)
    {
        const QString path = m_dir.filePath(code + QStringLiteral(".sqlite"));
        QVERIFY(QFile::copy(f.templatePath(), path));
        auto db = Database::open(path);
        QVERIFY(db);
        t.db = std::move(db).value();
        // Durability is not what this test is about; the disk's flushes would dominate it.
        QVERIFY(t.db->exec(QStringLiteral("PRAGMA synchronous=OFF")));
        t.clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 30)));
        auto calendar = CalendarRepository(*t.db).load();
        QVERIFY(calendar);
        t.service = std::make_unique<CaseService>(*t.db, *t.clock, calendar.value(),
                                                  test::CaseFixture::hall(),
                                                  TerminalInfo{QStringLiteral("JNLX"), code});
        t.clerk = User{1, QStringLiteral("clerk01"), QStringLiteral("王敏"), Role::Clerk};
        for (const char *item : {"JN-SG08", "JN-SG24", "JN-SG19", "JN-SG01"})
            t.guides << CatalogRepository(*t.db).guide(QString::fromLatin1(item)).value();
    }

    // A batch of intakes as a busy window would confirm them: mostly acceptances, every
    // seventh a correction notice.
    static QList<IntakeConfirmation> batch(const Terminal &t, int first, int size)
    {
        QList<IntakeConfirmation> out;
        for (int n = first; n < first + size; ++n) {
            const ServiceGuide &g = t.guides.at(n % t.guides.size());
            IntakeConfirmation c = IntakeSample::acceptance({g}, IntakeSample::person(n), t.clerk);
            if (n % 7 == 0) {
                c.checks.first().state = MaterialState::Missing;
                c.outcome = Outcome::CorrectionNeeded;
            }
            out << c;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        f.prepareTemplate();
    }

    void tenThousandEachWithoutDuplicates()
    {
        constexpr int perTerminal = 10000;
        constexpr int batchSize = 500;
        Terminal t1;
        Terminal t2;
        open(t1, QStringLiteral("T01"));
        open(t2, QStringLiteral("T02"));

        QElapsedTimer timer;
        timer.start();
        QStringList numbers;
        numbers.reserve(2 * perTerminal);
        for (int first = 0; first < perTerminal; first += batchSize) {
            // Halfway through, the day changes: each terminal's sequence starts again.
            if (first == perTerminal / 2) {
                t1.clock->advanceDays(1);
                t2.clock->advanceDays(1);
            }
            for (Terminal *t : {&t1, &t2}) {
                auto written = t->service->confirmAll(batch(*t, first, batchSize));
                QVERIFY2(written, qPrintable(written.describe()));
                for (const CaseRecord &r : written.value())
                    numbers << r.number;
            }
        }
        qInfo("20,000 cases on two terminals in %lld ms", timer.elapsed());

        QCOMPARE(numbers.size(), 2 * perTerminal);
        const QSet<QString> unique(numbers.cbegin(), numbers.cend());
        QCOMPARE(unique.size(), numbers.size());
        // The union of both stores, as the server would receive it: still no duplicate.
        QSet<QString> stored;
        for (Terminal *t : {&t1, &t2}) {
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT number FROM case_record")));
            int count = 0;
            while (q.next()) {
                stored.insert(q.value(0).toString());
                ++count;
            }
            QCOMPARE(count, perTerminal);
        }
        QCOMPARE(stored.size(), 2 * perTerminal);
        QCOMPARE(stored, unique);
        // Both terminals used the same sequences on the same days: only the terminal code
        // tells their numbers apart.
        QVERIFY(unique.contains(QStringLiteral("JNLX-20261123-T01-00001")));
        QVERIFY(unique.contains(QStringLiteral("JNLX-20261123-T02-00001")));
        QVERIFY(unique.contains(QStringLiteral("JNLX-20261124-T02-05000")));
        // Document numbers derive from case numbers: unique as well.
        QSet<QString> documents;
        int documentCount = 0;
        for (Terminal *t : {&t1, &t2}) {
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT number FROM case_document")));
            while (q.next()) {
                documents.insert(q.value(0).toString());
                ++documentCount;
            }
        }
        QCOMPARE(documents.size(), documentCount);
    }
};

QTEST_GUILESS_MAIN(TestCaseTerminals)
#include "tst_caseterminals.moc"
