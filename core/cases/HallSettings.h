#pragma once

#include "cases/HallInfo.h"
#include "common/Result.h"

#include <optional>

namespace onetrip {

class Database;

// The hall and terminal of this store (table `setting`). Asked for on the first run of a
// terminal, shown in the status bar and on every document.
class HallSettings
{
public:
    explicit HallSettings(const Database &db);

    // The saved hall and terminal; empty before the first run's setup. A failed read is an
    // error, never "empty": the caller must not offer the first-run setup then.
    Result<std::optional<HallSetup>> load() const;
    // Validates and saves both in one transaction. Name, address and phone may change at any
    // time; the hall and terminal codes are refused once this store has cases (their numbers
    // carry the codes).
    Status save(const HallInfo &hall, const QString &terminalCode) const;

    // Translated problems with the values, empty when valid. Hall code [A-Z0-9]{2,12},
    // terminal code [A-Z0-9]{1,4}, hall name required.
    static QStringList problems(const HallInfo &hall, const QString &terminalCode);
    static bool isValidHallCode(const QString &code);
    static bool isValidTerminalCode(const QString &code);

private:
    const Database &m_db;
};

} // namespace onetrip
