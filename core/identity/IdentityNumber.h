#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <span>
#include <utility>

namespace onetrip {

enum class IdentityKind
{
    ResidentId,
    CreditCode
};

// Identity numbers are typed, pasted and scanned: this removes every kind of space (also the
// ideographic one) and folds full-width digits and letters (from a Chinese input method) to
// ASCII. Case is left alone: each validator decides what it accepts.
QString normalizeIdentityInput(const QString &value);

// Which kind a value most likely is: 18 characters of digits (the last may be X or x) is a
// resident ID number, anything else is taken as a unified social credit code.
IdentityKind guessKind(const QString &value);

// The kind's name as shown to people ("resident ID", "credit code").
QString displayName(IdentityKind kind);

// Both numbers are checked on ASCII after normalizeIdentityInput(), so 0-9 only.
bool isAsciiDigit(QChar c);
// The value of an ASCII digit; -1 for any other character.
int digitValue(QChar c);

// The weighted sum both check characters are computed from: value(chars[i]) * weights[i].
// -1 when `chars` is not as long as `weights` or `value` refuses a character (negative).
int weightedSum(QStringView chars, std::span<const int> weights, int (*value)(QChar));

// What a validator's check() returns on a failure: only the problem and its message set.
template <typename Check, typename Problem>
Check identityFailure(Problem problem, QString message)
{
    Check c;
    c.problem = problem;
    c.message = std::move(message);
    return c;
}

// A validator's check() as a Result; on a failure the detail, for logs, is `detailPrefix`
// followed by the problem's key ("credit-code: wrong-length").
template <typename Info, typename Check, typename Problem>
Result<Info> identityResult(Check c, const QString &detailPrefix, QString (*problemKey)(Problem))
{
    if (!c.ok())
        return Error{c.message, detailPrefix + problemKey(c.problem)};
    return std::move(c.info);
}

} // namespace onetrip
