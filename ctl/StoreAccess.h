#pragma once

#include "Command.h"

#include "calendar/WorkdayCalendar.h"
#include "storage/Database.h"

#include <memory>
#include <optional>

namespace onetrip::ctl {

// Opens the store named by --store (creating its folder), or says why not on `err`.
std::unique_ptr<Database> openStore(const Options &opts, Io io,
                                    Database::Mode mode = Database::Mode::ReadWrite);

// Writes an error's message (and its detail, when there is one) to `err`.
void printError(const Error &error, Io io);

// The store's working-day calendar, or the shipped one while the store has none (said on
// `err`); empty after printing why when neither can be read.
std::optional<WorkdayCalendar> loadCalendar(const Options &opts, Io io);

} // namespace onetrip::ctl
