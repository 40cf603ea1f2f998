#pragma once

#include <QString>

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

} // namespace onetrip
