#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace onetrip {

struct ResidentIdInfo
{
    QString normalized; // 18 characters, a final x written as X
    QString regionCode; // the six-digit address code, as given (may be a renamed district)
    QDate birthDate;
    bool male = false;
};

// The 18-character resident ID number of GB 11643-1999 (公民身份号码): 6-digit address code,
// birth date YYYYMMDD, 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character.
// Address codes are not looked up in a district table (districts are renamed and merged;
// older numbers stay valid), only their first two digits must be a province.
class ResidentId
{
public:
    // Why a number was refused; one value per message.
    enum class Problem
    {
        None,
        Empty,
        WrongLength,
        NonDigit,            // a character other than 0-9 in the first 17
        BadCheckSymbol,      // the 18th is neither 0-9 nor X
        UnknownProvince,     // the first two digits are no province of China
        InvalidBirthDate,    // characters 7-14 are not a real date (19900230)
        FutureBirthDate,     // born after the `today` given
        WrongCheckCharacter, // the 18th does not match the first 17
    };

    struct Check
    {
        Problem problem = Problem::None;
        QString message;     // translated; empty when valid; never contains the full number
        ResidentIdInfo info; // filled when valid
        bool ok() const { return problem == Problem::None; }
    };

    // Spaces (anywhere) are ignored, full-width digits folded, a lower-case x accepted.
    // The birth date must not be after `today` when one is given.
    static Check check(const QString &value, QDate today = {});
    static Result<ResidentIdInfo> validate(const QString &value, QDate today = {});

    // The ISO 7064 MOD 11-2 check character (0-9 or X) of 17 digits; a null QChar when
    // `first17` is not 17 digits.
    static QChar checkCharacter(QStringView first17);

    // "370102********1234": shown wherever the full number is not needed. A value that is
    // not 18 characters long keeps only its last 4 characters (none when it has 4 or fewer).
    static QString mask(const QString &id);

    // A short stable key for logs and tests ("wrong-check-character").
    static QString problemKey(Problem problem);
};

} // namespace onetrip
