#pragma once

#include "common/Result.h"

#include <QString>

namespace onetrip::server {

// Refusals carry a stable code (docs/api.md) in Error::detail; the HTTP status follows from
// the code. An Error whose detail is not a known code is a server fault (503, logged).
namespace ApiError {

inline constexpr char BadRequest[] = "bad-request";
inline constexpr char Unauthorized[] = "unauthorized";
inline constexpr char TokenExpired[] = "token-expired";
inline constexpr char Forbidden[] = "forbidden";
inline constexpr char NotFound[] = "not-found";
inline constexpr char Conflict[] = "conflict";
inline constexpr char SequenceGap[] = "sequence-gap";
inline constexpr char ChainBroken[] = "chain-broken";
inline constexpr char TerminalCodeTaken[] = "terminal-code-taken";
inline constexpr char AccountLocked[] = "account-locked";
inline constexpr char RateLimited[] = "rate-limited";

Error make(const char *code, const QString &message);
// The HTTP status for a code; 0 when `code` is not one (a server fault).
int statusOf(const QString &code);

} // namespace ApiError

} // namespace onetrip::server
