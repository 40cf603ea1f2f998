#include "identity/ResidentId.h"

#include "identity/IdentityNumber.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

// First two digits of GB/T 2260 provinces, plus 71 (Taiwan) and 81-83, which the residence
// permits of Hong Kong, Macao and Taiwan residents use in the same 18-character format.
bool isProvinceCode(int code)
{
    static const int provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                    35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int p : provinces) {
        if (p == code)
            return true;
    }
    return false;
}

constexpr auto failure = &identityFailure<ResidentId::Check, ResidentId::Problem>;

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char16_t symbols[] = u"10X98765432";
    const int sum = weightedSum(first17, weights, digitValue);
    return sum < 0 ? QChar() : QChar(symbols[sum % 11]);
}

ResidentId::Check ResidentId::check(const QString &value, QDate today)
{
    QString v = normalizeIdentityInput(value);
    if (v.isEmpty())
        return failure(Problem::Empty,
                       QCoreApplication::translate("ResidentId", "No ID number was entered."));
    if (v.size() != 18) {
        return failure(Problem::WrongLength,
                       QCoreApplication::translate(
                           "ResidentId",
                           "A resident ID number has 18 characters; %1 were entered. Check for a "
                           "missing or extra digit.")
                           .arg(v.size()));
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(v.at(i))) {
            return failure(Problem::NonDigit,
                           QCoreApplication::translate(
                               "ResidentId",
                               "The first 17 characters of a resident ID number are digits, but "
                               "character %1 is not a digit.")
                               .arg(i + 1));
        }
    }
    if (v.at(17) == u'x')
        v[17] = u'X';
    if (!isAsciiDigit(v.at(17)) && v.at(17) != u'X') {
        return failure(Problem::BadCheckSymbol,
                       QCoreApplication::translate(
                           "ResidentId",
                           "The last character of a resident ID number is a digit or the letter "
                           "X; this one ends in something else."));
    }
    if (!isProvinceCode(QStringView(v).left(2).toInt())) {
        return failure(Problem::UnknownProvince,
                       QCoreApplication::translate(
                           "ResidentId",
                           "The number starts with %1, which is not the code of a province. "
                           "Check the first digits.")
                           .arg(v.left(2)));
    }
    const QString birth = v.mid(6, 8);
    const QDate birthDate = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    // The standard's own example was born in 1880; earlier years are typing errors.
    if (!birthDate.isValid() || birthDate.year() < 1850) {
        return failure(Problem::InvalidBirthDate,
                       QCoreApplication::translate(
                           "ResidentId",
                           "Characters 7 to 14 should be the birth date, but %1 is not a real "
                           "date. Check the number.")
                           .arg(birth));
    }
    if (today.isValid() && birthDate > today) {
        return failure(Problem::FutureBirthDate,
                       QCoreApplication::translate(
                           "ResidentId",
                           "The birth date in the number (%1) is in the future. Check the "
                           "number.")
                           .arg(birthDate.toString(Qt::ISODate)));
    }
    const QChar expected = checkCharacter(QStringView(v).left(17));
    if (v.at(17) != expected) {
        return failure(Problem::WrongCheckCharacter,
                       QCoreApplication::translate(
                           "ResidentId",
                           "The check character (the last one) does not match: for these first "
                           "17 digits it must be %1. The number was probably mistyped.")
                           .arg(expected));
    }
    Check ok;
    ok.info.normalized = v;
    ok.info.regionCode = v.left(6);
    ok.info.birthDate = birthDate;
    ok.info.male = digitValue(v.at(16)) % 2 == 1;
    return ok;
}

Result<ResidentIdInfo> ResidentId::validate(const QString &value, QDate today)
{
    return identityResult<ResidentIdInfo>(check(value, today), QStringLiteral("resident-id: "),
                                          &problemKey);
}

QString ResidentId::mask(const QString &id)
{
    const QString v = normalizeIdentityInput(id);
    if (v.size() == 18)
        return v.left(6) + QString(8, u'*') + v.right(4);
    if (v.size() <= 4)
        return QString(v.size(), u'*');
    return QString(v.size() - 4, u'*') + v.right(4);
}

QString ResidentId::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::Empty:
        return QStringLiteral("empty");
    case Problem::WrongLength:
        return QStringLiteral("wrong-length");
    case Problem::NonDigit:
        return QStringLiteral("non-digit");
    case Problem::BadCheckSymbol:
        return QStringLiteral("bad-check-symbol");
    case Problem::UnknownProvince:
        return QStringLiteral("unknown-province");
    case Problem::InvalidBirthDate:
        return QStringLiteral("invalid-birth-date");
    case Problem::FutureBirthDate:
        return QStringLiteral("future-birth-date");
    case Problem::WrongCheckCharacter:
        return QStringLiteral("wrong-check-character");
    }
    return {};
}

} // namespace onetrip
