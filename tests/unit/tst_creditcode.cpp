#include "TestSupport.h"

#include "identity/CreditCode.h"
#include "identity/IdentityNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace onetrip;
using Problem = CreditCode::Problem;

Q_DECLARE_METATYPE(CreditCode::Problem)

namespace {

QJsonObject examples()
{
    return QJsonDocument::fromJson(
               test::readFile(test::testDataFile(QStringLiteral("checkdigit_examples.json"))))
        .object();
}

// The reference reasons (Chinese) mapped to Problems; an unknown reason fails the test.
std::optional<Problem> problemForReason(const QString &reason)
{
    if (reason == QLatin1String("OK"))
        return Problem::None;
    if (reason.startsWith(QStringLiteral("校验码错误")))
        return Problem::WrongCheckCharacter;
    if (reason.startsWith(QStringLiteral("含非法字符")))
        return Problem::IllegalCharacter;
    if (reason.startsWith(QStringLiteral("长度不是18位")))
        return Problem::WrongLength;
    if (reason.startsWith(QStringLiteral("第3-8位行政区划码必须为数字")))
        return Problem::RegionNotDigits;
    if (reason.contains(QStringLiteral("组织机构代码")) &&
        reason.contains(QStringLiteral("校验码错误")))
        return Problem::OrganisationCodeCheck;
    return std::nullopt;
}

} // namespace

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonObject uscc = examples().value(QLatin1String("uscc")).toObject();
        int rows = 0;
        for (const char *group : {"valid_synthetic", "invalid"}) {
            const QJsonArray list = uscc.value(QLatin1String(group)).toArray();
            QVERIFY2(!list.isEmpty(), group);
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                QTest::addRow("%s %s", group, qPrintable(o.value(QLatin1String("uscc")).toString()))
                    << o;
                ++rows;
            }
        }
        QCOMPARE(rows, 11);
    }

    void referenceVectors()
    {
        QFETCH(QJsonObject, vector);
        const QString code = vector.value(QLatin1String("uscc")).toString();
        const QString reason = vector.value(QLatin1String("reason")).toString();
        const std::optional<Problem> expected = problemForReason(reason);
        QVERIFY2(expected, qPrintable(QStringLiteral("unmapped reason: ") + reason));

        const CreditCode::Check c = CreditCode::check(code);
        QCOMPARE(c.ok(), vector.value(QLatin1String("valid")).toBool());
        QCOMPARE(c.problem, *expected);
        QCOMPARE(c.message.isEmpty(), c.ok());
        // "(应为F)": the message names the character expected.
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("应为(.)")).match(reason);
        if (m.hasMatch())
            QVERIFY2(c.message.contains(QLatin1String("must be ") + m.captured(1)),
                     qPrintable(c.message));
        if (c.ok()) {
            QCOMPARE(c.info.normalized, code);
            QCOMPARE(c.info.registrationAuthority, code.at(0));
            QCOMPARE(c.info.organisationType, code.at(1));
            QCOMPARE(c.info.regionCode, vector.value(QLatin1String("region_code")).toString());
            QCOMPARE(c.info.organisationCode,
                     vector.value(QLatin1String("org_code")).toString().remove(u'-'));
            QCOMPARE(guessKind(code), IdentityKind::CreditCode);
        }
    }

    void organisationCodeVectors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        const QJsonArray list = examples().value(QLatin1String("org_code")).toArray();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list) {
            const QString code = v.toObject().value(QLatin1String("org_code")).toString();
            QTest::newRow(qPrintable(code))
                << code << v.toObject().value(QLatin1String("valid")).toBool();
        }
    }

    void organisationCodeVectors()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(CreditCode::isValidOrganisationCode(code), valid);
        QCOMPARE(CreditCode::isValidOrganisationCode(QString(code).remove(u'-')), valid);
    }

    void ownCases_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("inMessage"); // a fragment the message must contain

        // Valid codes built by an independent script (GB 32100 + GB 11714 check characters).
        QTest::newRow("letters in the organisation code")
            << QStringLiteral("91110108MA01ABCD5T") << Problem::None << QString();
        QTest::newRow("civil affairs")
            << QStringLiteral("51110108500001237F") << Problem::None << QString();
        QTest::newRow("other authority Y")
            << QStringLiteral("Y1440300MA5F22225C") << Problem::None << QString();
        QTest::newRow("organisation check X")
            << QStringLiteral("91440300MA5ABCDE5X") << Problem::None << QString();
        QTest::newRow("spaces") << QStringLiteral(" 9137 0102 MA00 0000 7F ") << Problem::None
                                << QString();
        QTest::newRow("full width")
            << QStringLiteral("９１３７０１０２ＭＡ００００００７Ｆ") << Problem::None << QString();
        QTest::newRow("lower case")
            << QStringLiteral("91370102ma0000007f") << Problem::IllegalCharacter
            << QStringLiteral("capital letters");
        QTest::newRow("I") << QStringLiteral("91370102MI0000007F") << Problem::IllegalCharacter
                           << QStringLiteral("Character 10 (I)");
        QTest::newRow("S") << QStringLiteral("S1370102MA0000007F") << Problem::IllegalCharacter
                           << QStringLiteral("Character 1 (S)");
        QTest::newRow("V") << QStringLiteral("91370102MA000000V7") << Problem::IllegalCharacter
                           << QStringLiteral("Character 17 (V)");
        QTest::newRow("Z") << QStringLiteral("9Z370102MA0000007F") << Problem::IllegalCharacter
                           << QStringLiteral("Character 2 (Z)");
        QTest::newRow("hyphen") << QStringLiteral("91370102-MA000007F") << Problem::IllegalCharacter
                                << QStringLiteral("Character 9 (-)");
        QTest::newRow("17") << QStringLiteral("91370102MA0000007") << Problem::WrongLength
                            << QStringLiteral(" 17 ");
        QTest::newRow("19") << QStringLiteral("91370102MA0000007FF") << Problem::WrongLength
                            << QStringLiteral(" 19 ");
        QTest::newRow("empty") << QString() << Problem::Empty << QString();
        QTest::newRow("region letter last")
            << QStringLiteral("9137010AMA0000007F") << Problem::RegionNotDigits
            << QStringLiteral("character 8");
        QTest::newRow("wrong check") << QStringLiteral("91110108MA01ABCD5U")
                                     << Problem::WrongCheckCharacter << QStringLiteral("must be T");
        QTest::newRow("organisation check")
            << QStringLiteral("91440300MA5ABCDE61") << Problem::OrganisationCodeCheck
            << QStringLiteral("must be 5");
    }

    void ownCases()
    {
        QFETCH(QString, value);
        QFETCH(Problem, problem);
        QFETCH(QString, inMessage);
        const CreditCode::Check c = CreditCode::check(value);
        QCOMPARE(c.problem, problem);
        QVERIFY2(c.message.contains(inMessage), qPrintable(c.message));
        auto r = CreditCode::validate(value);
        QCOMPARE(r.ok(), problem == Problem::None);
        if (!r.ok())
            QCOMPARE(r.error().detail,
                     QStringLiteral("credit-code: ") + CreditCode::problemKey(problem));
        else
            QCOMPARE(r->normalized.size(), 18);
    }

    void checkCharacters()
    {
        // Hand-worked: 91370102MA0000007 weighs 1194 = 38 * 31 + 16; 31 - 16 = 15, and
        // character 15 of 0-9 A-H J-N P-R T-U W-Y is F. 12345678 weighs 201 = 18 * 11 + 3;
        // 11 - 3 = 8.
        QCOMPARE(CreditCode::checkCharacter(u"91370102MA0000007"), QChar(u'F'));
        QCOMPARE(CreditCode::checkCharacter(u"9137010"), QChar());
        QCOMPARE(CreditCode::checkCharacter(u"91370102MA000000I"), QChar());
        QCOMPARE(CreditCode::organisationCheckCharacter(u"12345678"), QChar(u'8'));
        QCOMPARE(CreditCode::organisationCheckCharacter(u"1234567"), QChar());
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
