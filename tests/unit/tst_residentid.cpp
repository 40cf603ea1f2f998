#include "TestSupport.h"

#include "identity/IdentityNumber.h"
#include "identity/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace onetrip;
using Problem = ResidentId::Problem;

Q_DECLARE_METATYPE(ResidentId::Problem)
Q_DECLARE_METATYPE(IdentityKind)

namespace {

QJsonObject examples()
{
    return QJsonDocument::fromJson(
               test::readFile(test::testDataFile(QStringLiteral("checkdigit_examples.json"))))
        .object()
        .value(QLatin1String("resident_id"))
        .toObject();
}

// The reference file states reasons in Chinese; each maps to one Problem. A reason this
// table does not know fails the test, so a new kind of vector cannot slip through.
std::optional<Problem> problemForReason(const QString &reason)
{
    if (reason == QLatin1String("OK"))
        return Problem::None;
    if (reason.startsWith(QStringLiteral("校验码错误")))
        return Problem::WrongCheckCharacter;
    if (reason.startsWith(QStringLiteral("出生日期无效")))
        return Problem::InvalidBirthDate;
    if (reason.startsWith(QStringLiteral("长度不是18位")))
        return Problem::WrongLength;
    if (reason.startsWith(QStringLiteral("前17位必须为数字")))
        return Problem::NonDigit;
    if (reason.startsWith(QStringLiteral("地址码不在行政区划表中")))
        return Problem::UnknownProvince;
    return std::nullopt;
}

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonObject all = examples();
        int rows = 0;
        for (const char *group : {"valid_synthetic", "standard_examples", "invalid"}) {
            const QJsonArray list = all.value(QLatin1String(group)).toArray();
            QVERIFY2(!list.isEmpty(), group);
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                QTest::addRow("%s %s", group, qPrintable(o.value(QLatin1String("id")).toString()))
                    << o;
                ++rows;
            }
        }
        QCOMPARE(rows, 16);
    }

    void referenceVectors()
    {
        QFETCH(QJsonObject, vector);
        const QString id = vector.value(QLatin1String("id")).toString();
        const QString reason = vector.value(QLatin1String("reason")).toString();
        const std::optional<Problem> expected = problemForReason(reason);
        QVERIFY2(expected, qPrintable(QStringLiteral("unmapped reason: ") + reason));

        const ResidentId::Check c = ResidentId::check(id);
        QCOMPARE(c.ok(), vector.value(QLatin1String("valid")).toBool());
        QCOMPARE(c.problem, *expected);
        if (!c.ok()) {
            QVERIFY(!c.message.isEmpty());
            QVERIFY2(!c.message.contains(id), "a message must not repeat the number");
        }
        // "校验码错误(应为X)": the message names the character expected.
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("应为(.)")).match(reason);
        if (m.hasMatch()) {
            QCOMPARE(ResidentId::checkCharacter(QStringView(id).left(17)), m.captured(1).at(0));
            QVERIFY2(c.message.contains(QLatin1String("must be ") + m.captured(1)),
                     qPrintable(c.message));
        }
        if (c.ok()) {
            QCOMPARE(c.info.normalized, id);
            if (vector.contains(QLatin1String("region_code")))
                QCOMPARE(c.info.regionCode, vector.value(QLatin1String("region_code")).toString());
            if (vector.contains(QLatin1String("birth")))
                QCOMPARE(c.info.birthDate,
                         QDate::fromString(vector.value(QLatin1String("birth")).toString(),
                                           QStringLiteral("yyyyMMdd")));
            if (vector.contains(QLatin1String("sex")))
                QCOMPARE(c.info.male,
                         vector.value(QLatin1String("sex")).toString() == QStringLiteral("男"));
            QCOMPARE(guessKind(id), IdentityKind::ResidentId);
        }
    }

    void lowerCaseXFromVectors()
    {
        const QJsonObject note = examples().value(QLatin1String("lowercase_x_note")).toObject();
        const QString input = note.value(QLatin1String("input")).toString();
        QVERIFY(input.endsWith(u'x'));
        auto r = ResidentId::validate(input);
        QCOMPARE(r.ok(), note.value(QLatin1String("normalized_valid")).toBool());
        QCOMPARE(r->normalized, input.left(17) + u'X');
    }

    void ownCases_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("normalized");

        const QDate none;
        const QDate today(2026, 5, 1);
        // Check characters below were worked out by hand / an independent script.
        QTest::newRow("leap day 2000-02-29")
            << QStringLiteral("11010120000229123X") << none << Problem::None
            << QStringLiteral("11010120000229123X");
        QTest::newRow("1900-02-29 is no date") << QStringLiteral("110101190002291233") << none
                                               << Problem::InvalidBirthDate << QString();
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << none
                                      << Problem::None << QStringLiteral("11010519491231002X");
        QTest::newRow("spaces around and inside")
            << QStringLiteral(" 110105 19491231 002X ") << none << Problem::None
            << QStringLiteral("11010519491231002X");
        QTest::newRow("full-width digits")
            << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << none << Problem::None
            << QStringLiteral("11010519491231002X");
        QTest::newRow("17 characters")
            << QStringLiteral("11010519491231002") << none << Problem::WrongLength << QString();
        QTest::newRow("19 characters")
            << QStringLiteral("11010519491231002X1") << none << Problem::WrongLength << QString();
        QTest::newRow("empty") << QStringLiteral("   ") << none << Problem::Empty << QString();
        QTest::newRow("letter inside")
            << QStringLiteral("1101051949123100AX") << none << Problem::NonDigit << QString();
        QTest::newRow("check symbol Y")
            << QStringLiteral("11010519491231002Y") << none << Problem::BadCheckSymbol << QString();
        QTest::newRow("future birth with today") << QStringLiteral("110101203001011236") << today
                                                 << Problem::FutureBirthDate << QString();
        QTest::newRow("future birth without today")
            << QStringLiteral("110101203001011236") << none << Problem::None
            << QStringLiteral("110101203001011236");
        QTest::newRow("born today") << QStringLiteral("110101202605011232") << today
                                    << Problem::None << QStringLiteral("110101202605011232");
        QTest::newRow("unknown district accepted")
            << QStringLiteral("370199198512310043") << none << Problem::None
            << QStringLiteral("370199198512310043");
        QTest::newRow("no such province") << QStringLiteral("990101199001011230") << none
                                          << Problem::UnknownProvince << QString();
        QTest::newRow("born 1840") << QStringLiteral("110101184001011235") << none
                                   << Problem::InvalidBirthDate << QString();
        QTest::newRow("one digit changed") << QStringLiteral("11010120000229124X") << none
                                           << Problem::WrongCheckCharacter << QString();
        QTest::newRow("two digits swapped") << QStringLiteral("11010120000229132X") << none
                                            << Problem::WrongCheckCharacter << QString();
    }

    void ownCases()
    {
        QFETCH(QString, value);
        QFETCH(QDate, today);
        QFETCH(Problem, problem);
        QFETCH(QString, normalized);
        const ResidentId::Check c = ResidentId::check(value, today);
        QCOMPARE(c.problem, problem);
        QCOMPARE(c.ok(), problem == Problem::None);
        QCOMPARE(c.message.isEmpty(), problem == Problem::None);
        if (c.ok())
            QCOMPARE(c.info.normalized, normalized);

        auto r = ResidentId::validate(value, today);
        QCOMPARE(r.ok(), c.ok());
        if (!r.ok()) {
            QCOMPARE(r.error().message, c.message);
            QVERIFY(r.error().detail.endsWith(ResidentId::problemKey(problem)));
        }
    }

    void lengthMessageSaysHowMany_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("count");
        QTest::newRow("17") << QStringLiteral("11010519491231002") << QStringLiteral("17");
        QTest::newRow("19") << QStringLiteral("11010519491231002X1") << QStringLiteral("19");
        QTest::newRow("5") << QStringLiteral("12345") << QStringLiteral("5");
    }

    void lengthMessageSaysHowMany()
    {
        QFETCH(QString, value);
        QFETCH(QString, count);
        const ResidentId::Check c = ResidentId::check(value);
        QCOMPARE(c.problem, Problem::WrongLength);
        QVERIFY2(c.message.contains(QLatin1Char(' ') + count + QLatin1Char(' ')),
                 qPrintable(c.message));
    }

    void birthDateAndSex()
    {
        auto female = ResidentId::validate(QStringLiteral("440300197001010025"));
        QVERIFY2(female, qPrintable(female.message()));
        QCOMPARE(female->birthDate, QDate(1970, 1, 1));
        QVERIFY(!female->male); // sequence 002: even
        QCOMPARE(female->regionCode, QStringLiteral("440300"));
        auto male = ResidentId::validate(QStringLiteral("11010120000229123X"));
        QVERIFY(male);
        QVERIFY(male->male); // sequence 123: odd
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");
        // GB 11643-1999's own examples, and one where the sum is 0 mod 11 (-> 1).
        QTest::newRow("standard Beijing") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("standard Shantou") << QStringLiteral("44052418800101001") << QChar(u'4');
        QTest::newRow("all zeros") << QStringLiteral("00000000000000000") << QChar(u'1');
        QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
        QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
    }

    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(ResidentId::checkCharacter(first17), expected);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << QStringLiteral("370102199001011234")
                            << QStringLiteral("370102********1234");
        QTest::newRow("x") << QStringLiteral("37010219880808009x")
                           << QStringLiteral("370102********009x");
        QTest::newRow("spaces") << QStringLiteral(" 370102 19900101 1234")
                                << QStringLiteral("370102********1234");
        QTest::newRow("17") << QStringLiteral("37010219900101123")
                            << QStringLiteral("*************1123");
        QTest::newRow("5") << QStringLiteral("12345") << QStringLiteral("*2345");
        QTest::newRow("4") << QStringLiteral("1234") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(ResidentId::mask(value), masked);
    }

    void guessKindTable_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<IdentityKind>("kind");
        QTest::newRow("digits") << QStringLiteral("370102199001011234") << IdentityKind::ResidentId;
        QTest::newRow("X") << QStringLiteral("11010519491231002X") << IdentityKind::ResidentId;
        QTest::newRow("x spaced") << QStringLiteral("110105 19491231 002x")
                                  << IdentityKind::ResidentId;
        QTest::newRow("credit code")
            << QStringLiteral("91370102MA0000007F") << IdentityKind::CreditCode;
        QTest::newRow("17 digits")
            << QStringLiteral("37010219900101123") << IdentityKind::CreditCode;
        QTest::newRow("X inside") << QStringLiteral("1101051949123100X2")
                                  << IdentityKind::CreditCode;
    }

    void guessKindTable()
    {
        QFETCH(QString, value);
        QFETCH(IdentityKind, kind);
        QCOMPARE(guessKind(value), kind);
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
