#pragma once

#include "common/Result.h"

#include <QList>

namespace onetrip {

class Database;

// The working days a 差评 follow-up has (回访, 整改 and the rater's view), kept in the store's
// settings ("rating.follow-up-days"). Halls use 5, 7 or 15; 5 when never set. A stored value
// outside those is an error, never the default.
class RatingSettings
{
public:
    static constexpr int kDefaultDays = 5;
    static QList<int> allowedDays(); // 5, 7, 15
    static Result<int> load(const Database &db);
    static Status save(const Database &db, int days);
};

} // namespace onetrip
