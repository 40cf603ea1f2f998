#include "tst_casefixture.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseJson.h"
#include "cases/CaseNumber.h"
#include "identity/ResidentId.h"

using namespace onetrip;
using test::CaseFixture;

// Confirming intakes: every outcome, refusals, documents, due dates, Art. 32, applicants.
class TestCaseService : public QObject
{
    Q_OBJECT

private:
    CaseFixture f;

    static QStringList L(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    }

    static QStringList kindKeys(const QList<CaseDocument> &docs)
    {
        QStringList out;
        for (const CaseDocument &d : docs)
            out << CaseJson::kindKey(d.kind);
        return out;
    }

    // "m04=deferred" changes the check of JN-SG08/m04 (the first item's row).
    static void apply(IntakeConfirmation &c, const QStringList &changes)
    {
        for (const QString &change : changes) {
            const QStringList parts = change.split(QLatin1Char('='));
            const QString row = c.guides.constFirst().code + QLatin1Char('/') + parts.at(0);
            c.checks = IntakeSample::with(c.checks, row, *materialStateFromKey(parts.at(1)));
        }
        CaseFixture::refresh(c);
    }

private Q_SLOTS:
    void initTestCase() { f.prepareTemplate(); }
    void init() { f.openStore(); }
    void cleanup() { f.close(); }

