#pragma once

#include "cases/CaseEvent.h"

#include <QSqlQuery>
#include <QString>

namespace onetrip::server::EventRows {

// The columns of sync_event that make a CaseEvent, in the order eventAt() reads them.
inline constexpr char kColumns[] = "id, case_number, hall_code, terminal_code, terminal_seq, "
                                   "actor, at, type, payload, base_version, parent_id, "
                                   "prev_hash, hash";
inline constexpr int kColumnCount = 13;

// The event in the current row of `q`, its columns starting at `first`.
CaseEvent eventAt(const QSqlQuery &q, int first = 0);

} // namespace onetrip::server::EventRows
