#include "TestSupport.h"

#include "cases/CaseNumber.h"
#include "cases/HallSettings.h"
#include "cases/TerminalSequence.h"
#include "storage/Database.h"

#include <QTest>

using namespace onetrip;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAndParse_data()
    {
        QTest::addColumn<QString>("hall");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("terminal");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("number");
        QTest::newRow("example") << "JNLX" << QDate(2026, 11, 23) << "T01" << 42
                                 << "JNLX-20261123-T01-00042";
        QTest::newRow("first of the year")
            << "A1" << QDate(2026, 1, 1) << "9" << 1 << "A1-20260101-9-00001";
        QTest::newRow("long codes") << "JINANLIXIA01" << QDate(2025, 2, 28) << "T999" << 99999
                                    << "JINANLIXIA01-20250228-T999-99999";
        QTest::newRow("more than five digits")
            << "JNLX" << QDate(2024, 2, 29) << "T02" << 123456 << "JNLX-20240229-T02-123456";
    }
    void formatAndParse()
    {
        QFETCH(QString, hall);
        QFETCH(QDate, date);
        QFETCH(QString, terminal);
        QFETCH(int, sequence);
        QFETCH(QString, number);
        QCOMPARE(CaseNumber::format(hall, date, terminal, sequence), number);
        const auto parts = CaseNumber::parse(number);
        QVERIFY(parts);
        QCOMPARE(parts->hallCode, hall);
        QCOMPARE(parts->date, date);
        QCOMPARE(parts->terminalCode, terminal);
        QCOMPARE(parts->sequence, sequence);
        // Typed or scanned: spaces around it and lower case are accepted.
        QVERIFY(CaseNumber::parse(QLatin1String("  ") + number.toLower() + QLatin1String(" ")));
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("empty") << "";
        QTest::newRow("three parts") << "JNLX-20261123-00042";
        QTest::newRow("short sequence") << "JNLX-20261123-T01-0042";
        QTest::newRow("sequence zero") << "JNLX-20261123-T01-00000";
        QTest::newRow("no such date") << "JNLX-20260230-T01-00001";
        QTest::newRow("hall too short") << "J-20261123-T01-00001";
        QTest::newRow("terminal too long") << "JNLX-20261123-T0001-00001";
        QTest::newRow("hyphen in hall") << "JN-LX-20261123-T01-00001";
        QTest::newRow("document number") << "JNLX-20261123-T01-00042-GZ1";
        QTest::newRow("chinese") << "历下-20261123-T01-00001";
    }
    void parseRefuses()
    {
        QFETCH(QString, number);
        QVERIFY(!CaseNumber::parse(number));
    }

    void documentNumbers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<QString>("terminal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acceptance") << int(DocumentKind::AcceptanceNotice) << 1 << "T01"
                                    << QStringLiteral("JNLX-20261123-T01-00042-SL1");
        QTest::newRow("first notice") << int(DocumentKind::CorrectionNotice) << 1 << "T01"
                                      << QStringLiteral("JNLX-20261123-T01-00042-GZ1");
        QTest::newRow("second notice elsewhere")
            << int(DocumentKind::CorrectionNotice) << 2 << "T02"
            << QStringLiteral("JNLX-20261123-T01-00042-T02GZ2");
        QTest::newRow("deferral") << int(DocumentKind::DeferralNotice) << 1 << ""
                                  << QStringLiteral("JNLX-20261123-T01-00042-RQ1");
        QTest::newRow("commitment") << int(DocumentKind::CommitmentInLieu) << 3 << "T01"
                                    << QStringLiteral("JNLX-20261123-T01-00042-CN3");
        QTest::newRow("decline") << int(DocumentKind::DeclineNotice) << 1 << "T01"
                                 << QStringLiteral("JNLX-20261123-T01-00042-BY1");
        QTest::newRow("receipt") << int(DocumentKind::MaterialReceipt) << 12 << "T01"
                                 << QStringLiteral("JNLX-20261123-T01-00042-JS12");
        // The documents after acceptance open their case when scanned too.
        QTest::newRow("hand-out") << int(DocumentKind::HandOutReceipt) << 1 << "T01"
                                  << QStringLiteral("JNLX-20261123-T01-00042-CJ1");
        QTest::newRow("withdrawal") << int(DocumentKind::WithdrawalConfirmation) << 1 << "T01"
                                    << QStringLiteral("JNLX-20261123-T01-00042-CH1");
        QTest::newRow("termination") << int(DocumentKind::TerminationNotice) << 1 << "T01"
                                     << QStringLiteral("JNLX-20261123-T01-00042-ZZ1");
        QTest::newRow("代办委托书") << int(DocumentKind::ProxyAuthorisation) << 1 << "T01"
                                    << QStringLiteral("JNLX-20261123-T01-00042-WT1");
        QTest::newRow("交接单 at the agent's terminal")
            << int(DocumentKind::HandoverSlip) << 3 << "A01"
            << QStringLiteral("JNLX-20261123-T01-00042-A01JJ3");
        QTest::newRow("代办办结单") << int(DocumentKind::ProxyCompletion) << 1 << "T01"
                                    << QStringLiteral("JNLX-20261123-T01-00042-BJ1");
    }
    void documentNumbers()
    {
        QFETCH(int, kind);
        QFETCH(int, ordinal);
        QFETCH(QString, terminal);
        QFETCH(QString, expected);
        const QString caseNumber = QStringLiteral("JNLX-20261123-T01-00042");
        const QString number =
            CaseNumber::documentNumber(caseNumber, DocumentKind(kind), ordinal, terminal);
        QCOMPARE(number, expected);
        QCOMPARE(CaseNumber::caseOfDocument(number), caseNumber);
        QCOMPARE(CaseNumber::caseOfDocument(number.toLower()), caseNumber);
    }

    void caseOfDocumentRefuses()
    {
        for (const char *s : {"JNLX-20261123-T01-00042", "JNLX-20261123-T01-00042-XX1",
                              "JNLX-20261123-T01-00042-GZ", "JNLX-20261123-T01-00042-GZ0", "GZ1",
                              "JNLX-2026-T01-00042-GZ1"})
            QVERIFY2(CaseNumber::caseOfDocument(QString::fromLatin1(s)).isEmpty(), s);
    }

    void codesAreValidated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("hall");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("JNLX") << "JNLX" << true << true;
        QTest::newRow("T01") << "T01" << true << true;
        QTest::newRow("single") << "7" << false << true;
        QTest::newRow("12") << "ABCDEFGHIJKL" << true << false;
        QTest::newRow("13") << "ABCDEFGHIJKLM" << false << false;
        QTest::newRow("lower") << "jnlx" << false << false;
        QTest::newRow("hyphen") << "T-1" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void codesAreValidated()
    {
        QFETCH(QString, code);
        QFETCH(bool, hall);
        QFETCH(bool, terminal);
        QCOMPARE(HallSettings::isValidHallCode(code), hall);
        QCOMPARE(HallSettings::isValidTerminalCode(code), terminal);
    }

    // The sequence counts per terminal and day, inside the caller's transaction.
    void sequencePerTerminalAndDay()
    {
        test::TempStore store;
        const TerminalInfo t1{QStringLiteral("JNLX"), QStringLiteral("T01")};
        const TerminalInfo t2{QStringLiteral("JNLX"), QStringLiteral("T02")};
        const QString day1 = TerminalSequence::caseScope(QDate(2026, 11, 23));
        const QString day2 = TerminalSequence::caseScope(QDate(2026, 11, 24));
        auto take = [&](const TerminalInfo &t, const QString &scope) {
            WriteTransaction tx(store.db());
            if (!tx.begin())
                return qint64(-1);
            auto v = TerminalSequence::next(store.db(), t, scope);
            if (!v || !tx.commit())
                return qint64(-1);
            return v.value();
        };
        QCOMPARE(take(t1, day1), 1);
        QCOMPARE(take(t1, day1), 2);
        QCOMPARE(take(t2, day1), 1);
        QCOMPARE(take(t1, day2), 1);
        QCOMPARE(take(t1, day1), 3);

        // A rolled-back transaction gives its number back: no gaps from failed intakes.
        {
            WriteTransaction tx(store.db());
            QVERIFY(tx.begin());
            auto v = TerminalSequence::next(store.db(), t1, day1);
            QVERIFY(v);
            QCOMPARE(v.value(), 4);
        }
        QCOMPARE(take(t1, day1), 4);
    }
};

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_casenumber.moc"