    void confirmEachOutcome_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("documents");
        const QStringList sg08{QStringLiteral("JN-SG08")};
        QTest::newRow("accept") << sg08 << QStringList() << "accept"
                                << "accepted" << L({"acceptance-notice", "material-receipt"});
        QTest::newRow("accept, certificate replaced by commitment")
            << L({"JN-SG19"}) << L({"m03=replaced-by-commitment"}) << "accept"
            << "accepted" << L({"acceptance-notice", "material-receipt", "commitment-in-lieu"});
        QTest::newRow("deferral") << sg08 << L({"m04=deferred", "m05=missing"})
                                  << "accept-with-deferral"
                                  << "accepted-with-deferral"
                                  << L({"deferral-notice", "material-receipt"});
        QTest::newRow("correction")
            << sg08 << L({"m01=missing", "m03=defective"}) << "correction-needed"
            << "correction-requested" << L({"correction-notice"});
        QTest::newRow("decline") << sg08 << QStringList() << "decline"
                                 << "declined" << L({"decline-notice"});
        QTest::newRow("decline with deficiencies") << sg08 << L({"m01=missing"}) << "decline"
                                                   << "declined" << L({"decline-notice"});
        QTest::newRow("bundle accept")
            << L({"JN-SG01", "JN-SG07", "JN-SG15"}) << QStringList() << "accept"
            << "accepted" << L({"acceptance-notice", "material-receipt"});
    }
    void confirmEachOutcome()
    {
        QFETCH(QStringList, items);
        QFETCH(QStringList, changes);
        QFETCH(QString, outcome);
        QFETCH(QString, status);
        QFETCH(QStringList, documents);

        IntakeConfirmation c = f.intake(items);
        if (items.size() > 1) {
            c.bundleCode = QStringLiteral("JN-B01");
            c.bundleName = QStringLiteral("个体工商户开办一件事");
        }
        c.commitmentSigned = true;
        c.supplementDays = 5;
        c.outcome = *outcomeFromKey(outcome);
        c.decline = DeclineDecision{QStringLiteral("不属于本中心受理范围"),
                                    QStringLiteral("济南市市场监督管理局")};
        apply(c, changes);
        QVERIFY2(c.verdict.allows(c.outcome), qPrintable(c.verdict.reasons.join(u'\n')));

        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        QCOMPARE(toKey(r->status), status);
        QCOMPARE(kindKeys(r->issuedNow), documents);
        QCOMPARE(kindKeys(r->documents), documents);
        const auto parts = CaseNumber::parse(r->number);
        QVERIFY(parts);
        QCOMPARE(parts->hallCode, QStringLiteral("JNLX"));
        QCOMPARE(parts->terminalCode, QStringLiteral("T01"));
        QCOMPARE(parts->date, QDate(2026, 9, 30));
        QCOMPARE(parts->sequence, 1);
        for (const CaseDocument &d : r->issuedNow) {
            QCOMPARE(d.number, CaseNumber::documentNumber(r->number, d.kind, 1));
            QCOMPARE(d.data.documentNumber, d.number);
            QCOMPARE(d.data.caseNumber, r->number);
            QCOMPARE(d.data.hallName, CaseFixture::hall().name);
            QCOMPARE(d.data.clerkName, f.clerk().displayName);
        }
        QCOMPARE(r->trips, 1);
        QCOMPARE(r->items.size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(r->items.at(i).code, items.at(i));
            QCOMPARE(r->items.at(i).guideVersion, c.guides.at(i).version);
        }

        // The correction notice lists every deficiency, with how to fix it from the guide.
        if (r->status == CaseStatus::CorrectionRequested) {
            QStringList expectedRows;
            for (const Deficiency &d : c.verdict.deficiencies)
                expectedRows << d.rowKey;
            QCOMPARE(r->noticeRows, expectedRows);
            QCOMPARE(r->notices, 1);
            const DocumentData &notice = r->issuedNow.constFirst().data;
            QCOMPARE(notice.lines.size(), c.verdict.deficiencies.size());
            for (qsizetype i = 0; i < notice.lines.size(); ++i) {
                QCOMPARE(notice.lines.at(i).name, c.verdict.deficiencies.at(i).materialName);
                QCOMPARE(notice.lines.at(i).howToFix, c.verdict.deficiencies.at(i).howToFix);
            }
            QVERIFY(notice.whereToBring.contains(CaseFixture::hall().address));
        }
        if (r->status == CaseStatus::Declined) {
            const DocumentData &notice = r->issuedNow.constFirst().data;
            QCOMPARE(notice.declineReason, c.decline.reason);
            QCOMPARE(notice.declineRedirect, c.decline.redirect);
            QVERIFY(notice.legalBasis.contains(DeclineDecision::rightsNotice()));
        }

        // What was written is what opening the case reads back.
        auto opened = f.service().queries().open(r->number);
        QVERIFY2(opened, qPrintable(opened.describe()));
        QCOMPARE(opened->status, r->status);
        QCOMPARE(opened->checks, c.checks);
        QCOMPARE(opened->noticeRows, r->noticeRows);
        QCOMPARE(opened->dueDate, r->dueDate);
        QCOMPARE(opened->supplementDue, r->supplementDue);
        QCOMPARE(opened->version, r->version);
        QCOMPARE(kindKeys(opened->documents), documents);
        QCOMPARE(opened->documents.constFirst().data.lines.size(),
                 r->issuedNow.constFirst().data.lines.size());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event")), r->version);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_visit")), 1);
    }

    void refusedOutcomeChangesNothing_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("commitmentSigned");
        QTest::addColumn<QString>("declineRedirect");
        QTest::newRow("accept with a main material missing")
            << L({"m01=missing"}) << "accept" << true << "x";
        QTest::newRow("deferral of a main material")
            << L({"m01=missing"}) << "accept-with-deferral" << true << "x";
        QTest::newRow("deferral without the signed commitment")
            << L({"m04=deferred"}) << "accept-with-deferral" << false << "x";
        QTest::newRow("correction with nothing to correct")
            << QStringList() << "correction-needed" << true << "x";
        QTest::newRow("accept with a row not checked")
            << L({"m03=pending"}) << "accept" << true << "x";
        QTest::newRow("decline without where to go") << QStringList() << "decline" << true << "";
    }
    void refusedOutcomeChangesNothing()
    {
        QFETCH(QStringList, changes);
        QFETCH(QString, outcome);
        QFETCH(bool, commitmentSigned);
        QFETCH(QString, declineRedirect);
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")});
        c.commitmentSigned = commitmentSigned;
        c.supplementDays = 5;
        c.decline = DeclineDecision{QStringLiteral("不属于本中心受理范围"), declineRedirect};
        apply(c, changes);
        c.outcome = *outcomeFromKey(outcome);
        // Even a verdict that claims otherwise is not trusted: the service evaluates again.
        c.verdict.allowed << c.outcome;

        auto r = f.service().confirm(c);
        QVERIFY(!r);
        QVERIFY(!r.message().isEmpty());
        for (const char *table :
             {"case_record", "case_event", "case_document", "case_check", "applicant"})
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     0);
    }

    void invalidApplicantIsRefused()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")});
        QString id = c.applicant.idNumber;
        id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        c.applicant.idNumber = id;
        auto r = f.service().confirm(c);
        QVERIFY(!r);
        QVERIFY(!r.message().contains(id)); // a refusal never repeats the full number
        c = f.intake({QStringLiteral("JN-SG08")});
        c.agent = Agent{QStringLiteral("代理人"), IntakeSample::residentId(7), QString(), {}};
        QVERIFY(!f.service().confirm(c)); // an agent needs an authorisation
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_record")), 0);
    }

    // Documents carry masked IDs; no full ID number reaches the store's documents.
    void documentsMaskIdNumbers()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")}, 42);
        c.answers.insert(QStringLiteral("applicant"), QStringLiteral("agent"));
        c.checks = IntakeSample::completeChecks(Checklist::build(c.guides, c.answers));
        c.checks = IntakeSample::with(c.checks, CaseFixture::row("JN-SG08", "m01"),
                                      MaterialState::Missing);
        CaseFixture::refresh(c);
        c.agent = Agent{QStringLiteral("李代理"), IntakeSample::residentId(4242),
                        QStringLiteral("授权委托书（2026-09-29）"), QStringLiteral("13900000000")};
        c.outcome = Outcome::CorrectionNeeded;
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        const QString fullApplicant = c.applicant.idNumber;
        const QString fullAgent = c.agent->idNumber;
        QVERIFY(r->noticeRows.contains(CaseFixture::row("JN-SG08", "m01")));
        const DocumentData &d = r->issuedNow.constFirst().data;
        QCOMPARE(d.applicantIdMasked, ResidentId::mask(fullApplicant));
        QCOMPARE(d.agentIdMasked, ResidentId::mask(fullAgent));
        QCOMPARE(d.agentName, QStringLiteral("李代理"));
        QVERIFY(d.applicantIdMasked.contains(QStringLiteral("********")));

        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_document")), 1);
        for (const QString &id : {fullApplicant, fullAgent}) {
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_document WHERE data LIKE "
                                            "'%%1%' OR number LIKE '%%1%'")
                                 .arg(id)),
                     0);
            // Nor in a document event's payload.
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_event WHERE type = "
                                            "'case.document' AND payload LIKE '%%1%'")
                                 .arg(id)),
                     0);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_document WHERE data LIKE "
                                        "'%%1%'")
                             .arg(ResidentId::mask(fullApplicant))),
                 1);
        // A reprint is the same data.
        auto docs = f.service().queries().documents(r->number);
        QVERIFY(docs);
        QCOMPARE(docs->size(), 1);
        QCOMPARE(CaseJson::toJson(docs->constFirst().data), CaseJson::toJson(d));
    }

    void dueDatesThroughHolidays_data()
    {
        // Hand-checked against the State Council's 2026 notice: 10-01..07 off, 10-10 worked.
        QTest::addColumn<QString>("item");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("noticeDue");
        QTest::newRow("5 days over National Day")
            << "JN-SG24" << QDate(2026, 9, 30) << QDate(2026, 10, 13) << QDate(2026, 10, 13);
        QTest::newRow("15 days over National Day")
            << "JN-SG08" << QDate(2026, 9, 30) << QDate(2026, 10, 27) << QDate(2026, 10, 13);
        QTest::newRow("on the spot")
            << "JN-SG01" << QDate(2026, 9, 30) << QDate(2026, 9, 30) << QDate(2026, 10, 13);
        QTest::newRow("5 days from a Thursday over Mid-Autumn and National Day")
            << "JN-SG24" << QDate(2026, 9, 24) << QDate(2026, 10, 9) << QDate(2026, 10, 9);
        QTest::newRow("legal limit without a promise (60)")
            << "JN-SG16" << QDate(2026, 1, 5) << QDate(2026, 4, 3) << QDate(2026, 1, 12);
    }
    void dueDatesThroughHolidays()
    {
        QFETCH(QString, item);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(QDate, noticeDue);
        f.clock().setNow(QDateTime(today, QTime(10, 0)));
        IntakeConfirmation c = f.intake({item});
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        QCOMPARE(r->acceptedOn, today);
        QCOMPARE(r->dueDate, due);
        QCOMPARE(r->noticeDue, noticeDue);
        QVERIFY(r->dueDateWarning.isEmpty());
        QCOMPARE(r->issuedNow.constFirst().data.dueDate, due);
    }

    void deferralSupplementDue()
    {
        IntakeConfirmation c = f.deferral("JN-SG08", "m06", 1, 3);
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        QCOMPARE(r->supplementDue, QDate(2026, 10, 10)); // 10-08, 10-09, make-up Sat 10-10
        QCOMPARE(r->dueDate, QDate(2026, 10, 27));
        const DocumentData &notice = r->issuedNow.constFirst().data;
        QCOMPARE(notice.kind, DocumentKind::DeferralNotice);
        QCOMPARE(notice.dueDate, QDate(2026, 10, 10));
        QCOMPARE(notice.lines.size(), 1);

        // Supplement complete: Accepted, the deferred row provided, a second trip.
        auto done = f.service().completeSupplement(r->number, f.clerk());
        QVERIFY2(done, qPrintable(done.describe()));
        QCOMPARE(done->status, CaseStatus::Accepted);
        QCOMPARE(done->trips, 2);
        auto reopened = f.service().queries().open(r->number);
        QVERIFY(reopened);
        for (const MaterialCheck &check : reopened->checks)
            QVERIFY(check.state != MaterialState::Deferred);
        // Accepted is final: terminating it now is an illegal transition, refused.
        auto illegal = f.service().terminate(r->number, f.clerk(), QStringLiteral("逾期"));
        QVERIFY(!illegal);
        QVERIFY(illegal.message().contains(displayName(CaseStatus::Accepted)));
        QCOMPARE(f.service().queries().open(r->number)->status, CaseStatus::Accepted);
    }

    // A 容缺 supplement not brought: terminated, and the applicant gets no 容缺 again.
    void terminationFlagsTheApplicant()
    {
        IntakeConfirmation c = f.deferral("JN-SG08", "m05", 9, 2);
        auto r = f.service().confirm(c);
        QVERIFY2(r, qPrintable(r.describe()));
        QVERIFY(!f.service().terminate(r->number, f.clerk(), QString())); // needs a reason
        auto t = f.service().terminate(r->number, f.clerk(), QStringLiteral("逾期未补齐材料"));
        QVERIFY2(t, qPrintable(t.describe()));
        QCOMPARE(t->status, CaseStatus::Terminated);
        QCOMPARE(ApplicantRepository(f.db()).falseCommitmentFlagged(c.applicant.idNumber).value(),
                 true);

        // The screen did not know yet; the service evaluates with the store's flag.
        auto again = f.service().confirm(c);
        QVERIFY(!again);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_record")), 1);
    }

    // Art. 32: received, then neither a notice nor an acceptance within five working days.
    void deemedAcceptance()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG24")}, 5);
        auto received = f.service().receive(c);
        QVERIFY2(received, qPrintable(received.describe()));
        QCOMPARE(received->status, CaseStatus::Received);
        QCOMPARE(received->noticeDue, QDate(2026, 10, 13));
        QCOMPARE(kindKeys(received->issuedNow), QStringList{QStringLiteral("material-receipt")});
        const QString number = received->number;

        struct Step
        {
            QDate today;
            bool deemed;
        };
        for (const Step &s : {Step{QDate(2026, 9, 30), false}, Step{QDate(2026, 10, 8), false},
                              Step{QDate(2026, 10, 13), false}, Step{QDate(2026, 10, 14), true},
                              Step{QDate(2026, 12, 1), true}}) {
            const DeemedAcceptance d =
                f.service().queries().deemedAccepted(received.value(), s.today);
            QCOMPARE(d.deemed, s.deemed);
            QCOMPARE(d.windowEnd, QDate(2026, 10, 13));
            QCOMPARE(f.service().queries().countDeemedAccepted(s.today).value(), s.deemed ? 1 : 0);
            if (s.deemed) {
                QCOMPARE(d.acceptedFrom, QDate(2026, 9, 30));
                QVERIFY(d.describe().contains(QStringLiteral("2026-09-30")));
            }
        }

        // Accepted late: counts from the day of receipt, and stays counted.
        f.clock().setNow(QDateTime(QDate(2026, 10, 14), QTime(9, 0)));
        c.caseNumber = number;
        auto accepted = f.service().confirm(c);
        QVERIFY2(accepted, qPrintable(accepted.describe()));
        QCOMPARE(accepted->acceptedOn, QDate(2026, 9, 30));
        QCOMPARE(accepted->dueDate, QDate(2026, 10, 13));
        QCOMPARE(accepted->trips, 1); // a decision on materials already received: no new trip
        QVERIFY(f.service().queries().deemedAccepted(accepted.value(), QDate(2026, 10, 14)).deemed);
        QCOMPARE(f.service().queries().countDeemedAccepted(QDate(2026, 10, 14)).value(), 1);

        // A case decided in the window is not counted.
        auto inTime = f.service().receive(f.intake({QStringLiteral("JN-SG24")}, 6));
        QVERIFY(inTime);
        IntakeConfirmation notice = f.intake({QStringLiteral("JN-SG24")}, 6);
        notice.caseNumber = inTime->number;
        notice.checks = IntakeSample::with(notice.checks, CaseFixture::row("JN-SG24", "m01"),
                                           MaterialState::Missing);
        CaseFixture::refresh(notice);
        notice.outcome = Outcome::CorrectionNeeded;
        f.clock().setNow(QDateTime(QDate(2026, 10, 20), QTime(9, 0)));
        auto noticed = f.service().confirm(notice);
        QVERIFY2(noticed, qPrintable(noticed.describe()));
        QVERIFY(!f.service().queries().deemedAccepted(noticed.value(), QDate(2026, 12, 1)).deemed);
        QCOMPARE(f.service().queries().countDeemedAccepted(QDate(2026, 12, 1)).value(), 1);
    }

    // Enter once: a returning applicant is found by ID number, however it is typed.
    void returningApplicant()
    {
        IntakeConfirmation c = f.intake({QStringLiteral("JN-SG08")}, 77);
        QVERIFY(f.service().confirm(c));
        QString typed = c.applicant.idNumber;
        typed.insert(6, QLatin1Char(' '));
        auto found = ApplicantRepository(f.db()).find(typed.toLower());
        QVERIFY(found);
        QVERIFY(found.value());
        QCOMPARE(found.value()->name, c.applicant.name);
        QCOMPARE(found.value()->address, c.applicant.address);
        QVERIFY(!ApplicantRepository(f.db()).find(IntakeSample::residentId(78)).value());

        IntakeConfirmation org = f.intake({QStringLiteral("JN-SG08")}, 77);
        org.applicant = IntakeSample::organisation(3);
        auto r = f.service().confirm(org);
        QVERIFY2(r, qPrintable(r.describe()));
        // A credit code is public: printed as is.
        QCOMPARE(r->issuedNow.constFirst().data.applicantIdMasked, org.applicant.idNumber);
        QCOMPARE(ApplicantRepository(f.db()).find(org.applicant.idNumber).value()->kind,
                 ApplicantKind::Organisation);
        QCOMPARE(CaseNumber::parse(r->number)->sequence, 2);
    }

    void hallSettings()
    {
        test::TempStore store;
        HallSettings settings(store.db());
        QVERIFY(!settings.load().value());
        const Status bad =
            settings.save(HallInfo{QStringLiteral("jn"), QString(), {}, {}}, QStringLiteral("T-1"));
        QVERIFY(!bad);
        QCOMPARE(bad.message().split(QLatin1Char('\n')).size(), 3);
        QVERIFY(settings.save(CaseFixture::hall(), QStringLiteral("T01")));
        auto loaded = settings.load();
        QVERIFY(loaded && loaded.value());
        QCOMPARE(loaded.value()->hall, CaseFixture::hall());
        QCOMPARE(loaded.value()->terminal.terminalCode, QStringLiteral("T01"));

        // Once cases carry the codes, they stay; the rest may change.
        HallInfo renamed = CaseFixture::hall();
        renamed.phone = QStringLiteral("0531-99999");
        QVERIFY(f.service().confirm(f.intake({QStringLiteral("JN-SG08")})));
        HallSettings fixtureSettings(f.db());
        QVERIFY(fixtureSettings.save(renamed, QStringLiteral("T01")));
        QCOMPARE(fixtureSettings.load().value()->hall.phone, QStringLiteral("0531-99999"));
        QVERIFY(!fixtureSettings.save(renamed, QStringLiteral("T02")));
        renamed.code = QStringLiteral("JNSZ");
        QVERIFY(!fixtureSettings.save(renamed, QStringLiteral("T01")));

        // A registered terminal keeps the codes the server knows it by, cases or not.
        QVERIFY(settings.save(CaseFixture::hall(), QStringLiteral("T02"))); // no cases yet
        QVERIFY(store.db().exec(QStringLiteral(
            "UPDATE sync_state SET server_url = 'https://sync.example', terminal_key = 'k'")));
        const Status registered = settings.save(CaseFixture::hall(), QStringLiteral("T03"));
        QVERIFY(!registered);
        QVERIFY2(registered.message().contains(QStringLiteral("registered")),
                 qPrintable(registered.message()));
        HallInfo moved = CaseFixture::hall();
        moved.code = QStringLiteral("JNSZ");
        QVERIFY(!settings.save(moved, QStringLiteral("T02")));
        moved = CaseFixture::hall();
        moved.name = QStringLiteral("历下区政务服务中心（新址）");
        QVERIFY(settings.save(moved, QStringLiteral("T02")));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
