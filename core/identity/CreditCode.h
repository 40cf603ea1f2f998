#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace onetrip {

struct CreditCodeInfo
{
    QString normalized;
    QChar registrationAuthority; // 1st: 1 机构编制, 5 民政, 9 市场监管, ...
    QChar organisationType;      // 2nd: meaning depends on the authority
    QString regionCode;          // 3rd-8th
    QString organisationCode;    // 9th-17th (主体标识码, GB 11714), without a hyphen
};

// The unified social credit code of GB 32100-2015 (统一社会信用代码): 18 characters from
// 0-9 and the capitals without I, O, S, V, Z; a mod-31 check character at the end; inside
// it the 9-character organisation code with its own GB 11714 check character.
// Lower case is refused (the reference vectors treat it as an illegal character); the
// message asks for capitals.
class CreditCode
{
public:
    enum class Problem
    {
        None,
        Empty,
        WrongLength,
        IllegalCharacter, // outside the 31-character set, lower case included
        RegionNotDigits,  // 3rd-8th are not all digits
        WrongCheckCharacter,
        OrganisationCodeCheck, // the 17th does not check the 9th-16th (GB 11714)
    };

    struct Check
    {
        Problem problem = Problem::None;
        QString message; // translated; empty when valid
        CreditCodeInfo info;
        bool ok() const { return problem == Problem::None; }
    };

    static Check check(const QString &value);
    static Result<CreditCodeInfo> validate(const QString &value);

    // The mod-31 check character of 17 characters of the code's set; null when invalid.
    static QChar checkCharacter(QStringView first17);
    // The GB 11714 check character (0-9 or X) of an 8-character organisation code body
    // (digits and capitals); null when invalid.
    static QChar organisationCheckCharacter(QStringView first8);
    // A 9-character organisation code, with or without its hyphen ("12345678-8").
    static bool isValidOrganisationCode(const QString &code);

    static QString problemKey(Problem problem);
};

} // namespace onetrip
