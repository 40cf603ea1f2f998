#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace onetrip {

// Reading fixed keys back from a store or an event: an unknown key is an error that names
// the value and where it was found, never a silent default (a bogus status read as
// "received" would hide a case from every worklist).
class StoredValue
{
public:
    // "The store holds an unknown <what> "<value>" (<where>) ..." — translated, with what
    // to do. `what` is translated by the caller ("case status"); `where` names the row or
    // event ("case_record JNLX-20261123-T01-00001").
    static Error unknown(const QString &what, const QString &value, const QString &where);

    // `parsed` (an enum's fromKey of `value`), or the error naming `value`.
    template <typename E>
    static Result<E> key(const std::optional<E> &parsed, const QString &value, const QString &what,
                         const QString &where)
    {
        if (parsed)
            return *parsed;
        return unknown(what, value, where);
    }
};

} // namespace onetrip
