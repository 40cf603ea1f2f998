#pragma once

#include "Command.h"

#include "storage/Database.h"

#include <memory>

namespace onetrip::ctl {

// Opens the store named by --store (creating its folder), or says why not on `err`.
std::unique_ptr<Database> openStore(const Options &opts, Io io,
                                    Database::Mode mode = Database::Mode::ReadWrite);

} // namespace onetrip::ctl
