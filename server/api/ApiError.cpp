#include "api/ApiError.h"

#include <QHash>

namespace onetrip::server::ApiError {

Error make(const char *code, const QString &message)
{
    return Error{message, QString::fromLatin1(code)};
}

int statusOf(const QString &code)
{
    static const QHash<QString, int> statuses = {
        {QLatin1String(BadRequest), 400},    {QLatin1String(Unauthorized), 401},
        {QLatin1String(TokenExpired), 401},  {QLatin1String(Forbidden), 403},
        {QLatin1String(AccountLocked), 403}, {QLatin1String(NotFound), 404},
        {QLatin1String(Conflict), 409},      {QLatin1String(SequenceGap), 409},
        {QLatin1String(ChainBroken), 409},   {QLatin1String(TerminalCodeTaken), 409},
        {QLatin1String(RateLimited), 429},
    };
    return statuses.value(code, 0);
}

} // namespace onetrip::server::ApiError
