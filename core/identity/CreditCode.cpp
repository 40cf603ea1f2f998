#include "identity/CreditCode.h"

#include "identity/IdentityNumber.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

// GB 32100 character set: a character's value is its index.
constexpr QStringView kCharset = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

int codeValue(QChar c)
{
    return int(kCharset.indexOf(c));
}

// GB 11714: digits are 0-9, capitals A-Z are 10-35.
int organisationValue(QChar c)
{
    if (isAsciiDigit(c))
        return digitValue(c);
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

constexpr auto failure = &identityFailure<CreditCode::Check, CreditCode::Problem>;

} // namespace

QChar CreditCode::checkCharacter(QStringView first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    const int sum = weightedSum(first17, weights, codeValue);
    return sum < 0 ? QChar() : kCharset.at((31 - sum % 31) % 31);
}

QChar CreditCode::organisationCheckCharacter(QStringView first8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    const int sum = weightedSum(first8, weights, organisationValue);
    if (sum < 0)
        return {};
    const int c = 11 - sum % 11;
    if (c == 10)
        return u'X';
    if (c == 11)
        return u'0';
    return QChar(u'0' + c);
}

bool CreditCode::isValidOrganisationCode(const QString &code)
{
    QString v = normalizeIdentityInput(code);
    if (v.size() == 10 && v.at(8) == u'-')
        v.remove(8, 1);
    if (v.size() != 9)
        return false;
    const QChar expected = organisationCheckCharacter(QStringView(v).left(8));
    return !expected.isNull() && v.at(8) == expected;
}

CreditCode::Check CreditCode::check(const QString &value)
{
    const QString v = normalizeIdentityInput(value);
    if (v.isEmpty())
        return failure(Problem::Empty,
                       QCoreApplication::translate("CreditCode", "No credit code was entered."));
    if (v.size() != 18) {
        return failure(Problem::WrongLength,
                       QCoreApplication::translate(
                           "CreditCode",
                           "A unified social credit code has 18 characters; %1 were entered. "
                           "Check for a missing or extra character.")
                           .arg(v.size()));
    }
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (codeValue(c) >= 0)
            continue;
        if (c.isLower() && codeValue(c.toUpper()) >= 0) {
            return failure(Problem::IllegalCharacter,
                           QCoreApplication::translate(
                               "CreditCode",
                               "Character %1 is a lower-case letter. Type the credit code in "
                               "capital letters.")
                               .arg(i + 1));
        }
        return failure(Problem::IllegalCharacter,
                       QCoreApplication::translate(
                           "CreditCode",
                           "Character %1 (%2) cannot appear in a credit code: only digits and "
                           "capital letters other than I, O, S, V and Z are used.")
                           .arg(i + 1)
                           .arg(c));
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!isAsciiDigit(v.at(i))) {
            return failure(Problem::RegionNotDigits,
                           QCoreApplication::translate(
                               "CreditCode",
                               "Characters 3 to 8 of a credit code are the region code and must "
                               "be digits, but character %1 is not.")
                               .arg(i + 1));
        }
    }
    const QChar expected = checkCharacter(QStringView(v).left(17));
    if (v.at(17) != expected) {
        return failure(Problem::WrongCheckCharacter,
                       QCoreApplication::translate(
                           "CreditCode",
                           "The check character (the last one) does not match: for these first "
                           "17 characters it must be %1. The code was probably mistyped.")
                           .arg(expected));
    }
    const QChar expectedOrg = organisationCheckCharacter(QStringView(v).mid(8, 8));
    if (v.at(16) != expectedOrg) {
        return failure(Problem::OrganisationCodeCheck,
                       QCoreApplication::translate(
                           "CreditCode",
                           "Characters 9 to 17 (the organisation code) do not check: character "
                           "17 must be %1. The code was probably mistyped.")
                           .arg(expectedOrg.isNull() ? QChar(u'?') : expectedOrg));
    }
    Check ok;
    ok.info.normalized = v;
    ok.info.registrationAuthority = v.at(0);
    ok.info.organisationType = v.at(1);
    ok.info.regionCode = v.mid(2, 6);
    ok.info.organisationCode = v.mid(8, 9);
    return ok;
}

Result<CreditCodeInfo> CreditCode::validate(const QString &value)
{
    return identityResult<CreditCodeInfo>(check(value), QStringLiteral("credit-code: "),
                                          &problemKey);
}

QString CreditCode::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::Empty:
        return QStringLiteral("empty");
    case Problem::WrongLength:
        return QStringLiteral("wrong-length");
    case Problem::IllegalCharacter:
        return QStringLiteral("illegal-character");
    case Problem::RegionNotDigits:
        return QStringLiteral("region-not-digits");
    case Problem::WrongCheckCharacter:
        return QStringLiteral("wrong-check-character");
    case Problem::OrganisationCodeCheck:
        return QStringLiteral("organisation-code-check");
    }
    return {};
}

} // namespace onetrip
